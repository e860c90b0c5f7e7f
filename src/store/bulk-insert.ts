import { sql } from 'kysely';
import type { AttributeValue, Problem } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import { computedValues } from './computed-values.ts';
import { prepareInput, stampValues } from './record-input.ts';
import { newRecordId } from './record-id.ts';
import { reusedIdProblem } from './record-tombstones.ts';
import { chunks, entityOf, idIn, inTransaction, type StoreContext } from './store-context.ts';
import { encodeValues, fullRecord, type StoredRecord } from './stored-record.ts';
import type { ColumnValue, EntityRow } from './tables.ts';

/** What a bulk insert did: the ids it inserted, in input order, and each rejected row by its index. */
export interface BulkInsertResult {
  readonly inserted: number;
  readonly ids: readonly string[];
  /** The inserted records as stored (as `create` gives back its record), in the order of `ids`. */
  readonly records: readonly StoredRecord[];
  readonly rejected: readonly { readonly index: number; readonly problems: readonly Problem[] }[];
}

/** What a bulk insert may take as known. */
export interface BulkInsertOptions {
  /**
   * Ids the caller's transaction looked for among the entity's records and did not find: a row giving
   * one is only checked against the ids of deleted records, not asked for again.
   */
  readonly absent?: ReadonlySet<string>;
}

/**
 * Rows per statement, so one statement stays a reasonable size (and within its backend's
 * `maxParameters`).
 */
const maxRowsPerStatement = 1_000;

/**
 * Inserts `rows` into `entity`: each row is checked as `create` would check it, rows with problems (or
 * an id already taken, in the database or earlier in `rows`, or once taken by a deleted record) are
 * reported by index, and the good rows go in inside one transaction: with multi-row INSERTs on SQLite,
 * with one `COPY … FROM STDIN` on PostgreSQL (`pg-copy.ts`; the same stored values). The rows in
 * `refused` are checked too and reported with the problems given there, but never inserted.
 */
export async function bulkInsert(
  context: StoreContext,
  entity: string,
  rows: readonly Readonly<Record<string, unknown>>[],
  refused: ReadonlyMap<number, readonly Problem[]> = new Map(),
  options: BulkInsertOptions = {},
): Promise<BulkInsertResult> {
  const def = entityOf(context, entity);
  const now = context.now().toISOString();
  const rejected = new Map<number, readonly Problem[]>();
  const good: { index: number; id: string; values: Record<string, AttributeValue> }[] = [];
  // Ids the rows give: an id made here (a UUIDv7) is neither taken nor a deleted record's.
  const given: string[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const prepared = prepareInput(def, row);
    const theirs = refused.get(index);
    if (!prepared.ok || theirs) {
      rejected.set(index, [...(prepared.ok ? [] : prepared.problems), ...(theirs ?? [])]);
      return;
    }
    const id = prepared.id ?? newRecordId();
    if (seen.has(id)) {
      rejected.set(index, [duplicate(id, 'appears earlier in the same batch')]);
      return;
    }
    seen.add(id);
    if (prepared.id !== undefined) given.push(id);
    const computed = computedValues(def, prepared.values, prepared.values);
    good.push({ index, id, values: stampValues(def, { ...prepared.values, ...computed }, 'create', now) });
  });

  const inserted = await inTransaction(context, async (tx) => {
    const { taken, buried } = await usedIds(tx, entity, given, options.absent);
    const toInsert = good.filter((row) => {
      if (taken.has(row.id)) rejected.set(row.index, [duplicate(row.id, 'already exists')]);
      else if (buried.has(row.id)) rejected.set(row.index, [reusedIdProblem(def.displayName, row.id)]);
      else return true;
      return false;
    });
    const encoded: Record<string, ColumnValue>[] = toInsert.map((row) => ({
      id: row.id,
      ...encodeValues(context.dialect, def, row.values),
    }));
    await insertRows(tx, entity, encoded);
    return toInsert;
  });

  return {
    inserted: inserted.length,
    ids: inserted.map((row) => row.id),
    records: inserted.map((row) => fullRecord(def, row.id, row.values)),
    rejected: [...rejected.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, problems]) => ({ index, problems })),
  };
}

/**
 * The ids among `ids` that records of `entity` have now (`taken`) or had before they were deleted
 * (`buried`), asked in one statement; those in `absent` are known not to be taken.
 */
async function usedIds(
  tx: StoreContext,
  entity: string,
  ids: readonly string[],
  absent: ReadonlySet<string> = new Set(),
): Promise<{ taken: Set<string>; buried: Set<string> }> {
  const taken = new Set<string>();
  const buried = new Set<string>();
  if (ids.length === 0) return { taken, buried };
  const unknown = absent.size === 0 ? ids : ids.filter((id) => !absent.has(id));
  const tombstones = tx.db
    .selectFrom('sm_record_tombstone')
    .select(['id', sql<number>`1`.as('deleted')])
    .where('entity', '=', entity)
    .where(idIn(tx, 'id', ids));
  const rows =
    unknown.length === 0
      ? await tombstones.execute()
      : await tx.db
          .selectFrom(entity)
          .select(['id', sql<number>`0`.as('deleted')])
          .where(idIn(tx, 'id', unknown))
          .unionAll(tombstones)
          .execute();
  for (const row of rows) (row.deleted === 1 ? buried : taken).add(String(row.id));
  return { taken, buried };
}

/** How `insertRows` loads rows: the store's choice for its database, or one way named (for tests). */
export type LoadMethod = 'default' | 'insert' | 'copy';

/**
 * Writes encoded rows into `entity`'s table in `context`'s transaction: multi-row INSERTs, or by
 * default the backend's `copyRows` where it has one (PostgreSQL's COPY). Columns a row lacks are null.
 */
export async function insertRows(
  context: StoreContext,
  entity: string,
  encoded: readonly EntityRow[],
  method: LoadMethod = 'default',
): Promise<void> {
  if (encoded.length === 0) return;
  const columns = [...new Set(encoded.flatMap((row) => Object.keys(row)))];
  const backend = backends[context.dialect];
  const { copyRows } = backend.capabilities;
  const copy = method === 'copy' || (method === 'default' && copyRows !== undefined);
  if (copy) {
    if (!copyRows) throw new Error(`COPY is not available on ${context.dialect}`);
    await copyRows(context.db, entity, columns, encoded);
    return;
  }
  // A multi-row VALUES list needs the same columns in every row; SQLite has no DEFAULT there, so null.
  const rowsPerStatement = Math.max(
    1,
    Math.min(maxRowsPerStatement, Math.floor(backend.maxParameters / columns.length)),
  );
  for (const slice of chunks(encoded, rowsPerStatement)) {
    const values = slice.map((row) => {
      const full: Record<string, ColumnValue> = {};
      for (const column of columns) full[column] = row[column] ?? null;
      return full;
    });
    await context.db.insertInto(entity).values(values).execute();
  }
}

function duplicate(id: string, why: string): Problem {
  return { code: 'DUPLICATE_ID', message: `A record with id "${id}" ${why}.`, path: 'id' };
}
