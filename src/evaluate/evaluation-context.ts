import type { Schema } from '../schema/schema.ts';
import type { RecordSource } from './record-source.ts';

/** What evaluating a definition reads besides the definition: the schema, the records, the clock, other segments. */
export interface EvaluationContext {
  readonly schema: Schema;
  readonly records: RecordSource;
  /** The moment of evaluation; `inLast`, `today` and windows are read against it. */
  readonly now: Date;
  /** The stored membership of another segment, for segment blocks. */
  readonly isMember: (segmentId: string, contactId: string) => boolean;
}
