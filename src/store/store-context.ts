import { sql, type CompiledQuery, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { EntityDef, Schema } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import { withBeginReads, type BeginReads, type HeldMemberships } from './begin-reads.ts';
import { UnknownEntityError } from './errors.ts';
import type { SegmintTables, StoreDialect } from './tables.ts';

/** What every part of the store works with: the dialect, a connection (or open transaction), the schema, the clock. */
export interface StoreContext {
  readonly dialect: StoreDialect;
  readonly db: Kysely<SegmintTables>;
  readonly inTransaction: boolean;
  /** In a transaction: what its begin read, when its backend reads anything there (`begin-reads.ts`). */
  readonly beginReads?: BeginReads;
  schema(): Schema;
  /**
   * The schema as the database holds it now, reloaded first when another process added to it; on a
   * transaction, read inside it.
   */
  syncSchema?(db: Kysely<SegmintTables>): Promise<Schema>;
  now(): Date;
}

/**
 * Runs `fn` in a transaction: a new one, or the one `context` is already in (Kysely does not nest
 * transactions, and the work belongs to the outer one anyway). `ahead` are the reads `fn` makes before
 * it writes anything, which the backend may make as the transaction begins (`begin-reads.ts`).
 */
export async function inTransaction<T>(
  context: StoreContext,
  fn: (context: StoreContext) => Promise<T>,
  ahead: readonly CompiledQuery[] = [],
  memberships?: HeldMemberships,
): Promise<T> {
  if (context.inTransaction) return fn(context);
  return withBeginReads(
    (beginReads) =>
      context.db.transaction().execute((trx) => fn({ ...context, db: trx, inTransaction: true, beginReads })),
    ahead,
    memberships,
  );
}

/** The entity named `name`, or an `UnknownEntityError`. */
export function entityOf(context: StoreContext, name: string): EntityDef {
  const entity = context.schema().entity(name);
  if (!entity) throw new UnknownEntityError(name);
  return entity;
}

/** `items` in slices of at most `size`, for statements that must stay within a database's parameter limit. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Orders ids as both databases do (by code unit; PostgreSQL id columns use the "C" collation). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids sorted by `compareIds`. */
export function sortIds(ids: Iterable<string>): string[] {
  return [...ids].sort(compareIds);
}

/**
 * `ids` in `compareIds` order: an array already in order as it is (a pass of comparisons), anything
 * else sorted. A go-live's ids from the columnar image come in order (143,185 at 1M: 10 ms to sort).
 */
export function inIdOrder(ids: Iterable<string>): readonly string[] {
  if (!Array.isArray(ids)) return sortIds(ids);
  const list = ids as readonly string[];
  for (let i = 1; i < list.length; i++)
    if (compareIds(list[i - 1] as string, list[i] as string) > 0) return sortIds(list);
  return list;
}

/** How many ids one `in (…)` list carries. */
export const idsPerStatement = 500;

/**
 * `column` is one of `ids`, bound as one parameter (a JSON array on SQLite, a text array on
 * PostgreSQL): one statement however many ids, and one statement text, so the statement is prepared
 * once instead of once per list length.
 */
export function idIn(context: StoreContext, column: string, ids: readonly string[]): Expression<SqlBool> {
  return backends[context.dialect].sql.idIn(sql.ref(column), ids);
}
