import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDialect, type Dialect, type SqliteDatabase } from 'kysely';
import { sqliteLowerFunction } from '../../../compile/index.ts';
import { checkpointsBeside } from './sqlite-checkpoints.ts';
import { registerSegmintFunctions, type SqliteFunctionNames } from './sqlite-functions.ts';
import { sqliteWriterLane } from './sqlite-writer-lane.ts';

/** The SQL functions every connection to a Segmint database has (`sqlite-functions.ts`). */
export const sqliteFunctionNames: SqliteFunctionNames = { lower: sqliteLowerFunction };

/**
 * The SQLite connection: one better-sqlite3 database. A file gets WAL mode (readers never wait for the
 * writer) and its folder is created when missing; `:memory:` is a private database for tests. Every
 * transaction is a write transaction in the file's writer lane (`writer-lane.ts`), waiting up to
 * `lockWaitMs` for another process to finish its own.
 */
export function sqliteDialect(
  filename: string,
  lockWaitMs: number,
  checkpoint?: () => Promise<void>,
): Dialect {
  const inMemory = filename === ':memory:' || filename === '';
  if (!inMemory) mkdirSync(dirname(filename), { recursive: true });
  const database = new Database(filename);
  if (!inMemory) {
    database.pragma('busy_timeout = 5000');
    database.pragma('journal_mode = WAL');
    // With WAL, NORMAL keeps the database consistent after a crash and only risks the last commits on power loss.
    database.pragma('synchronous = NORMAL');
    // A checkpoint copies the WAL into the file and syncs it, on the commit that crosses the threshold:
    // at SQLite's default of 1,000 pages that is one write in a hundred under live maintenance, which
    // then waits several milliseconds. 10,000 pages (about 40 MB of WAL) makes it one in a thousand.
    database.pragma('wal_autocheckpoint = 10000');
  }
  // With readers in other processes, they run the checkpoints instead, beside the writer (`sqlite-checkpoints.ts`).
  const checkpoints = checkpoint && !inMemory ? checkpointsBeside(database, checkpoint) : undefined;
  // Another process (the CLI beside the server) may hold the write lock: SQLite answers "busy" at once,
  // and the lane waits for it without holding the event loop (`writer-lane.ts`). Setting up WAL above
  // may wait, holding it, as the process starts.
  database.pragma('busy_timeout = 0');
  registerSegmintFunctions(database, sqliteFunctionNames);
  return sqliteWriterLane(new SqliteDialect({ database: withStatementCache(database) }), {
    waitMs: lockWaitMs,
    ...(checkpoints && { afterCommit: checkpoints.afterCommit }),
  });
}

/** Statements kept per connection: every segment's re-check is one SQL text, however many contacts it checks. */
const cachedStatements = 1_000;

/**
 * The database as Kysely sees it, with prepared statements reused by SQL text: preparing is a third of
 * the cost of a small query, and live maintenance runs the same few statements on every write. A
 * statement still iterating (a streamed result) is never handed out twice.
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      const cached = cache.get(text);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(text);
      if (!cached) {
        if (cache.size >= cachedStatements) cache.delete(cache.keys().next().value ?? '');
        cache.set(text, statement);
      }
      return statement;
    },
  };
}
