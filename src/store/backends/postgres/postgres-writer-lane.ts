import { CompiledQuery, type Dialect } from 'kysely';
import { beginReadsHere, keepReadAhead } from '../../begin-reads.ts';
import { inWriterLane } from '../../writer-lane.ts';
import { pgChannelSql } from './postgres-change-feed.ts';
import { inlineParameters } from './postgres-inline.ts';
import { pgSimpleQuery } from './postgres-read-many.ts';

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
 * that same round trip, and the reads it said it would make first (`BeginReads.ahead`).
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
        // The reads the transaction will make first, as far as each can be written as literals.
        const ahead: { query: CompiledQuery; text: string }[] = [];
        for (const query of reads.ahead) {
          const text = inlineParameters(query);
          if (text !== undefined) ahead.push({ query, text });
        }
        const statements = [begin, enter, readSettings, ...ahead.map((read) => read.text)];
        const results = await pgSimpleQuery((query) => connection.executeQuery(query), statements.join('; '));
        const settingsAt = results.length - ahead.length - 1;
        const rows = (results[settingsAt]?.rows ?? []) as { key: string; value: string }[];
        reads.settings = new Map(rows.map((row) => [row.key, row.value]));
        ahead.forEach((read, i) => {
          keepReadAhead(reads, read.query, results[settingsAt + 1 + i]?.rows ?? []);
        });
      }
    } catch (error) {
      // The begin ran and the lock did not (a time limit, a cancel): Kysely does not roll back a
      // transaction that failed to begin, and the pooled connection would stay in an aborted one.
      await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => undefined);
      throw error;
    }
  });
}
