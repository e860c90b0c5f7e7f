/** The engine stage: live segments that keep their members right on every write and as time passes. */
export { Engine, type EngineOptions } from './engine.ts';
export { EngineReads } from './engine-reads.ts';
export type { Access, Actor } from './access.ts';
export type { PageRequest, RecordsPage } from './record-pages.ts';
export type { SegmentPage, SegmentPosition } from './segment-pages.ts';
export type { ContactSegment, MembershipSource } from './contact-segments.ts';
export { ManualClock, systemClock, type Clock } from './clock.ts';
export { EngineError, type EngineErrorCode } from './engine-error.ts';
export type { MemberEdit } from './manual-members.ts';
export type { Drift } from './verify.ts';
export { checkedQuery, definitionProblems, validationContext } from './definition-check.ts';
export { memberCsv, type MemberCsvOptions } from './member-csv.ts';
export { formulaCellChoices, type FormulaCells } from './csv-fields.ts';
export {
  dependenciesOf,
  type SegmentDependencies,
  type AccessPath,
} from './maintenance/segment-dependencies.ts';
export type { MembershipExplanation } from './explain.ts';
export type { UpsertResult } from './record-upsert.ts';
