import type { ErrorCodes } from '../../backend.ts';

/** better-sqlite3's code of a statement refused because another connection holds the lock it needs. */
export function isSqliteBusy(code: string): boolean {
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_');
}

/** SQLite's failures that say "not now": another process holds the write lock past the wait. */
export const sqliteErrors: ErrorCodes = {
  transient: (code) => code !== undefined && (isSqliteBusy(code) || code === 'SQLITE_LOCKED'),
  // A busy statement did nothing and its transaction holds no lock: running it again is safe.
  conflict: isSqliteBusy,
};
