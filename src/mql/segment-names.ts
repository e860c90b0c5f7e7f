import type { SegmentRef, SegmentResolution, SegmentResolver } from './segment-ref.ts';

/** The segments SEGMENT(…) may name: each one's id and name. */
export interface NamedSegment {
  readonly id: string;
  readonly name: string;
}

const fold = (text: string) => text.toLocaleLowerCase('en-US');
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The segments whose name is `name`: written the same first, then without regard to case. */
function segmentsNamed(segments: readonly NamedSegment[], name: string): readonly NamedSegment[] {
  const exact = segments.filter((s) => s.name === name);
  return exact.length > 0 ? exact : segments.filter((s) => fold(s.name) === fold(name));
}

/**
 * How SEGMENT(…) finds a segment among an installation's: `SEGMENT_CRM_ID_<hex>` by its id (a
 * segment brought over from Dynamics with its GUID); any other text by id (a GUID in any case), then
 * by name (the same text first, then without regard to case). A name several segments share is
 * `ambiguous`, with their ids, so that the query is refused rather than guessed.
 *
 * @example
 * parseMql(text, schema, { resolveSegment: segmentResolver(await store.segments.list()) });
 */
export function segmentResolver(segments: readonly NamedSegment[]): SegmentResolver {
  const byFoldedId = new Map(segments.map((s) => [fold(s.id), s.id]));
  return (ref: SegmentRef): SegmentResolution => {
    if ('crmId' in ref) return byFoldedId.get(fold(ref.crmId));
    const exactId = segments.find((s) => s.id === ref.name);
    if (exactId) return exactId.id;
    const guid = guidPattern.test(ref.name) ? byFoldedId.get(fold(ref.name)) : undefined;
    if (guid !== undefined) return guid;
    const named = segmentsNamed(segments, ref.name);
    if (named.length > 1) return { ambiguous: named.map((s) => s.id) };
    return named[0]?.id;
  };
}

/**
 * The name MQL prints for a segment id: its name, when SEGMENT(name) finds it again; otherwise
 * undefined, and the id is printed.
 */
export function segmentNamer(segments: readonly NamedSegment[]): (id: string) => string | undefined {
  const resolve = segmentResolver(segments);
  return (id) => {
    const name = segments.find((s) => s.id === id)?.name;
    return name !== undefined && resolve({ name }) === id ? name : undefined;
  };
}
