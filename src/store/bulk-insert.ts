import type { AttributeValue, Problem } from '../schema/index.ts';
import { computedValues } from './computed-values.ts';
import { prepareInput, stampValues } from './record-input.ts';
import { newRecordId } from './record-id.ts';
import { chunks, entityOf, idsPerStatement, inTransaction, type StoreContext } from './store-context.ts';
import { encodeValues } from './stored-record.ts';
import type { ColumnValue, StoreDialect } from './tables.ts';

/** What a bulk insert did: the ids it inserted, in input order, and each rejected row by its index. */
export interface BulkInsertResult {
  readonly inserted: number;
  readonly ids: readonly string[];
  readonly rejected: readonly { readonly index: number; readonly problems: readonly Problem[] }[];
}

/**
 * Bound parameters per statement, under each database's limit (SQLite 32,766; PostgreSQL 65,535), and
 * rows per statement, so one statement stays a reasonable size.
 */
const maxParameters: Readonly<Record<StoreDialect, number>> = { sqlite: 30_000, postgres: 60_000 };
const maxRowsPerStatement = 1_000;

/**
 * Inserts `rows` into `entity`: each row is checked as `create` would check it, rows with problems (or
 * an id already taken, in the database or earlier in `rows`) are reported by index, and the good rows
 * go in with multi-row INSERTs inside one transaction.
 */
export async function bulkInsert(
  context: StoreContext,
  entity: string,
  rows: readonly Readonly<Record<string, unknown>>[],
): Promise<BulkInsertResult> {
  const def = entityOf(context, entity);
  const now = context.now().toISOString();
  const rejected = new Map<number, readonly Problem[]>();
  const good: { index: number; id: string; values: Record<string, AttributeValue> }[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const prepared = prepareInput(def, row);
    if (!prepared.ok) {
      rejected.set(index, prepared.problems);
      return;
    }
    const id = prepared.id ?? newRecordId();
    if (seen.has(id)) {
      rejected.set(index, [duplicate(id, 'appears earlier in the same batch')]);
      return;
    }
    seen.add(id);
    const computed = computedValues(def, prepared.values, prepared.values);
    good.push({ index, id, values: stampValues(def, { ...prepared.values, ...computed }, 'create', now) });
  });

  const inserted = await inTransaction(context, async (tx) => {
    const taken = new Set<string>();
    for (const slice of chunks(good, idsPerStatement)) {
      const existing = await tx.db
        .selectFrom(entity)
        .select('id')
        .where(
          'id',
          'in',
          slice.map((row) => row.id),
        )
        .execute();
      for (const row of existing) taken.add(row.id as string);
    }
    const toInsert = good.filter((row) => {
      if (!taken.has(row.id)) return true;
      rejected.set(row.index, [duplicate(row.id, 'already exists')]);
      return false;
    });
    const encoded: Record<string, ColumnValue>[] = toInsert.map((row) => ({
      id: row.id,
      ...encodeValues(context.dialect, def, row.values),
    }));
    const columns = [...new Set(encoded.flatMap((row) => Object.keys(row)))];
    // A multi-row VALUES list needs the same columns in every row; SQLite has no DEFAULT there, so null.
    const rowsPerStatement = Math.max(
      1,
      Math.min(maxRowsPerStatement, Math.floor(maxParameters[context.dialect] / columns.length)),
    );
    for (const slice of chunks(encoded, rowsPerStatement)) {
      const values = slice.map((row) => {
        const full: Record<string, ColumnValue> = {};
        for (const column of columns) full[column] = row[column] ?? null;
        return full;
      });
      await tx.db.insertInto(entity).values(values).execute();
    }
    return toInsert;
  });

  return {
    inserted: inserted.length,
    ids: inserted.map((row) => row.id),
    rejected: [...rejected.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, problems]) => ({ index, problems })),
  };
}

function duplicate(id: string, why: string): Problem {
  return { code: 'duplicate_id', message: `A record with id "${id}" ${why}.`, path: 'id' };
}
