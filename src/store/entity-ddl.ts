import type { Expression, Kysely } from 'kysely';
import type { AttributeDef, EntityDef, Schema } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import { indexName } from './index-name.ts';
import type { SegmintTables, StoreDialect } from './tables.ts';

/**
 * The DDL of entity tables: one table per entity named by its logical name, `id` text primary key, one
 * column per attribute named by its logical name, an index on every lookup column. Kysely quotes every
 * identifier.
 */

type Db = Kysely<SegmintTables>;

export { indexName };

/**
 * Indexes beyond one per lookup, by entity. A lookup column that leads one of these needs no index of
 * its own: `interaction(contactid, occurredon)` serves both "this contact's interactions" and windows.
 */
const compositeIndexes: Readonly<Record<string, readonly (readonly string[])[]>> = {
  interaction: [['contactid', 'occurredon']],
};

/**
 * Text that holds record ids, ordered by code point as in JavaScript on every backend (PostgreSQL's
 * uses the "C" collation, whatever the database's locale), so keyset paging agrees across backends.
 */
export function idColumnType(dialect: StoreDialect): Expression<unknown> {
  return backends[dialect].types.id;
}

/** The column type of an attribute (see `column-codec.ts` for what each holds). */
export function attributeColumnType(dialect: StoreDialect, attribute: AttributeDef): Expression<unknown> {
  return backends[dialect].types.attribute(attribute);
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
export function existingColumns(db: Db, dialect: StoreDialect, table: string): Promise<Set<string>> {
  return backends[dialect].types.existingColumns(db, table);
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
