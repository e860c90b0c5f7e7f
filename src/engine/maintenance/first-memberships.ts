import type { LoadedSegment } from '../live-segment.ts';

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
  const reached = new Set<string>();
  const named = new Set<string>();
  for (const segment of ordered) {
    if (!segment.definition.query) continue;
    const { attributes, paths, segments } = segment.dependencies;
    const read = attributes.get('contact');
    const readsChanged =
      read !== undefined &&
      paths.some((path) => path.entity === 'contact') &&
      [...changed].some((attribute) => read.has(attribute));
    if (!readsChanged && ![...segments].some((id) => reached.has(id))) continue;
    reached.add(segment.stored.id);
    named.add(segment.stored.id);
    for (const id of segments) named.add(id);
  }
  return [...named];
}
