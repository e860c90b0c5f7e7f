import type Database from 'better-sqlite3';

/**
 * Checkpoints of an SQLite file's WAL moved off the writer. With WAL, a commit only appends pages to
 * the log; a checkpoint copies them into the database file and syncs it. SQLite runs one on the commit
 * that takes the log past `wal_autocheckpoint` pages, in the committing connection, so that commit
 * waits for it: a go-live that stores 100,000 members (about 9,000 pages of members and events) waited
 * 1.2 s in its commit for a checkpoint, beside 200 ms for storing them. Here the writer's connection
 * only asks: after a commit that brings the rows written since the last checkpoint to `rowsBetween`,
 * a reader process runs a passive checkpoint (`SqliteReaderPool.checkpoint`), which copies what no
 * reading still needs beside the writer and the readings, without waiting for either. The writer's own
 * automatic checkpoint stays as a backstop at `backstopPages` (for transactions that write many pages
 * with few rows, such as an index built over a million contacts, or readers that hold a snapshot
 * through every checkpoint).
 */
export interface CheckpointsBeside {
  /** Called after each commit on the writer's connection: asks for a checkpoint when one is due. */
  readonly afterCommit: () => void;
}

/** Pages of log past which the writer checkpoints itself all the same (about 160 MB at 4 KiB a page). */
export const backstopPages = 40_000;

/** Rows written on the writer's connection between two checkpoints it asks for. */
const defaultRowsBetween = 20_000;

/**
 * Checkpoints of `database`'s file run by `checkpoint` (in another process) once `rowsBetween` rows
 * were written since the last one asked for, one at a time; a failed one is asked for again at the
 * next commit past the mark.
 */
export function checkpointsBeside(
  database: Database.Database,
  checkpoint: () => Promise<void>,
  rowsBetween = defaultRowsBetween,
): CheckpointsBeside {
  database.pragma(`wal_autocheckpoint = ${backstopPages}`);
  const changes = database.prepare('select total_changes()').pluck();
  let askedAt = 0;
  let running = false;
  return {
    afterCommit() {
      if (running || !database.open) return;
      const written = changes.get() as number;
      if (written - askedAt < rowsBetween) return;
      running = true;
      askedAt = written;
      void checkpoint()
        .catch(() => {
          // Asked again at the next commit: the mark goes back to where it was.
          askedAt -= rowsBetween;
        })
        .finally(() => {
          running = false;
        });
    },
  };
}
