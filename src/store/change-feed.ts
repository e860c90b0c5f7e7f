import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import type { SegmintTables } from './tables.ts';

/**
 * Word that another process committed something to this database (a write, membership events, a
 * segment or schema change), so that event streams, webhook delivery and the schema of this process
 * follow within a second. It says only "something changed"; the listener reads what.
 *
 * - PostgreSQL: every read-write transaction queues a `pg_notify` on the database's channel as it
 *   begins (`writer-lane.ts`), which PostgreSQL delivers only if it commits; a dedicated connection of
 *   each process `LISTEN`s. The payload is the sending store's tag, so a process ignores its own.
 * - SQLite: `PRAGMA data_version` on the store's connection, read every `pollMs`, changes when
 *   another connection committed.
 */
export interface ChangeFeed {
  /** Starts listening with the first subscriber; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  close(): Promise<void>;
}

/** The channel of a PostgreSQL schema (channel names are identifiers of at most 63 bytes). */
export function pgChannelSql(): string {
  return `'segmint_' || md5(current_schema())`;
}

/** The channel name as `pgChannelSql` computes it for `schemaName`. */
export function pgChannelName(schemaName: string): string {
  return `segmint_${createHash('md5').update(schemaName).digest('hex')}`;
}

/** A feed that starts its source with the first subscriber and tells every subscriber of each change. */
function feed(start: (changed: () => void) => () => Promise<void>): ChangeFeed {
  const listeners = new Set<() => void>();
  let stop: (() => Promise<void>) | undefined;
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      stop ??= start(changed);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      const stopping = stop;
      stop = undefined;
      await stopping?.();
    },
  };
}

/** SQLite: polls `PRAGMA data_version`. */
export function sqliteChangeFeed(db: Kysely<SegmintTables>, pollMs = 200): ChangeFeed {
  return feed((changed) => {
    let last: number | undefined;
    let polling = false;
    const timer = setInterval(() => {
      if (polling) return;
      polling = true;
      sql<{ data_version: number }>`pragma data_version`
        .execute(db)
        .then(({ rows }) => {
          const version = rows[0]?.data_version;
          if (last !== undefined && version !== last) changed();
          last = version;
        })
        .catch(() => undefined) // closed meanwhile; the next poll (if any) tries again
        .finally(() => {
          polling = false;
        });
    }, pollMs);
    timer.unref();
    return () => {
      clearInterval(timer);
      return Promise.resolve();
    };
  });
}

/**
 * PostgreSQL: a dedicated connection that `LISTEN`s on the database's channel, reconnecting a second
 * after it is lost (and then reporting a change, for what it may have missed).
 */
export function pgChangeFeed(connect: () => Promise<pg.Client>, ownTag: string, retryMs = 1_000): ChangeFeed {
  return feed((changed) => {
    let client: pg.Client | undefined;
    let stopped = false;
    let retry: NodeJS.Timeout | undefined;
    const reconnectSoon = () => {
      client = undefined;
      if (stopped || retry) return;
      retry = setTimeout(() => {
        retry = undefined;
        void listen(true);
      }, retryMs);
      retry.unref();
    };
    const listen = async (afterLoss: boolean) => {
      try {
        const next = await connect();
        if (stopped) {
          await next.end();
          return;
        }
        next.on('error', reconnectSoon);
        next.on('end', reconnectSoon);
        next.on('notification', (message) => {
          if (message.payload !== ownTag) changed();
        });
        const { rows } = await next.query<{ channel: string }>(`select ${pgChannelSql()} as channel`);
        await next.query(`listen "${rows[0]?.channel ?? ''}"`);
        client = next;
        if (afterLoss) changed();
      } catch {
        reconnectSoon();
      }
    };
    void listen(false);
    return async () => {
      stopped = true;
      clearTimeout(retry);
      const open = client;
      client = undefined;
      await open?.end().catch(() => undefined);
    };
  });
}
