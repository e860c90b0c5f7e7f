import { pgReadMany } from './postgres-read-many.ts';
import { sql } from 'kysely';
import { dialects } from '../../../compile/index.ts';
import type { Backend, MemberAmong } from '../../backend.ts';
import { isPgStatementTimeout } from '../../time-limit-error.ts';
import { pgChangeFeed } from './postgres-change-feed.ts';
import { copyRows } from '../../pg-copy.ts';
import { pgWriteLoggedChanges } from './postgres-logged-changes.ts';
import { postgresTypes, postgresValues } from './postgres-columns.ts';
import { postgresDdl } from './postgres-ddl.ts';
import { postgresErrors } from './postgres-errors.ts';
import { pgSessionClient, postgresDialect } from './postgres-connection.ts';
import { pgLeaderLock } from './postgres-leader-lock.ts';
import { preparedMark } from './postgres-prepared.ts';

/**
 * PostgreSQL through a `pg` pool: every process's connections read beside the writer lane, rows are
 * locked one by one where a write needs it, and what holds a session (`LISTEN`, the leader's lock)
 * has a connection of its own.
 */
export const postgresStoreBackend: Backend<'postgres'> = {
  name: 'postgres',
  sql: dialects.postgres,
  connection: {
    async open(location, { tag, timeLimitMs }) {
      const { url, pgSchema } = location;
      const dialect = await postgresDialect(url, { pgSchema, timeLimitMs, tag });
      const session = () => pgSessionClient(url, pgSchema);
      return {
        dialect,
        changeFeed: () => pgChangeFeed(session, tag),
        leaderLock: () => pgLeaderLock(session),
      };
    },
    // Migrations and new indexes may take long on a big database: the time limit is for requests.
    async beforeMigrations(db) {
      await sql`set local statement_timeout = 0`.execute(db);
    },
    snapshot: (db) => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only'),
    isTimeLimit: isPgStatementTimeout,
  },
  errors: postgresErrors,
  types: postgresTypes,
  ddl: postgresDdl,
  values: postgresValues,
  statements: {
    forUpdate: (query) => query.forUpdate(),
    forKeyShare: (query) => query.forKeyShare(),
    // PostgreSQL orders text by the server's locale unless told; "C" orders by code point.
    byCodePoint: (text) => sql<string>`(${text} collate "C")`,
    instant: (iso) => sql`cast(${iso} as timestamptz)`,
    // A lateral subquery per segment, kept apart by `offset 0`: flattened, or as `segment_id = any(…)
    // and contact_id = any(…)`, the planner reads every membership of every segment (a sequential
    // scan, 80–120 ms at 100k contacts for the 20 contacts of an account) whenever its statistics
    // undercount the table, as they do after a go-live until autovacuum analyses it. Prepared once per
    // connection (`postgres-prepared.ts`): the lists are arrays, planned the same whatever they hold.
    membersAmong: (
      segments,
      contacts,
    ) => sql<MemberAmong>`${sql.raw(preparedMark)}select m.segment_id, m.contact_id, null::text as mode
      from unnest(${segments}::text[]) as s(id) cross join lateral (
        select segment_id, contact_id from sm_member
        where segment_id = s.id and contact_id = any(${contacts}::text[]) offset 0) as m`,
    listedIds: (list) => sql<{ id: string }>`select l.id from unnest(${list.ids}::text[]) as l(id)`,
    // The identity's next number, and the sequence moved past the run, in one statement.
    reserveEventSeqs: (count) => sql<{ first: string }>`
      select setval(s.name, nextval(s.name) + ${count} - 1) - ${count} + 1 as first
      from (select pg_get_serial_sequence('sm_event', 'seq')::regclass as name) as s`,
  },
  capabilities: {
    copyRows,
    writeLoggedChanges: pgWriteLoggedChanges,
    readsAhead: true,
    readMany: pgReadMany,
  },
  // Under PostgreSQL's 65,535.
  maxParameters: 60_000,
};
