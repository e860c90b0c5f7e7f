import type { Kysely } from 'kysely';
import type { Problem } from '../schema/index.ts';
import { chunks, idIn, idsPerStatement, type StoreContext } from './store-context.ts';
import type { SegmintTables } from './tables.ts';

/**
 * The ids of deleted records (`sm_record_tombstone`), per entity. An id is never used twice: a contact
 * created with the id of a deleted one would otherwise be taken for the same person by whatever still
 * names that id outside Segmint (a CRM sync, an email tool, a webhook consumer) and by the event log.
 */

/** Remembers that the records `ids` of `entity` were deleted at `at` (ISO instant). */
export async function addTombstones(
  db: Kysely<SegmintTables>,
  entity: string,
  ids: readonly string[],
  at: string,
): Promise<void> {
  for (const slice of chunks(ids, idsPerStatement)) {
    await db
      .insertInto('sm_record_tombstone')
      .values(slice.map((id) => ({ entity, id, deleted_at: at })))
      .onConflict((conflict) => conflict.columns(['entity', 'id']).doNothing())
      .execute();
  }
}

/** The ids among `ids` that deleted records of `entity` had. */
export async function tombstonedIds(
  context: StoreContext,
  entity: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await context.db
    .selectFrom('sm_record_tombstone')
    .select('id')
    .where('entity', '=', entity)
    .where(idIn(context, 'id', [...new Set(ids)]))
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** The problem with creating a record under the id of a deleted one. */
export function reusedIdProblem(entityDisplayName: string, id: string): Problem {
  // `DUPLICATE_ID`: the API answers it as 409 DUPLICATE_ID, as for an id that is taken now.
  return {
    code: 'DUPLICATE_ID',
    message:
      `The id "${id}" was used by a deleted ${entityDisplayName.toLowerCase()}: ids are never reused, ` +
      'so a new record cannot inherit what belonged to the deleted one.',
    path: 'id',
  };
}
