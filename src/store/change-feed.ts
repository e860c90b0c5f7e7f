/**
 * Word that another process committed something to this database (a write, membership events, a
 * segment or schema change), so that event streams, webhook delivery and the schema of this process
 * follow within a second. It says only "something changed"; the listener reads what.
 *
 * Each backend has its own (`backends/<name>/`):
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

/** A feed that starts its source with the first subscriber and tells every subscriber of each change. */
export function changeFeed(start: (changed: () => void) => () => Promise<void>): ChangeFeed {
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

/**
 * `work` run on each call, except that calls made while it runs are folded into one more run after
 * it: a busy database notifies hundreds of times a second, and each run reads the database.
 */
export function coalesced(work: () => Promise<void>): () => void {
  let requested = 0;
  let running = false;
  const run = async () => {
    running = true;
    try {
      for (let served = -1; served !== requested;) {
        served = requested;
        await work().catch(() => undefined);
      }
    } finally {
      running = false;
    }
  };
  return () => {
    requested += 1;
    if (!running) void run();
  };
}
