import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What a write transaction read in the round trip that began it, where its backend reads anything
 * there (PostgreSQL reads every setting right after taking the writer lane's lock, in the same round
 * trip as `begin`; `backends/postgres/postgres-writer-lane.ts`). The settings are as a statement run
 * just after the lock would read them, which is all a later read in the transaction would see but for
 * the transaction's own writes, which the setting store adds as it makes them (`setting-store.ts`).
 * Saves every write on PostgreSQL the round trip that asked whether the live segments changed.
 */
export interface BeginReads {
  /** Every setting by key, when the begin read them; undefined when it did not. */
  settings?: Map<string, string>;
}

const current = new AsyncLocalStorage<BeginReads>();

/**
 * Runs `fn` with a fresh `BeginReads` that the transaction `fn` begins may fill (the lane's begin runs
 * within `fn`'s asynchronous context), and hands it to `fn` for the transaction's session.
 */
export function withBeginReads<T>(fn: (reads: BeginReads) => Promise<T>): Promise<T> {
  const reads: BeginReads = {};
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
