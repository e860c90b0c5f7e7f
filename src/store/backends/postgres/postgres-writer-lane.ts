import { CompiledQuery, type Dialect } from 'kysely';
import { inWriterLane } from '../../writer-lane.ts';
import { pgChannelSql } from './postgres-change-feed.ts';

/** The first key of Segmint's advisory locks ("Seg" in ASCII); the second is the schema's hash. */
export const advisoryLockClass = 0x536567;

/** The statement that enters the lane; sent with `begin` as one simple query, one round trip for both. */
const pgTakeLane = `select pg_advisory_xact_lock(${advisoryLockClass}, hashtext(current_schema()))`;

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
