/**
 * The tables of a Segmint database, as Kysely sees them. Entity tables are known only at run time (the
 * schema is data), so any other table name reads as an entity table of column values; the internal
 * `sm_` tables are typed exactly.
 */

/** What a column holds as the database driver sends and receives it (see `column-codec.ts`). */
export type ColumnValue = string | number | bigint | boolean | readonly string[] | null;

/** A row of an entity table: `id` plus one column per attribute. */
export type EntityRow = Record<string, ColumnValue>;

export type MigrationTable = { name: string; applied_at: string };

export type SegmentTable = {
  id: string;
  name: string;
  type: string;
  state: string;
  definition: string;
  time_zone: string;
  member_count: number;
  created_at: string;
  updated_at: string;
  go_live_at: string | null;
};

export type MemberTable = { segment_id: string; contact_id: string };

export type CustomEntityTable = { name: string; position: number; definition: string; created_at: string };

export type CustomAttributeTable = {
  entity: string;
  name: string;
  position: number;
  definition: string;
  created_at: string;
};

/** One membership change in the installation's ordered log. */
export type EventTable = {
  /** Assigned by the database on insert. */
  seq: number;
  segment_id: string;
  contact_id: string;
  change: string;
  at: string;
  cause: string;
  /**
   * A run of joins logged in one row (`event-runs.ts`): the run's contacts in order, as a JSON array
   * ending with `contact_id`, their sequence numbers the ones up to `seq`; null for a single event.
   */
  contact_ids: string | null;
};

/** A manual override on a dynamic segment: `include` or `exclude`. */
export type OverrideTable = { segment_id: string; contact_id: string; mode: string };

/** A segment's member count at the end of a minute in which it changed. */
export type MemberCountTable = { segment_id: string; at: string; count: number };

/** Small named values the engine keeps between runs (the last clock tick). */
export type SettingTable = { key: string; value: string };

/** A URL that receives membership events; `segment_ids` is a JSON array of ids, or null for every segment. */
export type WebhookTable = {
  id: string;
  url: string;
  secret: string;
  segment_ids: string | null;
  created_at: string;
};

/** How far a webhook's deliveries have got: the last event it acknowledged, and its retry state. */
export type WebhookCursorTable = {
  webhook_id: string;
  last_seq: number;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
};

/** A segment template a user saved; `parameters` and `definition` are JSON text. */
export type TemplateTable = {
  id: string;
  name: string;
  description: string | null;
  category: string;
  parameters: string;
  definition: string;
  created_at: string;
};

/** An API key: its secret is kept only as a SHA-256 hash. */
export type ApiKeyTable = {
  id: string;
  name: string;
  scope: string;
  secret_hash: string;
  created_at: string;
  created_by: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
};

/** One entry of the audit trail: which key did what to which thing, and when. */
export type AuditTable = {
  /** Assigned by the database on insert. */
  seq: number;
  at: string;
  key_id: string | null;
  key_name: string | null;
  action: string;
  target_kind: string;
  target: string;
  detail: string | null;
};

/** The id of a deleted record, kept so that no new record of its entity ever takes it. */
export type RecordTombstoneTable = { entity: string; id: string; deleted_at: string };

/** Every table: the internal ones by name, and any entity table by its logical name. */
export interface SegmintTables {
  [entity: string]: EntityRow;
  sm_migration: MigrationTable;
  sm_segment: SegmentTable;
  sm_member: MemberTable;
  sm_custom_entity: CustomEntityTable;
  sm_custom_attribute: CustomAttributeTable;
  sm_event: EventTable;
  sm_override: OverrideTable;
  sm_member_count: MemberCountTable;
  sm_setting: SettingTable;
  sm_webhook: WebhookTable;
  sm_webhook_cursor: WebhookCursorTable;
  sm_template: TemplateTable;
  sm_api_key: ApiKeyTable;
  sm_audit: AuditTable;
  sm_record_tombstone: RecordTombstoneTable;
}

/** The two database engines Segmint runs on. */
export type StoreDialect = 'sqlite' | 'postgres';
