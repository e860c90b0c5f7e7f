import { sql, type AliasedRawBuilder } from 'kysely';
import {
  attributesByName,
  type AttributeDef,
  type AttributeValue,
  type EntityDef,
  type Problem,
} from '../schema/index.ts';
import { fromColumn, readColumn, toColumn } from './column-codec.ts';
import type { ColumnValue, EntityRow, StoreDialect } from './tables.ts';

/**
 * A record as the store gives it back: its `id` and every attribute of its entity, each in the kept
 * form `normalizeValue` produces (null when missing).
 */
export type StoredRecord = { readonly id: string; readonly [attribute: string]: AttributeValue };

/** The outcome of a write: the record as stored, or every problem with what was sent. */
export type RecordWriteResult =
  | { readonly ok: true; readonly record: StoredRecord }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The select list that reads a whole record of `entity` exactly (or its id and `attributes` only). */
export function recordColumns(
  dialect: StoreDialect,
  entity: EntityDef,
  attributes: readonly AttributeDef[] = entity.attributes,
): AliasedRawBuilder<unknown, string>[] {
  return [sql`${sql.ref('id')}`.as('id'), ...attributes.map((a) => readColumn(dialect, a))];
}

/** A row read through `recordColumns` (with the same `attributes`) as a stored record. */
export function decodeRecord(
  dialect: StoreDialect,
  entity: EntityDef,
  row: Readonly<Record<string, unknown>>,
  attributes: readonly AttributeDef[] = entity.attributes,
): StoredRecord {
  const record: Record<string, AttributeValue> = { id: String(row.id) };
  for (const attribute of attributes)
    record[attribute.name] = fromColumn(dialect, attribute, row[attribute.name]);
  return record as StoredRecord;
}

/** Kept values (by attribute name) as the columns to write. */
export function encodeValues(
  dialect: StoreDialect,
  entity: EntityDef,
  values: Readonly<Record<string, AttributeValue>>,
): EntityRow {
  const row: Record<string, ColumnValue> = {};
  const byName = attributesByName(entity);
  for (const [name, value] of Object.entries(values)) {
    const attribute = byName.get(name);
    if (attribute) row[name] = toColumn(dialect, attribute, value);
  }
  return row;
}

/** A record with every attribute present: the given values, null for the rest. */
export function fullRecord(
  entity: EntityDef,
  id: string,
  values: Readonly<Record<string, AttributeValue>>,
): StoredRecord {
  const record: Record<string, AttributeValue> = { id };
  for (const attribute of entity.attributes) record[attribute.name] = values[attribute.name] ?? null;
  return record as StoredRecord;
}
