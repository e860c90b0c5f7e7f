import { sql, type Kysely } from 'kysely';
import { changeFeed, type ChangeFeed } from '../../change-feed.ts';
import type { SegmintTables } from '../../tables.ts';

/** SQLite's count of commits by other connections, as `db`'s connection sees it (`PRAGMA data_version`). */
export async function dataVersion(db: Kysely<SegmintTables>): Promise<number> {
  const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return rows[0]?.data_version ?? 0;
}

/** SQLite: polls `PRAGMA data_version`. */
export function sqliteChangeFeed(db: Kysely<SegmintTables>, pollMs = 200): ChangeFeed {
  return changeFeed((changed) => {
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
