import type pg from 'pg';
import type { StoreSession } from './store.ts';
import { advisoryLockClass } from './writer-lane.ts';

/**
 * Who leads the installation: work that must happen once however many processes share the database
 * (the clock tick, webhook delivery) runs only in the process that holds this lock.
 *
 * - PostgreSQL: a session advisory lock on a dedicated connection. It is released the moment that
 *   connection ends, so a process killed with SIGKILL loses it at once (its socket closes).
 * - SQLite: a lease in `sm_setting` (holder and expiry), renewed by each `hold`, taken over by another
 *   process once it has expired.
 */
export interface LeaderLock {
  /** Takes the lead when it is free, keeps it when held; true while this process leads. */
  hold(): Promise<boolean>;
  /** Gives the lead up (at shutdown), so another process takes it at its next `hold`. */
  release(): Promise<void>;
}

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

/** The setting that holds the SQLite lease: "<holder> <expiry in ms since 1970>". */
export const leaseKey = 'engine.leader';

/** SQLite: a lease of `leaseMs` in the settings, renewed by each `hold`. */
export function sqliteLeaderLock(
  store: { transaction<T>(fn: (tx: StoreSession) => Promise<T>): Promise<T> },
  holder: string,
  leaseMs: number,
): LeaderLock {
  return {
    async hold() {
      try {
        return await store.transaction(async (tx) => {
          const [current = '', expires = '0'] = ((await tx.settings.get(leaseKey)) ?? '').split(' ');
          const now = Date.now();
          if (current !== holder && current !== '' && Number(expires) > now) return false;
          await tx.settings.set(leaseKey, `${holder} ${now + leaseMs}`);
          return true;
        });
      } catch {
        return false; // the database is busy or closing: not leading this time
      }
    },
    async release() {
      await store
        .transaction(async (tx) => {
          const [current] = ((await tx.settings.get(leaseKey)) ?? '').split(' ');
          if (current === holder) await tx.settings.set(leaseKey, '');
        })
        .catch(() => undefined);
    },
  };
}
