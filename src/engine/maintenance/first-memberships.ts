import type { LoadedSegment } from '../live-segment.ts';
import { downstreamOf } from './cascade.ts';

/**
 * The live segments whose membership of a contact an update of that contact with `patch` may re-check,
 * with the segments those read: the update names them in its first reads (`FirstReads.memberships`),
 * so that on PostgreSQL its maintenance finds the contact's memberships read with the begin instead of
 * asking in a round trip of its own. A segment that reads a changed attribute, and every segment
 * downstream of one (built from it), as `maintainAfterWrites` and `cascade` will pick them; the store
 * stamps `modifiedon` on every update. A guess that misses a segment costs only that round trip: the
 * maintenance then reads what it needs, as before.
 */
export function segmentsAnUpdateMayRecheck(
  ordered: readonly LoadedSegment[],
  patch: Readonly<Record<string, unknown>>,
): string[] {
  const changed = new Set([...Object.keys(patch), 'modifiedon']);
  const readsChanged = (segment: LoadedSegment) => {
    const { attributes, paths } = segment.dependencies;
    const read = attributes.get('contact');
    return (
      segment.definition.query !== undefined &&
      read !== undefined &&
      paths.some((path) => path.entity === 'contact') &&
      [...changed].some((attribute) => read.has(attribute))
    );
  };
  const named = new Set<string>();
  for (const segment of [...ordered.filter(readsChanged), ...downstreamOf(ordered, readsChanged)]) {
    named.add(segment.stored.id);
    for (const id of segment.dependencies.segments) named.add(id);
  }
  return [...named];
}
