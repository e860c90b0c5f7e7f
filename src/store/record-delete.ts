import { deleteBehaviour, type EntityDef } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import { stampValues } from './record-input.ts';
import { addTombstones } from './record-tombstones.ts';
import { chunks, entityOf, idsPerStatement, inTransaction, type StoreContext } from './store-context.ts';
import { decodeRecord, encodeValues, recordColumns, type StoredRecord } from './stored-record.ts';

/** A record a delete removed, as it was before the delete. */
export interface DeletedRecord {
  readonly entity: string;
  readonly record: StoredRecord;
}

/** A record that named a deleted one and lost that link: as it was before the delete and as it is now. */
export interface UnlinkedRecord {
  readonly entity: string;
  readonly before: StoredRecord;
  readonly after: StoredRecord;
}

/** Everything a delete changed, so that the engine can bring membership up to date in the same transaction. */
export interface DeleteOutcome {
  /** The record asked for first, then every record that belonged to it (`cascade`), and theirs. */
  readonly deleted: readonly DeletedRecord[];
  /** The records that only referred to a deleted one (`removeLink`), their lookup now null. */
  readonly unlinked: readonly UnlinkedRecord[];
}

/**
 * Deletes a record and applies the delete rule of every lookup that names it (`delete-behaviour.ts`):
 * the records that belong to it are deleted with it (and theirs, level by level), the records that
 * only refer to it lose the link. Every deleted id is kept as a tombstone, so it is never used again.
 * Undefined when there is no such record.
 *
 * Each level is deleted before its dependants are read. On PostgreSQL a writer that is saving a
 * record pointing at one of them holds a `FOR KEY SHARE` lock on it (`record-references.ts`): the
 * delete waits for that writer to commit, and the read that follows (a new snapshot, under READ
 * COMMITTED) sees the new dependant, so nothing is left pointing at a deleted record. Dependants are
 * read `FOR UPDATE` and then written by id, so the images returned are exactly what was changed even
 * when another writer was changing one of them at the same moment.
 */
export async function deleteRecordWithRules(
  context: StoreContext,
  entity: string,
  id: string,
): Promise<DeleteOutcome | undefined> {
  const def = entityOf(context, entity);
  return inTransaction(context, async (tx) => {
    const [root] = await readForDelete(tx, def, 'id', [id]);
    if (!root) return undefined;
    const now = tx.now().toISOString();
    const deleted = new Map<string, DeletedRecord>();
    const unlinked = new Map<string, UnlinkedRecord>();
    const key = (entityName: string, recordId: string) => `${entityName}\u0000${recordId}`;

    const queuedKeys = new Set<string>();
    let level = new Map<string, StoredRecord[]>([[entity, [root]]]);
    while (level.size > 0) {
      const next = new Map<string, StoredRecord[]>();
      for (const [entityName, records] of level) {
        const ids = records.map((r) => r.id);
        for (const slice of chunks(ids, idsPerStatement))
          await tx.db.deleteFrom(entityName).where('id', 'in', slice).execute();
        await addTombstones(tx.db, entityName, ids, now);
        for (const record of records) {
          // A record unlinked earlier in this delete and deleted now is reported once, as it first was.
          const first = unlinked.get(key(entityName, record.id))?.before ?? record;
          unlinked.delete(key(entityName, record.id));
          deleted.set(key(entityName, record.id), { entity: entityName, record: first });
        }
      }
      for (const [entityName, records] of level) {
        const ids = records.map((r) => r.id);
        for (const lookup of tx.schema().lookups) {
          if (lookup.to !== entityName) continue;
          const holder = entityOf(tx, lookup.entity);
          const holders = await readForDelete(tx, holder, lookup.attribute, ids);
          if (holders.length === 0) continue;
          if (deleteBehaviour(lookup) === 'cascade') {
            const queued = next.get(lookup.entity) ?? [];
            for (const record of holders) {
              const holderKey = key(lookup.entity, record.id);
              if (deleted.has(holderKey) || queuedKeys.has(holderKey)) continue;
              queuedKeys.add(holderKey);
              queued.push(record);
            }
            if (queued.length > 0) next.set(lookup.entity, queued);
            continue;
          }
          const changes = unlinkValues(holder, lookup.attribute, now);
          const row = encodeValues(tx.dialect, holder, changes);
          const holderIds = holders.map((r) => r.id);
          for (const slice of chunks(holderIds, idsPerStatement))
            await tx.db.updateTable(lookup.entity).set(row).where('id', 'in', slice).execute();
          for (const record of holders) {
            const known = unlinked.get(key(lookup.entity, record.id));
            unlinked.set(key(lookup.entity, record.id), {
              entity: lookup.entity,
              before: known?.before ?? record,
              after: { ...(known?.after ?? record), ...changes },
            });
          }
        }
      }
      level = next;
    }
    return { deleted: [...deleted.values()], unlinked: [...unlinked.values()] };
  });
}

/**
 * The values that clear `attribute` of a record of `entity`, with the stamps an update gets (no
 * computed attribute reads a lookup, so none changes).
 */
function unlinkValues(entity: EntityDef, attribute: string, now: string) {
  return stampValues(entity, { [attribute]: null }, 'update', now);
}

/** The records of `entity` whose `column` holds one of `values`, locked for this delete on PostgreSQL. */
async function readForDelete(
  context: StoreContext,
  entity: EntityDef,
  column: string,
  values: readonly string[],
): Promise<StoredRecord[]> {
  const found: StoredRecord[] = [];
  for (const slice of chunks(values, idsPerStatement)) {
    const query = context.db
      .selectFrom(entity.name)
      .select(recordColumns(context.dialect, entity))
      .where(column, 'in', slice);
    const rows = await backends[context.dialect].statements.forUpdate(query).execute();
    found.push(...rows.map((row) => decodeRecord(context.dialect, entity, row)));
  }
  return found;
}
