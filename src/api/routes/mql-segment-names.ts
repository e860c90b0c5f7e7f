import { parseMql, type MqlProblem, type ParseMqlResult, type SegmentResolver } from '../../mql/index.ts';
import type { Schema } from '../../schema/index.ts';
import type { StoredSegment } from '../../store/index.ts';

/** The segments SEGMENT(…) may name: each one's id and name. */
export type NamedSegment = Pick<StoredSegment, 'id' | 'name'>;

const fold = (text: string) => text.toLocaleLowerCase('en-US');

/** The segments whose name is `name`: written the same first, then without regard to case. */
function segmentsNamed(segments: readonly NamedSegment[], name: string): readonly NamedSegment[] {
  const exact = segments.filter((s) => s.name === name);
  return exact.length > 0 ? exact : segments.filter((s) => fold(s.name) === fold(name));
}

/**
 * How SEGMENT(…) finds a segment among an installation's: `SEGMENT_CRM_ID_<hex>` by its id (a
 * segment brought over from Dynamics with its GUID), any other text by id first, then by name (the
 * same text first, then without regard to case). A name several segments share finds none.
 */
export function segmentResolver(segments: readonly NamedSegment[]): SegmentResolver {
  return (ref) => {
    if ('crmId' in ref) return segments.find((s) => fold(s.id) === ref.crmId)?.id;
    const byId = segments.find((s) => s.id === ref.name);
    if (byId) return byId.id;
    const named = segmentsNamed(segments, ref.name);
    return named.length === 1 ? named[0]?.id : undefined;
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

/**
 * Reads MQL over an installation's schema and segments (`parseMql`), saying of a SEGMENT(name) that
 * finds nothing because several segments have that name which ones they are, and how to name one.
 */
export function parseMqlAmong(
  text: string,
  schema: Schema,
  segments: readonly NamedSegment[],
): ParseMqlResult {
  const result = parseMql(text, schema, { resolveSegment: segmentResolver(segments) });
  if (result.ok) return result;
  return { ok: false, problems: result.problems.map((p) => withSharedName(p, segments)) };
}

function withSharedName(problem: MqlProblem, segments: readonly NamedSegment[]): MqlProblem {
  if (problem.code !== 'MQL_UNKNOWN_SEGMENT') return problem;
  const name = /^There is no segment named "(.*)":/s.exec(problem.message)?.[1];
  const shared = name === undefined ? [] : segmentsNamed(segments, name);
  if (shared.length < 2) return problem;
  const ids = shared.map((s) => s.id);
  return {
    ...problem,
    message: `${shared.length} segments are named "${name ?? ''}" (ids ${ids.join(', ')}): name the one you mean by its id, as SEGMENT('${ids[0] ?? ''}').`,
  };
}
