import { compileQuery } from '../../src/compile/index.ts';
import { parseDefinition } from '../../src/definition/index.ts';
import type { Store } from '../../src/store/index.ts';
import { timed } from '../harness/stats.ts';
import type { BenchSegment } from '../segments.ts';

/**
 * The evaluation part of a go-live alone: the segment's compiled query (the one SQL statement the
 * engine runs over every contact) executed on `store` and its member ids read into JavaScript, with no
 * member rows or events written. Set beside the full go-live, it shows which part a slow go-live
 * spends its time in. Segment blocks read the stored members of the segments they name, which must
 * be live.
 */
export async function timeQueryAlone(
  store: Store,
  segment: BenchSegment,
  now: Date,
): Promise<{ ms: number; members: number }> {
  const parsed = parseDefinition(segment.definition);
  if (!parsed.ok || !parsed.value.query) throw new Error(`${segment.id} does not parse`);
  const { query, timeZone } = parsed.value;
  const { ms, result } = await timed(async () => {
    const compiled = compileQuery(query, { schema: store.schema(), dialect: store.kind, now, timeZone });
    return store.query(compiled);
  });
  return { ms, members: result.length };
}
