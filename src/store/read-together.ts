import type { CompiledQuery, Kysely } from 'kysely';
import type { SegmintTables } from './tables.ts';

/**
 * A read made ready but not run: its statement, and what its rows give. Several can be run together
 * (`StoreSession.readTogether`), which a backend that pays a round trip per statement sends as one
 * (PostgreSQL: `Capabilities.readMany`); live maintenance reads a write's memberships and the records
 * its segments are decided from this way.
 */
export interface PreparedRead<T> {
  readonly query: CompiledQuery;
  /** The rows, when they are known without running `query` (read as the transaction began). */
  readonly known?: readonly unknown[];
  /** What the rows mean; may also keep them where its caller wants them. */
  decode(rows: readonly unknown[]): T;
}

/** `read` giving `then` of what it gives. */
export function mapRead<T, U>(read: PreparedRead<T>, then: (value: T) => U): PreparedRead<U> {
  return { query: read.query, known: read.known, decode: (rows) => then(read.decode(rows)) };
}

/** Runs one prepared read (none when its rows are known). */
export async function runRead<T>(db: Kysely<SegmintTables>, read: PreparedRead<T>): Promise<T> {
  if (read.known) return read.decode(read.known);
  const { rows } = await db.executeQuery(read.query);
  return read.decode(rows);
}

/**
 * Runs `reads` with `readMany` where given (one round trip for all), else one after another, and
 * gives what each gives, in order.
 */
export async function readTogether<T extends readonly unknown[]>(
  db: Kysely<SegmintTables>,
  reads: { readonly [K in keyof T]: PreparedRead<T[K]> },
  readMany?: (
    db: Kysely<SegmintTables>,
    queries: readonly CompiledQuery[],
  ) => Promise<unknown[][] | undefined>,
): Promise<T> {
  const all = reads as readonly PreparedRead<unknown>[];
  const asked = all.filter((read) => read.known === undefined);
  const rows =
    asked.length > 1 && readMany
      ? await readMany(
          db,
          asked.map((read) => read.query),
        )
      : undefined;
  const values: unknown[] = [];
  let next = 0;
  for (const read of all) {
    const found = read.known === undefined ? rows?.[next++] : undefined;
    values.push(found ? read.decode(found) : await runRead(db, read));
  }
  return values as unknown as T;
}
