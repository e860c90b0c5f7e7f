import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type TransactionSettings,
} from 'kysely';
import { pgChannelSql } from './change-feed.ts';

/**
 * One writer lane per database: every read-write transaction of every process on one database runs
 * one after another, so the membership re-checks a write starts see every write committed before it
 * and nothing commits beside them (docs/DESIGN.md, "Several processes, one database").
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

/** The first key of Segmint's advisory locks ("Seg" in ASCII); the second is the schema's hash. */
export const advisoryLockClass = 0x536567;

/** The statement that enters the lane; sent with `begin` as one simple query, one round trip for both. */
const pgTakeLane = `select pg_advisory_xact_lock(${advisoryLockClass}, hashtext(current_schema()))`;

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

/**
 * PostgreSQL: read-write transactions take the schema's advisory lock as they begin, and queue a
 * notification carrying `tag` on the schema's channel, which PostgreSQL sends only if the transaction
 * commits (`change-feed.ts`).
 */
export function pgWriterLane(dialect: Dialect, tag: string): Dialect {
  const enter = `${pgTakeLane}; select pg_notify(${pgChannelSql()}, '${tag.replaceAll("'", "''")}')`;
  return inWriterLane(dialect, async (inner, connection, settings) => {
    if (settings.accessMode === 'read only') {
      await inner.beginTransaction(connection, settings);
      return;
    }
    const begin = settings.isolationLevel
      ? `start transaction isolation level ${settings.isolationLevel}`
      : 'begin';
    try {
      await connection.executeQuery(CompiledQuery.raw(`${begin}; ${enter}`));
    } catch (error) {
      // The begin ran and the lock did not (a time limit, a cancel): Kysely does not roll back a
      // transaction that failed to begin, and the pooled connection would stay in an aborted one.
      await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * SQLite: `begin immediate`, and every statement, retried without blocking while another process
 * holds the file's lock. The connection's own busy timeout is 0, so SQLite answers "busy" at once and
 * this process's event loop keeps serving while it waits here; a statement that got "busy" did
 * nothing, so running it again is safe. Past `waitMs` the busy error reaches the caller (a 503).
 */
export function sqliteWriterLane(dialect: Dialect, options: { readonly waitMs: number }): Dialect {
  const patiently = <T>(run: () => Promise<T>) => retryWhileBusy(run, options.waitMs);
  return inWriterLane(
    dialect,
    async (_inner, connection) => {
      // `connection` is the wrapped one below: the begin waits as every statement does.
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    },
    (connection) => ({
      executeQuery: (query) => patiently(() => connection.executeQuery(query)),
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    }),
  );
}

async function retryWhileBusy<T>(run: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() >= deadline) throw error;
    }
    await sleep(Math.min(backoffMs(attempt), Math.max(1, deadline - Date.now())));
  }
}

/** 1, 2, 4 … up to 50 ms, with jitter so that waiting processes do not retry in step. */
export function backoffMs(attempt: number): number {
  const ceiling = Math.min(50, 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

function sleep(ms: number): Promise<void> {
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
