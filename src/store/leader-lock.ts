/**
 * Who leads the installation: work that must happen once however many processes share the database
 * (the clock tick, webhook delivery) runs only in the process that holds this lock.
 *
 * Each backend has its own (`backends/<name>/`):
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
