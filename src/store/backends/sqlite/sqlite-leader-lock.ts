import type { LeaderLock } from '../../leader-lock.ts';
import type { StoreSession } from '../../store.ts';

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
