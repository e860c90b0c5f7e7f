import type { ErrorCodes } from '../../backend.ts';

/** PostgreSQL's codes (SQLSTATE) of a transient failure; class 08 (connection) is matched by prefix. */
const transientCodes: ReadonlySet<string> = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

/**
 * PostgreSQL's codes of a transaction that lost a race and rolled back whole: running it again may
 * succeed. A dropped connection is not among them: its commit may have happened.
 */
const conflictCodes: ReadonlySet<string> = new Set(['40001', '40P01', '55P03']);

/** PostgreSQL's (and node-postgres's) failures that say "not now". */
export const postgresErrors: ErrorCodes = {
  transient: (code, message) =>
    (code !== undefined && (transientCodes.has(code) || (code.length === 5 && code.startsWith('08')))) ||
    // node-postgres ends a query whose connection went away, or whose server did not answer in time
    // (`postgres-connection.ts`), with these, without a code.
    /^Connection terminated|^Client has encountered a connection error|^Query read timeout|^timeout exceeded when trying to connect/.test(
      message,
    ),
  conflict: (code) => conflictCodes.has(code),
};
