import type { Problem } from '../schema/index.ts';
import { newRecordId, type BulkInsertResult, type StoredRecord, type StoreSession } from '../store/index.ts';
import { EngineError } from './engine-error.ts';
import type { EngineState } from './engine-state.ts';
import { liveSegments } from './registry-sync.ts';
import { applyChanges } from './maintenance/membership-change.ts';
import { segmentsAnUpdateMayRecheck } from './maintenance/first-memberships.ts';
import { maintainAfterWrites, type RecordChange } from './maintenance/write-maintenance.ts';

/**
 * Writes through the engine: each write and the membership changes it causes commit in one
 * transaction, so a segment is right as soon as the write returns. A lookup must name a record that
 * exists (`MISSING_REFERENCE`), and a delete follows the delete rule of each relationship.
 */

/**
 * Creates a record and brings every live segment up to date. The records its lookups name are read as
 * the transaction begins (`FirstReads`), as are the record an update changes and the records it names,
 * and, for a contact, its memberships in the segments the update may re-check.
 */
export async function createRecord(
  state: EngineState,
  entity: string,
  values: Readonly<Record<string, unknown>>,
  madeId = false,
): Promise<StoredRecord> {
  const now = state.clock.now();
  return state.store.transaction(
    async (tx) => {
      const dangling = (await tx.records.referenceProblems(entity, [values])).get(0) ?? [];
      const result = await tx.records.create(entity, values, madeId);
      // Thrown inside the transaction, so a record saved with a dangling lookup is rolled back.
      if (!result.ok || dangling.length > 0)
        throw invalid(entity, [...(result.ok ? [] : result.problems), ...dangling]);
      await maintainAfterWrites(tx, await liveSegments(state, tx), [{ entity, after: result.record }], now);
      return result.record;
    },
    { references: { entity, rows: [values] } },
  );
}

/** Changes some attributes of a record (null clears one) and brings every live segment up to date. */
export async function updateRecord(
  state: EngineState,
  entity: string,
  id: string,
  patch: Readonly<Record<string, unknown>>,
): Promise<StoredRecord> {
  const now = state.clock.now();
  return state.store.transaction(
    async (tx) => {
      const before = await tx.records.get(entity, id);
      if (!before) throw new EngineError('NOT_FOUND', `There is no ${entity} "${id}".`);
      // The records named are locked before this one is written, in the order a delete takes them.
      const dangling = (await tx.records.referenceProblems(entity, [patch])).get(0) ?? [];
      const result = await tx.records.update(entity, id, patch, before);
      if (!result) throw new EngineError('NOT_FOUND', `There is no ${entity} "${id}".`);
      if (!result.ok || dangling.length > 0)
        throw invalid(entity, [...(result.ok ? [] : result.problems), ...dangling]);
      await maintainAfterWrites(
        tx,
        await liveSegments(state, tx),
        [{ entity, before, after: result.record }],
        now,
      );
      return result.record;
    },
    {
      record: { entity, id },
      references: { entity, rows: [patch] },
      ...(entity === 'contact' && {
        memberships: {
          contactIds: [id],
          segmentIds: segmentsAnUpdateMayRecheck(state.registry.ordered(), patch),
        },
      }),
    },
  );
}

/**
 * Deletes a record by the delete rule of each relationship (`schema/delete-behaviour.ts`): what belongs
 * to it (a contact's interactions) is deleted with it, a record that only refers to it (a contact of a
 * deleted account, a lead of a deleted contact) loses the link. A deleted contact leaves every segment
 * it was in, its overrides forgotten and its events kept as history; every segment that read a
 * deleted or unlinked record is brought up to date in the same transaction.
 */
export async function deleteRecord(state: EngineState, entity: string, id: string): Promise<void> {
  const now = state.clock.now();
  await state.store.transaction(async (tx) => {
    const outcome = await tx.records.delete(entity, id);
    if (!outcome) throw new EngineError('NOT_FOUND', `There is no ${entity} "${id}".`);
    const changes: RecordChange[] = [
      ...outcome.deleted.map((d) => ({ entity: d.entity, before: d.record })),
      ...outcome.unlinked.map((u) => ({ entity: u.entity, before: u.before, after: u.after })),
    ];
    // A deleted contact leaves every segment, static ones and those that read others included, so
    // nothing downstream needs it re-checked; contacts linked to what was deleted or unlinked are found
    // by the maintenance below.
    for (const { entity: deletedEntity, record } of outcome.deleted)
      if (deletedEntity === 'contact') await leaveEverySegment(tx, record.id, now);
    await maintainAfterWrites(tx, await liveSegments(state, tx), changes, now);
  });
}

/**
 * Inserts many records (a CSV import, a bulk load) and re-checks each live segment once for the batch.
 * Bad rows (a lookup naming no record among them) are reported by index and the good ones still land.
 */
export async function bulkInsertRecords(
  state: EngineState,
  entity: string,
  rows: readonly Readonly<Record<string, unknown>>[],
): Promise<BulkInsertResult> {
  const now = state.clock.now();
  return state.store.transaction(async (tx) => {
    const dangling = await tx.records.referenceProblems(entity, rows, givenIds(rows));
    const result = await tx.records.bulkInsert(entity, rows, dangling);
    if (result.records.length > 0) {
      const changes = result.records.map((after) => ({ entity, after }));
      await maintainAfterWrites(tx, await liveSegments(state, tx), changes, now);
    }
    return result;
  });
}

async function leaveEverySegment(tx: StoreSession, contactId: string, now: Date): Promise<void> {
  for (const segmentId of await tx.members.segmentsOf(contactId)) {
    await applyChanges(tx, segmentId, { join: [], leave: [contactId] }, 'data', now);
  }
  await tx.overrides.removeContact(contactId);
}

/** The ids rows give for the records they create, by row index (an empty id means "make one"). */
export function givenIds(rows: readonly Readonly<Record<string, unknown>>[]): Map<number, string> {
  const ids = new Map<number, string>();
  rows.forEach((row, index) => {
    if (typeof row.id === 'string' && row.id !== '') ids.set(index, row.id);
  });
  return ids;
}

function invalid(entity: string, problems: readonly Problem[]): EngineError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new EngineError(
    'INVALID_RECORD',
    `The ${entity} was not saved: ${first ? `${first.path}: ${first.message}` : 'it is not valid'}${more}`,
    problems,
  );
}

/**
 * The rows, each with its id: a row without one gets a new record id here, as the store would give
 * it, so that the journal names every record before the write starts.
 */
export function withIds(
  rows: readonly Readonly<Record<string, unknown>>[],
): readonly Readonly<Record<string, unknown>>[] {
  // Anything but an object is left for the store to refuse with its index.
  const needsId = (row: unknown) =>
    typeof row === 'object' && row !== null && !Array.isArray(row) && (row as { id?: unknown }).id == null;
  return rows.map((row) => (needsId(row) ? { ...row, id: newRecordId() } : row));
}
