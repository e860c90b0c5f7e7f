import type { BulkInsertResult, StoredRecord, StoreSession } from '../store/index.ts';
import { EngineError } from './engine-error.ts';
import type { EngineState } from './engine-state.ts';
import { liveSegments } from './registry-sync.ts';
import { applyChanges } from './membership-change.ts';
import { maintainAfterWrites } from './write-maintenance.ts';

/**
 * Writes through the engine: each write and the membership changes it causes commit in one
 * transaction, so a segment is right as soon as the write returns.
 */

/** Creates a record and brings every live segment up to date. */
export async function createRecord(
  state: EngineState,
  entity: string,
  values: Readonly<Record<string, unknown>>,
): Promise<StoredRecord> {
  const now = state.clock.now();
  return state.store.transaction(async (tx) => {
    const result = await tx.records.create(entity, values);
    if (!result.ok) throw invalid(entity, result.problems);
    await maintainAfterWrites(tx, await liveSegments(state, tx), [{ entity, after: result.record }], now);
    return result.record;
  });
}

/** Changes some attributes of a record (null clears one) and brings every live segment up to date. */
export async function updateRecord(
  state: EngineState,
  entity: string,
  id: string,
  patch: Readonly<Record<string, unknown>>,
): Promise<StoredRecord> {
  const now = state.clock.now();
  return state.store.transaction(async (tx) => {
    const before = await tx.records.get(entity, id);
    const result = before && (await tx.records.update(entity, id, patch, before));
    if (!result) throw new EngineError('NOT_FOUND', `There is no ${entity} "${id}".`);
    if (!result.ok) throw invalid(entity, result.problems);
    await maintainAfterWrites(
      tx,
      await liveSegments(state, tx),
      [{ entity, before, after: result.record }],
      now,
    );
    return result.record;
  });
}

/** Deletes a record; a deleted contact leaves every segment it was in, with its overrides forgotten. */
export async function deleteRecord(state: EngineState, entity: string, id: string): Promise<void> {
  const now = state.clock.now();
  await state.store.transaction(async (tx) => {
    const before = await tx.records.get(entity, id);
    if (!before) throw new EngineError('NOT_FOUND', `There is no ${entity} "${id}".`);
    await tx.records.delete(entity, id);
    // The contact leaves every segment, static ones and those that read others included, so nothing
    // downstream needs it re-checked; contacts linked to it are found by the maintenance below.
    if (entity === 'contact') await leaveEverySegment(tx, id, now);
    await maintainAfterWrites(tx, await liveSegments(state, tx), [{ entity, before }], now);
  });
}

/**
 * Inserts many records (a CSV import, a bulk load) and re-checks each live segment once for the batch.
 * Bad rows are reported by index and the good ones still land.
 */
export async function bulkInsertRecords(
  state: EngineState,
  entity: string,
  rows: readonly Readonly<Record<string, unknown>>[],
): Promise<BulkInsertResult> {
  const now = state.clock.now();
  return state.store.transaction(async (tx) => {
    const result = await tx.records.bulkInsert(entity, rows);
    if (result.ids.length > 0) {
      const inserted = await tx.records.getMany(entity, result.ids);
      const changes = inserted.map((after) => ({ entity, after }));
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

function invalid(
  entity: string,
  problems: readonly { code: string; message: string; path: string }[],
): EngineError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new EngineError(
    'INVALID_RECORD',
    `The ${entity} was not saved: ${first ? `${first.path}: ${first.message}` : 'it is not valid'}${more}`,
    problems,
  );
}
