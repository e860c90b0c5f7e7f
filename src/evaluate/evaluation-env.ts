import type { Schema } from '../schema/schema.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import type { RecordSource } from './record-source.ts';
import { TimeTests } from './time-tests.ts';

/** What the walkers over a definition read: the schema, the records and the clock of one evaluation. */
export interface EvaluationEnv {
  readonly schema: Schema;
  readonly records: RecordSource;
  readonly times: TimeTests;
}

// Resolving a date operator (luxon, time zones) costs far more than testing a record, and a caller
// evaluating every contact passes the same context each time: one resolution per context and clock.
const resolvedClocks = new WeakMap<EvaluationContext, TimeTests>();

/** The environment for evaluating one definition, with dates read in `timeZone`. */
export function createEnv(context: EvaluationContext, timeZone: string): EvaluationEnv {
  return { schema: context.schema, records: context.records, times: timeTestsFor(context, timeZone) };
}

function timeTestsFor(context: EvaluationContext, timeZone: string): TimeTests {
  const now = context.now.getTime();
  const cached = resolvedClocks.get(context);
  if (cached && cached.clock.timeZone === timeZone && cached.clock.now.getTime() === now) return cached;
  const fresh = new TimeTests({ now: new Date(now), timeZone });
  resolvedClocks.set(context, fresh);
  return fresh;
}
