/** The store stage: the database on SQLite or PostgreSQL, with records, segments, members and the custom schema. */
export { openStore } from './open-store.ts';
export type { FirstReads } from './first-reads.ts';
export { mapRead, type PreparedRead } from './read-together.ts';
export type { Store, StoreOptions, StoreSession } from './store.ts';
export type { AnyBackend, Backend } from './backend.ts';
export { backends } from './backends/index.ts';
export type { ClockStore, CrossedValues } from './clock-store.ts';
export type { LinkStore } from './link-store.ts';
export type { ListOptions, RecordStore } from './record-store.ts';
export type { RecordWriteResult, StoredRecord } from './stored-record.ts';
export { decodeRecord, recordColumns } from './stored-record.ts';
export { withParameters } from './statement-templates.ts';
export { IdList, type IdsJson } from './id-list.ts';
export type { BulkInsertResult } from './bulk-insert.ts';
export type {
  NewSegment,
  SegmentPatch,
  SegmentState,
  SegmentStore,
  StoredSegment,
  StoredSegmentType,
} from './segment-store.ts';
export type { ContactMemberships, MemberChange, MemberStore, SegmentMemberChange } from './member-store.ts';
export type {
  ChangeCause,
  EventStore,
  MembershipChangeKind,
  MembershipEvent,
  NewMembershipEvent,
} from './event-store.ts';
export type { OverrideMode, OverrideStore } from './override-store.ts';
export type { CountPoint, HistoryStore } from './history-store.ts';
export type { SettingStore } from './setting-store.ts';
export type { NewWebhook, StoredWebhook, WebhookCursor, WebhookStore } from './webhook-store.ts';
export type { NewTemplate, StoredTemplate, TemplateStore } from './template-store.ts';
export {
  adminKeyId,
  secretHash,
  type CreatedKey,
  type KeyScope,
  type KeyStore,
  type StoredKey,
} from './key-store.ts';
export type { AuditEntry, AuditStore, NewAuditEntry } from './audit-store.ts';
export type { ColumnValue, EntityRow, SegmintTables, StoreDialect } from './tables.ts';
export { fromColumn, readColumn, toColumn, unstorableReason } from './column-codec.ts';
export { attributeColumnType, idColumnType, indexName } from './entity-ddl.ts';
export { migrations, type Migration } from './migrations.ts';
export { newRecordId } from './record-id.ts';
export { idProblem, maxIdLength } from './record-input.ts';
export { StoreError, UnknownEntityError } from './errors.ts';
export {
  countRecords,
  isSortableAttribute,
  recordPage,
  searchAttributes,
  type PageKey,
  type RecordFilter,
  type RecordPage,
  type RecordPageOptions,
} from './member-page.ts';
export { orderedPage, type OrderKey } from './ordered-page.ts';
export { isTransientDatabaseError } from './transient-error.ts';
export { isPgStatementTimeout, seconds, TimeLimitError } from './time-limit-error.ts';
export type { LeaderLock } from './leader-lock.ts';
