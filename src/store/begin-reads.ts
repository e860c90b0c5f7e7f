import { AsyncLocalStorage } from 'node:async_hooks';
import type { CompiledQuery } from 'kysely';

/**
 * What a write transaction read in the round trip that began it, where its backend reads anything
 * there (PostgreSQL reads every setting right after taking the writer lane's lock, in the same round
 * trip as `begin`; `backends/postgres/postgres-writer-lane.ts`). The settings are as a statement run
 * just after the lock would read them, which is all a later read in the transaction would see but for
 * the transaction's own writes, which the setting store adds as it makes them (`setting-store.ts`).
 * Saves every write on PostgreSQL the round trip that asked whether the live segments changed.
 *
 * A transaction may also name the reads its first statements will make (`ahead`: the record an update
 * changes, the records a new record's lookups name), which the begin then makes too; each statement
 * takes its rows (`takeReadAhead`) instead of asking the database again, once.
 */
export interface BeginReads {
  /** Every setting by key, when the begin read them; undefined when it did not. */
  settings?: Map<string, string>;
  /** The reads the transaction's first statements will make, in the order they make them. */
  readonly ahead: readonly CompiledQuery[];
  /** The rows of those the begin made, by `aheadKey`. */
  readonly aheadRows: Map<string, readonly unknown[]>;
  /** Memberships named to be read first (one of `ahead`), which answer any read of fewer of them. */
  readonly memberships?: HeldMemberships;
}

/**
 * The memberships of some contacts in some segments and the contacts' overrides, read as the
 * transaction began (`FirstReads.memberships`): a later read of memberships among them takes its rows
 * from these (`member-store.ts`) until the transaction changes a membership or an override (`spent`).
 */
export interface HeldMemberships {
  readonly contacts: ReadonlySet<string>;
  readonly segments: ReadonlySet<string>;
  /** The statement the begin ran, one of `BeginReads.ahead`. */
  readonly query: CompiledQuery;
  /** Its rows, once taken from `aheadRows`. */
  rows?: readonly unknown[];
  /** Set by the first write of a membership or an override: the rows may be out of date after it. */
  spent?: boolean;
}

/** Marks the memberships read at the begin as out of date: the transaction is changing some. */
export function spendHeldMemberships(reads: BeginReads | undefined): void {
  if (reads?.memberships) reads.memberships.spent = true;
}

const current = new AsyncLocalStorage<BeginReads>();

/**
 * Runs `fn` with a fresh `BeginReads` that the transaction `fn` begins may fill (the lane's begin runs
 * within `fn`'s asynchronous context), and hands it to `fn` for the transaction's session. `ahead` are
 * the reads the transaction will make before it writes anything.
 */
export function withBeginReads<T>(
  fn: (reads: BeginReads) => Promise<T>,
  ahead: readonly CompiledQuery[] = [],
  memberships?: HeldMemberships,
): Promise<T> {
  // A fresh record each time: a transaction tried again must not take what an earlier try read.
  const held = memberships && {
    contacts: memberships.contacts,
    segments: memberships.segments,
    query: memberships.query,
  };
  const reads: BeginReads = { ahead, aheadRows: new Map(), ...(held && { memberships: held }) };
  return current.run(reads, () => fn(reads));
}

/**
 * The `BeginReads` of the transaction now beginning, if its caller asked for one and no transaction
 * began with it yet: another transaction begun in the same asynchronous context (which would see
 * none of the first one's writes) never replaces what the first one read.
 */
export function beginReadsHere(): BeginReads | undefined {
  const reads = current.getStore();
  return reads?.settings === undefined ? reads : undefined;
}

/** Keeps the rows the begin read for `query`, one of `reads.ahead`. */
export function keepReadAhead(reads: BeginReads, query: CompiledQuery, rows: readonly unknown[]): void {
  reads.aheadRows.set(aheadKey(query), rows);
}

/**
 * The rows `query` reads, if the transaction's begin read them (the same statement text and parameters,
 * read once in the begin's round trip, before any write of the transaction); each is given once, so a
 * statement run again after a write asks the database.
 */
export function takeReadAhead<R>(
  reads: BeginReads | undefined,
  query: CompiledQuery<R>,
): readonly R[] | undefined {
  if (!reads || reads.aheadRows.size === 0) return undefined;
  const key = aheadKey(query);
  const rows = reads.aheadRows.get(key);
  reads.aheadRows.delete(key);
  return rows as readonly R[] | undefined;
}

function aheadKey(query: CompiledQuery): string {
  return `${query.sql}\u0000${JSON.stringify(query.parameters)}`;
}
