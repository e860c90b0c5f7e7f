import { sql, type RawBuilder } from 'kysely';
import { backends } from './backends/index.ts';
import { UnknownEntityError } from './errors.ts';
import type { StoreSession } from './store.ts';
import { decodeRecord, recordColumns, type StoredRecord } from './stored-record.ts';

/** One key of an `orderedPage`: an attribute (or `id`), ascending unless `descending`. */
export interface OrderKey {
  readonly attribute: string;
  readonly descending?: boolean;
}

/** Attribute types compared as text, without regard to case (a choice by its value). */
const textTypes = new Set(['string', 'choice', 'multichoice', 'lookup']);

/**
 * The records among `ids` of `entity`, sorted by `order` and then by id, from `offset`, at most
 * `limit`: sorted and cut by the database in one statement, so a page of a million matches holds only
 * the page in memory. Text compares case-insensitively by code point; a missing value sorts last
 * whichever the direction, as Dataverse sorts it. An attribute the entity lacks is a `RangeError`.
 *
 * @example
 * await store.read((s) => orderedPage(s, 'contact', ids, [{ attribute: 'fullname' }], 0, 15));
 */
export async function orderedPage(
  session: StoreSession,
  entity: string,
  ids: readonly string[],
  order: readonly OrderKey[],
  offset: number,
  limit: number,
): Promise<StoredRecord[]> {
  const def = session.schema().entities.get(entity);
  if (!def) throw new UnknownEntityError(entity);
  if (ids.length === 0 || limit <= 0) return [];
  const backend = backends[session.kind];
  let query = session.db
    .selectFrom(entity)
    .select(recordColumns(session.kind, def))
    .where(backend.sql.idIn(sql.ref('id'), ids));
  for (const { attribute, descending } of order) {
    if (attribute === 'id') {
      query = query.orderBy(sql.ref(`${entity}.id`), descending ? 'desc' : 'asc');
      continue;
    }
    const attr = def.attributes.find((a) => a.name === attribute);
    if (!attr) throw new RangeError(`${entity} has no attribute "${attribute}" to order by`);
    // By the table's column: the select list may read it under the same name in another form.
    const column = sql.ref(`${entity}.${attribute}`);
    const key: RawBuilder<unknown> = textTypes.has(attr.type)
      ? backend.statements.byCodePoint(backend.sql.lower(column))
      : column;
    query = query
      .orderBy(sql`case when ${column} is null then 1 else 0 end`)
      .orderBy(key, descending ? 'desc' : 'asc');
  }
  const rows = await query
    .orderBy(sql.ref(`${entity}.id`))
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((row) => decodeRecord(session.kind, def, row));
}
