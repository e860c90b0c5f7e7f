import { sql } from 'kysely';
import type { Store } from '../../src/store/index.ts';

/**
 * How every table Segmint creates would sit on Citus (distributed PostgreSQL), and the check of a
 * database's real catalog against Citus's rules on keys. `docs/SCALING.md` explains the plan; the test
 * beside this file runs the check on a fresh database of each backend.
 *
 * Citus's rules, from its documentation ("Creating and Modifying Distributed Objects (DDL)",
 * docs.citusdata.com/en/stable/develop/reference_ddl.html, and the FAQ "In which situations are
 * uniqueness constraints supported on distributed tables?"):
 *
 * - "Primary keys and uniqueness constraints must include the distribution column"; Citus enforces
 *   uniqueness only within one shard, "if a single column constitutes the primary key then it has to
 *   be the distribution column as well".
 * - "Foreign keys must always be declared between either two local (non-distributed) tables, two
 *   colocated distributed tables, or a distributed table and a reference table"; "to set up a foreign
 *   key between colocated distributed tables, always include the distribution column in the key".
 *   A reference table may not point at a distributed table (the reverse of the allowed pair).
 * - A row needs a value in the distribution column: Citus refuses "an INSERT with NULL in the
 *   partition column", and an UPDATE that changes it ("modifying the partition value of rows is not
 *   allowed"); the second is a rule on statements, described in SCALING.md, not checked here.
 */

/** Where a table goes on Citus. */
export type TablePlan =
  | {
      readonly kind: 'distributed';
      /** The column holding the contact id the table is hashed by (co-located with `contact.id`). */
      readonly column: string;
      readonly why: string;
    }
  | { readonly kind: 'reference'; readonly why: string };

const byContact = (column: string, why: string): TablePlan => ({ kind: 'distributed', column, why });
const reference = (why: string): TablePlan => ({ kind: 'reference', why });

/**
 * Every table of a fresh database, by name. Every distributed table is hashed by a contact id, so all
 * of them form one co-location group (same column type, `text collate "C"`, same shard count).
 */
export const citusPlan: Readonly<Record<string, TablePlan>> = {
  contact: byContact('id', 'the unit of membership: every segment selects contacts'),
  interaction: byContact('contactid', 'the biggest table (5 per contact in the bench); read per contact'),
  sm_member: byContact('contact_id', "a live re-check writes the contact's memberships"),
  sm_override: byContact('contact_id', "a re-check reads the contact's overrides across segments"),
  sm_event: byContact('contact_id', 'one row per join and leave: grows with every membership change'),
  account: reference('many contacts share one account; joined to contacts on any shard'),
  lead: reference("a lead's contact is optional (most leads are not contacts yet) and may change"),
  sm_segment: reference('definitions, read by every re-check on every shard'),
  sm_member_count: reference("a segment's count per minute; small"),
  sm_custom_entity: reference('the schema'),
  sm_custom_attribute: reference('the schema'),
  sm_setting: reference('a few named values (the last clock tick, the SQLite leader lease)'),
  sm_webhook: reference('configuration'),
  sm_webhook_cursor: reference('one row per webhook'),
  sm_template: reference('configuration'),
  sm_api_key: reference('configuration; its unique secret hash needs a table on one node'),
  sm_audit: reference('written by configuration changes only'),
  sm_record_tombstone: reference('ids of deleted records of every entity; read when a record is created'),
  sm_migration: reference('the migration history'),
};

/**
 * The plan of a custom entity's table (created at run time by `POST /api/schema/entities`): a reference
 * table, since Segmint cannot yet say which lookup, if any, holds the contact (SCALING.md).
 */
export const customEntityPlan: TablePlan = reference('a custom entity: no declared contact column yet');

/** A table as the catalog describes it. */
export interface CatalogTable {
  readonly name: string;
  /** Column name → whether it is declared NOT NULL (a primary key column counts as not null). */
  readonly notNull: ReadonlyMap<string, boolean>;
  readonly primaryKey: readonly string[];
  /** Unique constraints and unique indexes other than the primary key; `(expression)` for one. */
  readonly uniques: readonly (readonly string[])[];
  readonly foreignKeys: readonly ForeignKey[];
}

export interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly references: readonly string[];
}

/** One broken rule: the table, the rule, and what was found, as one line. */
export interface Violation {
  readonly table: string;
  readonly rule:
    | 'unclassified'
    | 'missing'
    | 'no-distribution-column'
    | 'nullable-distribution-column'
    | 'primary-key'
    | 'unique'
    | 'foreign-key-not-co-located'
    | 'foreign-key-from-reference';
  readonly found: string;
}

const list = (columns: readonly string[]) => `(${columns.join(', ')})`;

/** Every way the catalog breaks Citus's rules under `plan`, in table order. */
export function citusViolations(
  tables: readonly CatalogTable[],
  plan: Readonly<Record<string, TablePlan>>,
): Violation[] {
  const violations: Violation[] = [];
  const found = new Map(tables.map((table) => [table.name, table]));
  for (const name of Object.keys(plan)) {
    if (!found.has(name))
      violations.push({ table: name, rule: 'missing', found: 'the plan names it; the database has none' });
  }
  for (const table of tables) {
    const own = plan[table.name];
    if (!own) {
      violations.push({ table: table.name, rule: 'unclassified', found: 'no entry in the plan' });
      continue;
    }
    if (own.kind === 'distributed') {
      const column = own.column;
      if (!table.notNull.has(column)) {
        violations.push({ table: table.name, rule: 'no-distribution-column', found: `no column ${column}` });
        continue;
      }
      if (!table.notNull.get(column))
        violations.push({
          table: table.name,
          rule: 'nullable-distribution-column',
          found: `${column} nullable`,
        });
      if (table.primaryKey.length > 0 && !table.primaryKey.includes(column))
        violations.push({
          table: table.name,
          rule: 'primary-key',
          found: `primary key ${list(table.primaryKey)}`,
        });
      for (const unique of table.uniques) {
        if (!unique.includes(column))
          violations.push({ table: table.name, rule: 'unique', found: `unique ${list(unique)}` });
      }
    }
    for (const key of table.foreignKeys) {
      const target = plan[key.table];
      if (!target || target.kind === 'reference') continue; // to a reference table: always allowed
      const fk = `foreign key ${list(key.columns)} → ${key.table} ${list(key.references)}`;
      if (own.kind === 'reference') {
        violations.push({ table: table.name, rule: 'foreign-key-from-reference', found: fk });
        continue;
      }
      // Co-located: the distribution column on this side must meet the distribution column on the other.
      const at = key.columns.indexOf(own.column);
      if (at < 0 || key.references[at] !== target.column)
        violations.push({ table: table.name, rule: 'foreign-key-not-co-located', found: fk });
    }
  }
  return violations;
}

/** The plan for this database: the fixed tables, and each custom entity's table as `customEntityPlan`. */
export async function planFor(store: Store): Promise<Record<string, TablePlan>> {
  const custom = await store.db.selectFrom('sm_custom_entity').select('name').execute();
  return { ...citusPlan, ...Object.fromEntries(custom.map((row) => [row.name, customEntityPlan])) };
}

/** Reads every table of the store's database (its PostgreSQL schema, or the SQLite file) from the catalog. */
export function readCatalog(store: Store): Promise<CatalogTable[]> {
  return store.kind === 'postgres' ? readPgCatalog(store) : readSqliteCatalog(store);
}

async function readPgCatalog(store: Store): Promise<CatalogTable[]> {
  const db = store.db;
  const { rows: tables } = await sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
    order by c.relname`.execute(db);
  const { rows: columns } = await sql<{ table: string; name: string; not_null: boolean }>`
    select c.relname as table, a.attname as name, a.attnotnull as not_null
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
      and a.attnum > 0 and not a.attisdropped`.execute(db);
  // Every unique index, the primary key's and those of unique constraints included; a column number
  // of 0 is an expression.
  const { rows: indexes } = await sql<{ table: string; primary: boolean; columns: string[] }>`
    select c.relname as table, i.indisprimary as primary,
      array(select coalesce(a.attname, '(expression)') from unnest(i.indkey::int2[]) with ordinality k(num, pos)
            left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.num and k.num > 0
            order by k.pos)::text[] as columns
    from pg_index i join pg_class c on c.oid = i.indrelid
    where c.relnamespace = current_schema()::regnamespace and i.indisunique`.execute(db);
  const { rows: keys } = await sql<{
    table: string;
    target: string;
    columns: string[];
    references: string[];
  }>`
    select c.relname as table, t.relname as target,
      array(select a.attname from unnest(k.conkey) with ordinality u(num, pos)
            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.num order by u.pos)::text[] as columns,
      array(select a.attname from unnest(k.confkey) with ordinality u(num, pos)
            join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.num order by u.pos)::text[] as references
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class t on t.oid = k.confrelid
    where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace`.execute(db);
  return tables.map(({ name }) => ({
    name,
    notNull: new Map(columns.filter((c) => c.table === name).map((c) => [c.name, c.not_null])),
    primaryKey: indexes.find((i) => i.table === name && i.primary)?.columns ?? [],
    uniques: indexes.filter((i) => i.table === name && !i.primary).map((i) => i.columns),
    foreignKeys: keys
      .filter((k) => k.table === name)
      .map((k) => ({ columns: k.columns, table: k.target, references: k.references })),
  }));
}

async function readSqliteCatalog(store: Store): Promise<CatalogTable[]> {
  const db = store.db;
  const { rows: tables } = await sql<{ name: string }>`
    select name from sqlite_schema where type = 'table' and name not like 'sqlite\\_%' escape '\\'
    order by name`.execute(db);
  const read: CatalogTable[] = [];
  for (const { name } of tables) {
    const { rows: columns } = await sql<{ name: string; type: string; notnull: number; pk: number }>`
      select name, type, "notnull", pk from pragma_table_info(${name})`.execute(db);
    const { rows: shape } = await sql<{ wr: number }>`
      select wr from pragma_table_list(${name})`.execute(db);
    const withoutRowid = shape[0]?.wr === 1;
    const primaryKey = columns
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    // SQLite lets a primary key column of a rowid table hold NULL unless it is declared NOT NULL; the
    // key of a WITHOUT ROWID table and an INTEGER PRIMARY KEY (the rowid itself) never do.
    const integerKey =
      primaryKey.length === 1 && columns.some((c) => c.pk === 1 && /^integer$/i.test(c.type));
    const notNull = new Map(
      columns.map((c) => [c.name, c.notnull === 1 || (c.pk > 0 && (withoutRowid || integerKey))]),
    );
    const { rows: indexes } = await sql<{ name: string; unique: number; origin: string }>`
      select name, "unique", origin from pragma_index_list(${name})`.execute(db);
    const uniques: string[][] = [];
    for (const index of indexes) {
      if (index.unique !== 1 || index.origin === 'pk') continue;
      const { rows: parts } = await sql<{ name: string | null }>`
        select name from pragma_index_info(${index.name}) order by seqno`.execute(db);
      uniques.push(parts.map((p) => p.name ?? '(expression)'));
    }
    const { rows: keys } = await sql<{ id: number; table: string; from: string; to: string | null }>`
      select id, "table", "from", "to" from pragma_foreign_key_list(${name}) order by id, seq`.execute(db);
    const foreignKeys: ForeignKey[] = [];
    for (const id of new Set(keys.map((k) => k.id))) {
      const parts = keys.filter((k) => k.id === id);
      const target = parts[0]?.table ?? '';
      // A foreign key written without target columns refers to the target's primary key.
      const targetKey = parts.some((p) => p.to === null) ? await sqlitePrimaryKey(store, target) : [];
      foreignKeys.push({
        columns: parts.map((p) => p.from),
        table: target,
        references: parts.map((p, i) => p.to ?? targetKey[i] ?? ''),
      });
    }
    read.push({ name, notNull, primaryKey, uniques, foreignKeys });
  }
  return read;
}

async function sqlitePrimaryKey(store: Store, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string; pk: number }>`
    select name, pk from pragma_table_info(${table}) where pk > 0 order by pk`.execute(store.db);
  return rows.map((r) => r.name);
}
