/**
 * The evaluate stage: one contact and its related records against a definition, giving membership
 * and the reason. It is the "why is this contact in the segment" of the product and the oracle the
 * compiled SQL of every backend is tested against.
 */
export type { RecordSource, StoredRecord } from './record-source.ts';
export { InMemoryRecords, type RecordsByEntity } from './in-memory-records.ts';
export type { EvaluationContext } from './evaluation-context.ts';
export { EvaluationError, type EvaluationErrorCode } from './evaluation-error.ts';
export { evaluateContact, isMatch } from './evaluate-query.ts';
export { contactMatcher, recordMatcher, type ContactMatcher, type RecordMatcher } from './contact-matcher.ts';
export { memoizedTimeTest } from './time-test-memo.ts';
export type {
  BlockOutcome,
  ConditionOutcome,
  Explanation,
  GroupOutcome,
  QueryBlockOutcome,
  RecordOutcome,
  RelatedOutcome,
  SegmentBlockOutcome,
  StepOutcome,
  WhereOutcome,
  WindowOutcome,
} from './explanation.ts';
export { describeOutcome, formatExplanation } from './format-explanation.ts';
