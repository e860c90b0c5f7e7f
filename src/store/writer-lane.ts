import type { DatabaseConnection, Dialect, Driver, TransactionSettings } from 'kysely';
import { TimeLimitError } from './time-limit-error.ts';

/**
 * One writer lane per database: every read-write transaction of every process on one database runs
 * one after another, so the membership re-checks a write starts see every write committed before it
 * and nothing commits beside them (docs/DESIGN.md, "Several processes, one database").
 *
 * Each backend enters the lane its own way (`backends/<name>/<name>-writer-lane.ts`):
 *
 * - PostgreSQL: each read-write transaction begins by taking a transaction-scoped advisory lock keyed
 *   by the PostgreSQL schema it works in (`pg_advisory_xact_lock`), in the same round trip as `begin`;
 *   it is released by the commit or rollback. Read-only transactions (`Store.read`) never take it.
 * - SQLite: each transaction begins with `begin immediate`, which takes the file's write lock at once
 *   (a deferred `begin` would fail at its first write when another process wrote since it began). While
 *   another process holds the lock, the begin (and any statement outside a transaction) is retried
 *   after a short sleep, so this process's event loop keeps serving meanwhile; past `waitMs` it fails
 *   as SQLite's busy error (a 503 over HTTP).
 */

/**
 * The queue of one process (one store) in front of the lane: its write transactions wait here, in
 * order, and only the first holds a pooled connection and waits for the database's lane. Without it,
 * 8 writes in flight held 8 of the pool's connections in the database's lock queue (leaving readings
 * 2), and PostgreSQL handed the lock from waiter to waiter more slowly than this queue does: 16
 * clients through 2 processes wrote 0.57× as much as 1 client (BENCHMARKS.md).
 *
 * The queue is for speed only: the database's lane keeps writes apart whatever it does. So a
 * transaction that has not finished `limitMs` plus 2 s after its turn came (a connection lost in a way
 * its client never reports) lets the next one go rather than hold every later write of the process.
 */
export class LaneQueue {
  #tail: Promise<void> = Promise.resolve();

  /**
   * Runs `work` once every transaction queued before it has finished. With `limitMs`, a transaction
   * still waiting for its turn after that long fails with `TimeLimitError` (a 503) and never runs, as
   * the database's statement limit ends a wait for its lock.
   */
  run<T>(work: () => Promise<T>, limitMs?: number): Promise<T> {
    const before = this.#tail;
    let gaveUp = false;
    const turn =
      limitMs === undefined
        ? before
        : new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => {
              gaveUp = true;
              reject(new TimeLimitError(limitMs));
            }, limitMs);
            void before.then(() => {
              clearTimeout(timer);
              resolve();
            });
          });
    const result = turn.then(() => work());
    // The next waits for this one's turn and then its work, whether it succeeds or fails; one that
    // gave up waiting lets the next go as soon as its own turn comes.
    this.#tail = before.then(() =>
      gaveUp ? undefined : settledOrLate(result, limitMs === undefined ? undefined : limitMs + 2_000),
    );
    return result;
  }
}

/** Resolves when `work` settles, or after `lateMs` when given, whichever comes first. */
function settledOrLate(work: Promise<unknown>, lateMs: number | undefined): Promise<void> {
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  if (lateMs === undefined) return settled;
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, lateMs);
    timer.unref();
    void settled.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * A Kysely dialect whose driver begins transactions in the writer lane, and calls `afterCommit`
 * (when given) once each transaction has committed.
 */
export function inWriterLane(
  dialect: Dialect,
  begin: (inner: Driver, connection: DatabaseConnection, settings: TransactionSettings) => Promise<void>,
  wrap: (connection: DatabaseConnection) => DatabaseConnection = (connection) => connection,
  afterCommit: () => void = () => undefined,
): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => laneDriver(dialect.createDriver(), begin, wrap, afterCommit),
  };
}

/** 1, 2, 4 … up to 50 ms, with jitter so that waiting processes do not retry in step. */
export function backoffMs(attempt: number): number {
  const ceiling = Math.min(50, 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The inner driver with its transactions begun by `begin` and its connections seen through `wrap`
 * (the inner driver gets its own connection objects back).
 */
function laneDriver(
  inner: Driver,
  begin: (inner: Driver, connection: DatabaseConnection, settings: TransactionSettings) => Promise<void>,
  wrap: (connection: DatabaseConnection) => DatabaseConnection,
  afterCommit: () => void,
): Driver {
  const innerOf = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const unwrap = (connection: DatabaseConnection) => innerOf.get(connection) ?? connection;
  return {
    init: () => inner.init(),
    async acquireConnection() {
      const connection = await inner.acquireConnection();
      const wrapped = wrap(connection);
      innerOf.set(wrapped, connection);
      return wrapped;
    },
    beginTransaction: (connection, settings) => begin(inner, connection, settings),
    async commitTransaction(connection) {
      await inner.commitTransaction(connection);
      afterCommit();
    },
    rollbackTransaction: (connection) => inner.rollbackTransaction(connection),
    ...(inner.savepoint && { savepoint: inner.savepoint.bind(inner) }),
    ...(inner.rollbackToSavepoint && { rollbackToSavepoint: inner.rollbackToSavepoint.bind(inner) }),
    ...(inner.releaseSavepoint && { releaseSavepoint: inner.releaseSavepoint.bind(inner) }),
    releaseConnection: (connection) => inner.releaseConnection(unwrap(connection)),
    destroy: () => inner.destroy(),
  };
}
