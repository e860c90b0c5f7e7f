import type { DatabaseConnection, Dialect, Driver, TransactionSettings } from 'kysely';

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

/** A Kysely dialect whose driver begins transactions in the writer lane. */
export function inWriterLane(
  dialect: Dialect,
  begin: (inner: Driver, connection: DatabaseConnection, settings: TransactionSettings) => Promise<void>,
  wrap: (connection: DatabaseConnection) => DatabaseConnection = (connection) => connection,
): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => laneDriver(dialect.createDriver(), begin, wrap),
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
    commitTransaction: (connection) => inner.commitTransaction(connection),
    rollbackTransaction: (connection) => inner.rollbackTransaction(connection),
    ...(inner.savepoint && { savepoint: inner.savepoint.bind(inner) }),
    ...(inner.rollbackToSavepoint && { rollbackToSavepoint: inner.rollbackToSavepoint.bind(inner) }),
    ...(inner.releaseSavepoint && { releaseSavepoint: inner.releaseSavepoint.bind(inner) }),
    releaseConnection: (connection) => inner.releaseConnection(unwrap(connection)),
    destroy: () => inner.destroy(),
  };
}
