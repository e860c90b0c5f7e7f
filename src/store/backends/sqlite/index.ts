import { sql } from 'kysely';
import { dialects } from '../../../compile/index.ts';
import type { Backend, MemberAmong } from '../../backend.ts';
import { dataVersion, sqliteChangeFeed } from './sqlite-change-feed.ts';
import { sqliteTypes, sqliteValues } from './sqlite-columns.ts';
import { sqliteDialect } from './sqlite-connection.ts';
import { sqliteDdl } from './sqlite-ddl.ts';
import { sqliteErrors } from './sqlite-errors.ts';
import { sqliteLeaderLock } from './sqlite-leader-lock.ts';
import { sqliteWriteLoggedChanges } from './sqlite-logged-changes.ts';
import { sqliteMemberCsv } from './sqlite-member-csv.ts';
import { readerDialect } from './sqlite-reader-dialect.ts';
import { SqliteReaderPool } from './sqlite-reader-pool.ts';
import { sqliteRowArrays } from './sqlite-row-arrays.ts';

/** How long a write waits for another process's write on an SQLite file when no time limit is set. */
const defaultLockWaitMs = 10 * 60_000;

/**
 * SQLite through better-sqlite3: one file (or `:memory:`), WAL mode, one connection that writes and
 * reader processes for long reads of a file (`sqlite-reader-pool.ts`). Rows cannot be locked one by
 * one: the writer lane's `begin immediate` holds the whole file.
 */
export const sqliteStoreBackend: Backend<'sqlite'> = {
  name: 'sqlite',
  sql: dialects.sqlite,
  connection: {
    open(location, { tag, timeLimitMs }) {
      const { filename } = location;
      const pool = isInMemory(filename) ? undefined : new SqliteReaderPool(filename);
      return Promise.resolve({
        dialect: sqliteDialect(filename, timeLimitMs ?? defaultLockWaitMs, pool && (() => pool.checkpoint())),
        readers: pool && {
          read: (read, limitMs) => pool.read((reader) => read(readerDialect(reader)), limitMs),
          close: () => pool.close(),
        },
        changeFeed: (db) => sqliteChangeFeed(db),
        leaderLock: (store, leaseMs) => sqliteLeaderLock(store, tag, leaseMs),
      });
    },
    beforeMigrations: () => Promise.resolve(),
    // Every transaction of the one connection is a write transaction in the writer lane.
    snapshot: (db) => db.transaction(),
    isTimeLimit: () => false,
  },
  errors: sqliteErrors,
  types: sqliteTypes,
  ddl: sqliteDdl,
  values: sqliteValues,
  statements: {
    forUpdate: (query) => query,
    forKeyShare: (query) => query,
    // SQLite compares text by code point unless told otherwise.
    byCodePoint: (text) => text,
    instant: (iso) => sql`${iso}`,
    // SQLite probes the primary key for each pair of its own accord.
    membersAmong: (segments, contacts) => sql<MemberAmong>`select segment_id, contact_id, null as mode
      from sm_member
      where segment_id in (select value from json_each(${segments}))
        and contact_id in (select value from json_each(${contacts}))`,
    // The list's JSON, as bytes when it came with them (from the columnar image): read as text.
    listedIds: (list) =>
      sql<{ id: string }>`select value as id from json_each(cast(${list.jsonParam()} as text))`,
    // The next rowid of an AUTOINCREMENT table: past the largest ever used. An insert with given
    // numbers moves it on by itself.
    reserveEventSeqs: () => sql<{ first: number }>`
      select max(
        coalesce((select seq from sqlite_sequence where name = 'sm_event'), 0),
        coalesce((select max(seq) from sm_event), 0)) + 1 as first`,
  },
  capabilities: {
    memberCsv: sqliteMemberCsv,
    rowArrays: sqliteRowArrays,
    commitVersion: dataVersion,
    writeLoggedChanges: sqliteWriteLoggedChanges,
  },
  // Under SQLite's 32,766.
  maxParameters: 30_000,
};

function isInMemory(filename: string): boolean {
  return filename === ':memory:' || filename === '';
}
