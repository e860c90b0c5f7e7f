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

/** Every table: the internal ones by name, and any entity table by its logical name. */
export interface SegmintTables {
  [entity: string]: EntityRow;
  sm_migration: MigrationTable;
  sm_segment: SegmentTable;
  sm_member: MemberTable;
  sm_custom_entity: CustomEntityTable;
  sm_custom_attribute: CustomAttributeTable;
}

/** The two database engines Segmint runs on. */
export type StoreDialect = 'sqlite' | 'postgres';
