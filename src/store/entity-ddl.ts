import { createHash } from 'node:crypto';
import { sql, type Expression, type Kysely } from 'kysely';
import type { AttributeDef, EntityDef, Schema } from '../schema/index.ts';
import type { SegmintTables, StoreDialect } from './tables.ts';

/**
 * The DDL of entity tables: one table per entity named by its logical name, `id` text primary key, one
 * column per attribute named by its logical name, an index on every lookup column. Kysely quotes every
 * identifier.
 */

type Db = Kysely<SegmintTables>;

/**
 * Indexes beyond one per lookup, by entity. A lookup column that leads one of these needs no index of
 * its own: `interaction(contactid, occurredon)` serves both "this contact's interactions" and windows.
 */
const compositeIndexes: Readonly<Record<string, readonly (readonly string[])[]>> = {
  interaction: [['contactid', 'occurredon']],
};

/**
 * Text that holds record ids. On PostgreSQL it uses the "C" collation, so ids sort by code point as in
 * SQLite and JavaScript, whatever the database's locale, and keyset paging agrees across backends.
 */
export function idColumnType(dialect: StoreDialect): Expression<unknown> {
  return dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
}

/** The column type of an attribute (see `column-codec.ts` for what each holds). */
export function attributeColumnType(dialect: StoreDialect, attribute: AttributeDef): Expression<unknown> {
  const sqlite = dialect === 'sqlite';
  switch (attribute.type) {
    case 'string':
    case 'choice':
      return sql`text`;
    case 'lookup':
      return idColumnType(dialect);
    case 'integer':
      return sqlite ? sql`integer` : sql`bigint`;
    case 'decimal':
    case 'money':
      return sqlite ? sql`integer` : sql`numeric`;
    case 'boolean':
      return sqlite ? sql`integer` : sql`boolean`;
    case 'date':
      return sqlite ? sql`text` : sql`date`;
    case 'datetime':
      return sqlite ? sql`text` : sql`timestamptz`;
    case 'multichoice':
      return sqlite ? sql`text` : sql`text[]`;
  }
}

/**
 * The name of an index: `sm_ix_<table>__<columns>`, so it never clashes with an entity table (PostgreSQL
 * keeps indexes and tables in one namespace), shortened with a hash past PostgreSQL's 63 bytes.
 */
export function indexName(table: string, columns: readonly string[]): string {
  const name = `sm_ix_${table}__${columns.join('__')}`;
  if (name.length <= 63) return name;
  const hash = createHash('sha1').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, 54)}_${hash}`;
}

async function createIndex(db: Db, table: string, columns: readonly string[]): Promise<void> {
  await db.schema
    .createIndex(indexName(table, columns))
    .ifNotExists()
    .on(table)
    .columns([...columns])
    .execute();
}

/** Creates the index a lookup column needs, unless a composite index already leads with it. */
async function indexLookup(db: Db, entity: string, attribute: AttributeDef): Promise<void> {
  if (attribute.type !== 'lookup') return;
  if ((compositeIndexes[entity] ?? []).some((columns) => columns[0] === attribute.name)) return;
  await createIndex(db, entity, [attribute.name]);
}

/** Creates an entity's table with its indexes. */
export async function createEntityTable(db: Db, dialect: StoreDialect, entity: EntityDef): Promise<void> {
  let table = db.schema
    .createTable(entity.name)
    .addColumn('id', idColumnType(dialect), (column) => column.primaryKey().notNull());
  for (const attribute of entity.attributes) {
    table = table.addColumn(attribute.name, attributeColumnType(dialect, attribute));
  }
  await table.execute();
  for (const attribute of entity.attributes) await indexLookup(db, entity.name, attribute);
  for (const columns of compositeIndexes[entity.name] ?? []) await createIndex(db, entity.name, columns);
}

/** Adds one attribute's column (and its index, for a lookup) to an existing entity table. */
export async function addAttributeColumn(
  db: Db,
  dialect: StoreDialect,
  entity: string,
  attribute: AttributeDef,
): Promise<void> {
  await db.schema
    .alterTable(entity)
    .addColumn(attribute.name, attributeColumnType(dialect, attribute))
    .execute();
  await indexLookup(db, entity, attribute);
}

/** The columns a table has now; empty when there is no such table. */
export async function existingColumns(db: Db, dialect: StoreDialect, table: string): Promise<Set<string>> {
  const query =
    dialect === 'sqlite'
      ? sql<{ name: string }>`select name from pragma_table_info(${table})`
      : sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table}`;
  const { rows } = await query.execute(db);
  return new Set(rows.map((row) => row.name));
}

/**
 * Makes the tables match the schema: creates a missing entity table and adds missing columns, so an
 * attribute added to the built-in schema in a later version appears in an existing database.
 */
export async function reconcileEntityTables(db: Db, dialect: StoreDialect, schema: Schema): Promise<void> {
  for (const entity of schema.entities.values()) {
    const columns = await existingColumns(db, dialect, entity.name);
    if (columns.size === 0) {
      await createEntityTable(db, dialect, entity);
      continue;
    }
    for (const attribute of entity.attributes) {
      if (!columns.has(attribute.name)) await addAttributeColumn(db, dialect, entity.name, attribute);
    }
  }
}
