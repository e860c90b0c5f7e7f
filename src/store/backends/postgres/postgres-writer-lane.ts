import { CompiledQuery, type DatabaseConnection, type Dialect } from 'kysely';
import pg from 'pg';
import { beginReadsHere } from '../../begin-reads.ts';
import { inWriterLane } from '../../writer-lane.ts';
import { pgChannelSql } from './postgres-change-feed.ts';

/** The first key of Segmint's advisory locks ("Seg" in ASCII); the second is the schema's hash. */
export const advisoryLockClass = 0x536567;

/** The statement that enters the lane; sent with `begin` as one simple query, one round trip for both. */
const pgTakeLane = `select pg_advisory_xact_lock(${advisoryLockClass}, hashtext(current_schema()))`;

/** Every setting, read just after the lock is taken (`begin-reads.ts`). */
const readSettings = 'select key, value from sm_setting';

/**
 * PostgreSQL: read-write transactions take the schema's advisory lock as they begin, and queue a
 * notification carrying `tag` on the schema's channel, which PostgreSQL sends only if the transaction
 * commits (`change-feed.ts`). A transaction that asks (`withBeginReads`) also gets every setting in
 * that same round trip.
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
    const reads = beginReadsHere();
    try {
      if (!reads) await connection.executeQuery(CompiledQuery.raw(`${begin}; ${enter}`));
      else {
        const results = await simpleQuery(connection, `${begin}; ${enter}; ${readSettings}`);
        const rows = (results.at(-1)?.rows ?? []) as { key: string; value: string }[];
        reads.settings = new Map(rows.map((row) => [row.key, row.value]));
      }
    } catch (error) {
      // The begin ran and the lock did not (a time limit, a cancel): Kysely does not roll back a
      // transaction that failed to begin, and the pooled connection would stay in an aborted one.
      await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Runs `text` (several statements, no parameters) as one simple query on `connection` and gives the
 * result of each statement, which Kysely's own path drops for all but a single one: the query is handed
 * to the `pg` client as a `pg.Query` (a Submittable, which `pg` runs as it is; see `pg-copy.ts`).
 */
function simpleQuery(connection: DatabaseConnection, text: string): Promise<pg.QueryResult[]> {
  return new Promise((resolve, reject) => {
    // A callback, not events: `pg` calls it for errors and time-outs alike (it replaces a query's
    // 'error' event by the callback when it times the query), and a promise settles once.
    const query = new pg.Query(text, undefined, (error: Error | undefined, result: unknown) => {
      if (error) reject(error);
      else resolve((Array.isArray(result) ? result : [result]) as pg.QueryResult[]);
    });
    // Not a string: pg's `client.query` runs a Submittable it is given.
    connection.executeQuery({ ...CompiledQuery.raw(''), sql: query as unknown as string }).catch(reject);
  });
}
