import { createHash } from 'node:crypto';
import type pg from 'pg';
import { changeFeed, type ChangeFeed } from '../../change-feed.ts';

/** The channel of a PostgreSQL schema (channel names are identifiers of at most 63 bytes). */
export function pgChannelSql(): string {
  return `'segmint_' || md5(current_schema())`;
}

/** The channel name as `pgChannelSql` computes it for `schemaName`. */
export function pgChannelName(schemaName: string): string {
  return `segmint_${createHash('md5').update(schemaName).digest('hex')}`;
}

/**
 * PostgreSQL: a dedicated connection that `LISTEN`s on the database's channel, reconnecting a second
 * after it is lost (and then reporting a change, for what it may have missed).
 */
export function pgChangeFeed(connect: () => Promise<pg.Client>, ownTag: string, retryMs = 1_000): ChangeFeed {
  return changeFeed((changed) => {
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
