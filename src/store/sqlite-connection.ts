import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import { sqliteLowerFunction } from '../compile/index.ts';
import { foldCase } from '../schema/index.ts';

/**
 * The SQLite connection: one better-sqlite3 database. A file gets WAL mode (readers never wait for the
 * writer) and its folder is created when missing; `:memory:` is a private database for tests.
 */
export function sqliteDialect(filename: string): SqliteDialect {
  const inMemory = filename === ':memory:' || filename === '';
  if (!inMemory) mkdirSync(dirname(filename), { recursive: true });
  const database = new Database(filename);
  if (!inMemory) {
    database.pragma('journal_mode = WAL');
    // With WAL, NORMAL keeps the database consistent after a crash and only risks the last commits on power loss.
    database.pragma('synchronous = NORMAL');
  }
  // Another process (the CLI beside the server) may hold the write lock briefly: wait instead of failing.
  database.pragma('busy_timeout = 5000');
  // SQLite's lower() folds ASCII only; text conditions compare through the fold every backend shares.
  database.function(sqliteLowerFunction, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldCase(value) : value,
  );
  return new SqliteDialect({ database });
}
