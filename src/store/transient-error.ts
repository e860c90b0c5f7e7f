/**
 * Database errors that say "not now" rather than "never": another transaction holds a lock or won a
 * race, the server is restarting, the connection dropped. The request did nothing (its transaction
 * rolled back), so the client may send it again; the API answers 503 with `Retry-After`, not 500.
 */

/** PostgreSQL's codes (SQLSTATE) of a transient failure; class 08 (connection) is matched by prefix. */
const transientPgCodes: ReadonlySet<string> = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

/** Node's codes of a connection that failed or dropped. */
const transientNodeCodes: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/** True when `error` is a transient database failure (see the top of this file). */
export function isTransientDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (transientPgCodes.has(code) || (code.length === 5 && code.startsWith('08'))) return true;
    if (transientNodeCodes.has(code)) return true;
    // better-sqlite3: another process holds the write lock past the busy timeout.
    if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED') return true;
  }
  const message = error instanceof Error ? error.message : '';
  // node-postgres ends a query whose connection went away with these, without a code.
  return /^Connection terminated|^Client has encountered a connection error/.test(message);
}

/**
 * PostgreSQL's codes of a transaction that lost a race and rolled back whole: running it again may
 * succeed. A dropped connection is not among them: its commit may have happened.
 */
const conflictPgCodes: ReadonlySet<string> = new Set(['40001', '40P01', '55P03']);

/** True when `error` ended a transaction that can be run again as it was (see `conflictPgCodes`). */
export function isRetryableConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return conflictPgCodes.has(code) || code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_');
}
