import type { Problem } from '../schema/index.ts';
import { idProblem, type StoredRecord, type StoreSession } from '../store/index.ts';
import type { EngineState } from './engine-state.ts';
import { givenIds } from './record-writes.ts';
import { liveSegments } from './registry-sync.ts';
import { maintainAfterWrites, type RecordChange } from './maintenance/write-maintenance.ts';

/** What an upsert did: the ids it created and updated, and each refused row by its index in the input. */
export interface UpsertResult {
  /** The id of each row that created a record, in input order. */
  readonly created: readonly string[];
  /** The id of each row that updated a record, in input order (once per row). */
  readonly updated: readonly string[];
  readonly rejected: readonly { readonly index: number; readonly problems: readonly Problem[] }[];
}

type Row = Readonly<Record<string, unknown>>;

/**
 * Writes a batch of rows (a CSV import): a row whose `id` names an existing record updates it, every
 * other row creates one. Bad rows (a lookup naming no record among them) are reported by index and the
 * good ones land. The whole batch is one transaction with one re-check per live segment, so live
 * membership follows the batch as a whole.
 */
export async function upsertRecords(
  state: EngineState,
  entity: string,
  rows: readonly Row[],
): Promise<UpsertResult> {
  const now = state.clock.now();
  return state.store.transaction(async (tx) => {
    const before = await existingRecords(tx, entity, rows);
    const creates: { index: number; row: Row }[] = [];
    const updates: { index: number; id: string; row: Row }[] = [];
    const createdHere = new Set<string>();
    rows.forEach((row, index) => {
      const id = idOf(row);
      if (id !== undefined && (before.has(id) || createdHere.has(id))) updates.push({ index, id, row });
      else {
        if (id !== undefined) createdHere.add(id);
        creates.push({ index, row });
      }
    });

    const rejected = new Map<number, readonly Problem[]>();
    const createRows = creates.map((c) => c.row);
    const dangling = await tx.records.referenceProblems(entity, createRows, givenIds(createRows));
    // The ids the creates give were all looked for above and not found: no second look.
    const inserted = await tx.records.bulkInsert(entity, createRows, dangling, { absent: createdHere });
    for (const r of inserted.rejected) {
      const original = creates[r.index];
      if (original) rejected.set(original.index, r.problems);
    }

    // A record keeps its first image (before the batch) and its last; the maintenance needs only those.
    const after = new Map<string, StoredRecord>();
    for (const record of inserted.records) after.set(record.id, record);
    const updated: string[] = [];
    // Checked after the creates, so an update may name a record this batch created.
    const danglingUpdates = await tx.records.referenceProblems(
      entity,
      updates.map((u) => u.row),
    );
    for (const [position, { index, id, row }] of updates.entries()) {
      const problems = danglingUpdates.get(position);
      if (problems) {
        rejected.set(index, problems);
        continue;
      }
      const result = await tx.records.update(entity, id, row);
      if (!result) {
        rejected.set(index, [notFound(id)]);
      } else if (!result.ok) {
        rejected.set(index, result.problems);
      } else {
        after.set(id, result.record);
        updated.push(id);
      }
    }

    const changes: RecordChange[] = [...after.values()].map((record) => ({
      entity,
      before: before.get(record.id),
      after: record,
    }));
    if (changes.length > 0) await maintainAfterWrites(tx, await liveSegments(state, tx), changes, now);
    return {
      created: inserted.ids,
      updated,
      rejected: [...rejected.entries()]
        .sort(([a], [b]) => a - b)
        .map(([index, problems]) => ({ index, problems })),
    };
  });
}

/** The records that the rows' ids name and that exist now, by id. */
async function existingRecords(
  tx: StoreSession,
  entity: string,
  rows: readonly Row[],
): Promise<Map<string, StoredRecord>> {
  const ids = [...new Set(rows.map(idOf).filter((id): id is string => id !== undefined))];
  const found = await tx.records.getMany(entity, ids);
  return new Map(found.map((record) => [record.id, record]));
}

/**
 * A row's id when it gives a valid one (an empty cell means "create with a new id"). An invalid id
 * (a control character, say, which PostgreSQL cannot even compare) goes to the create, which refuses it.
 */
function idOf(row: Row): string | undefined {
  const id = row.id;
  return typeof id === 'string' && id !== '' && idProblem(id) === undefined ? id : undefined;
}

function notFound(id: string): Problem {
  return {
    code: 'NOT_FOUND',
    message: `There is no record with id "${id}" (its creation earlier in the batch was refused).`,
    path: 'id',
  };
}
