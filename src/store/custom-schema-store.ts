import {
  addCustomAttribute,
  addCustomEntity,
  Schema,
  type AttributeDef,
  type CustomAttributeInput,
  type CustomAttributeResult,
  type CustomEntityInput,
  type CustomEntityResult,
  type EntityDef,
  type LookupDef,
} from '../schema/index.ts';
import { addAttributeColumn, createEntityTable } from './entity-ddl.ts';
import { StoreError } from './errors.ts';
import { inTransaction, type StoreContext } from './store-context.ts';

/**
 * The custom schema as data: each custom entity and attribute is a row (`sm_custom_entity`,
 * `sm_custom_attribute`) holding its definition as JSON and its position in the order the additions
 * were made, so the schema is rebuilt the same way on every open.
 */

interface SavedEntity {
  readonly entity: EntityDef;
  readonly lookups: readonly LookupDef[];
}

interface SavedAttribute {
  readonly attribute: AttributeDef;
  readonly lookup?: LookupDef;
}

type Db = StoreContext['db'];

/** The built-in schema with every saved custom entity and attribute, in the order they were added. */
export async function loadSchema(db: Db): Promise<Schema> {
  const entities = await db.selectFrom('sm_custom_entity').selectAll().execute();
  const attributes = await db.selectFrom('sm_custom_attribute').selectAll().execute();
  const steps: { position: number; apply: (schema: Schema) => Schema }[] = [
    ...entities.map((row) => ({
      position: row.position,
      apply(schema: Schema) {
        const saved = JSON.parse(row.definition) as SavedEntity;
        if (schema.entity(saved.entity.name)) throw conflict(`entity "${saved.entity.name}"`);
        return schema.withEntity(saved.entity, saved.lookups);
      },
    })),
    ...attributes.map((row) => ({
      position: row.position,
      apply(schema: Schema) {
        const saved = JSON.parse(row.definition) as SavedAttribute;
        if (!schema.entity(row.entity))
          throw conflict(`attribute "${saved.attribute.name}" of missing entity "${row.entity}"`);
        if (schema.attribute(row.entity, saved.attribute.name))
          throw conflict(`attribute "${row.entity}.${saved.attribute.name}"`);
        return schema.withAttribute(row.entity, saved.attribute, saved.lookup);
      },
    })),
  ];
  return steps
    .sort((a, b) => a.position - b.position)
    .reduce((schema, step) => step.apply(schema), Schema.builtin());
}

function conflict(what: string): StoreError {
  return new StoreError(
    `The saved custom ${what} clashes with the schema; the database was made by an incompatible version.`,
    'CUSTOM_SCHEMA_CONFLICT',
  );
}

/** The position of the next custom addition: after every entity and attribute saved so far. */
async function nextPosition(db: Db): Promise<number> {
  const entity = await db
    .selectFrom('sm_custom_entity')
    .select((eb) => eb.fn.max('position').as('last'))
    .executeTakeFirst();
  const attribute = await db
    .selectFrom('sm_custom_attribute')
    .select((eb) => eb.fn.max('position').as('last'))
    .executeTakeFirst();
  return Math.max(entity?.last ?? 0, attribute?.last ?? 0) + 1;
}

/**
 * The position of the last custom addition, 0 before any: the schema's version. Additions only ever
 * append, so another process's addition shows as a higher position.
 */
export async function lastSchemaPosition(db: Db): Promise<number> {
  return (await nextPosition(db)) - 1;
}

/** What a schema addition gives back: the result, and the schema's new position when it was saved. */
export interface SchemaAddition<R> {
  readonly result: R;
  readonly position?: number;
}

/**
 * Checks a custom attribute against the schema as the database holds it (`current`, read inside the
 * transaction, so an addition by another process is seen) and, when it is sound, adds its column (and
 * index) and saves it, in one transaction. The caller adopts `result.schema` once this resolves.
 */
export async function saveCustomAttribute(
  context: StoreContext,
  entity: string,
  input: CustomAttributeInput,
  current: (db: Db) => Promise<Schema>,
): Promise<SchemaAddition<CustomAttributeResult>> {
  return inTransaction(context, async (tx) => {
    const result = addCustomAttribute(await current(tx.db), entity, input);
    if (!result.ok) return { result };
    const saved: SavedAttribute = result.lookup
      ? { attribute: result.attribute, lookup: result.lookup }
      : { attribute: result.attribute };
    await addAttributeColumn(tx.db, tx.dialect, entity, result.attribute);
    const position = await nextPosition(tx.db);
    await tx.db
      .insertInto('sm_custom_attribute')
      .values({
        entity,
        name: result.attribute.name,
        position,
        definition: JSON.stringify(saved),
        created_at: context.now().toISOString(),
      })
      .execute();
    return { result, position };
  });
}

/**
 * Checks a custom entity against the schema as the database holds it and, when it is sound, creates
 * its table and saves it, in one transaction.
 */
export async function saveCustomEntity(
  context: StoreContext,
  input: CustomEntityInput,
  current: (db: Db) => Promise<Schema>,
): Promise<SchemaAddition<CustomEntityResult>> {
  return inTransaction(context, async (tx) => {
    const result = addCustomEntity(await current(tx.db), input);
    if (!result.ok) return { result };
    const saved: SavedEntity = { entity: result.entity, lookups: result.lookups };
    await createEntityTable(tx.db, tx.dialect, result.entity);
    const position = await nextPosition(tx.db);
    await tx.db
      .insertInto('sm_custom_entity')
      .values({
        name: result.entity.name,
        position,
        definition: JSON.stringify(saved),
        created_at: context.now().toISOString(),
      })
      .execute();
    return { result, position };
  });
}
