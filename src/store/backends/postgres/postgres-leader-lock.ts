import type pg from 'pg';
import type { LeaderLock } from '../../leader-lock.ts';
import { advisoryLockClass } from './postgres-writer-lane.ts';

/** The second class of Segmint's advisory locks: the lead (the first is the writer lane). */
const leaderLockClass = advisoryLockClass + 1;

/** PostgreSQL: `pg_try_advisory_lock` on a connection of its own. */
export function pgLeaderLock(connect: () => Promise<pg.Client>): LeaderLock {
  let client: pg.Client | undefined;
  let held = false;
  const drop = () => {
    const lost = client;
    client = undefined;
    held = false;
    void lost?.end().catch(() => undefined);
  };
  return {
    async hold() {
      try {
        if (client && held) {
          await client.query('select 1'); // still connected, so still holding
          return true;
        }
        if (!client) {
          const next = await connect();
          next.on('error', drop);
          next.on('end', drop);
          client = next;
        }
        const { rows } = await client.query<{ ok: boolean }>(
          `select pg_try_advisory_lock(${leaderLockClass}, hashtext(current_schema())) as ok`,
        );
        held = rows[0]?.ok === true;
        return held;
      } catch {
        drop();
        return false;
      }
    },
    async release() {
      const open = client;
      client = undefined;
      held = false;
      await open?.end().catch(() => undefined);
    },
  };
}
