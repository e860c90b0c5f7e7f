import type { ChangeCause, StoreSession } from '../../store/index.ts';

/**
 * The membership changes a maintenance pass has decided and not yet written: the member rows, the
 * counts, an event per contact and the count history of every segment go to the database together,
 * in a few statements for the whole pass instead of five per changed segment. Written before the
 * pass ends, in its transaction, and before any SQL that reads stored members (a segment block).
 */
export class PendingMembership {
  readonly #cause: ChangeCause;
  readonly #now: Date;
  #changes: { segmentId: string; join: readonly string[]; leave: readonly string[] }[] = [];

  constructor(cause: ChangeCause, now: Date) {
    this.#cause = cause;
    this.#now = now;
  }

  /** Adds a segment's change, worked out against its current members (the pass's snapshot). */
  stage(segmentId: string, join: readonly string[], leave: readonly string[]): void {
    if (join.length > 0 || leave.length > 0) this.#changes.push({ segmentId, join, leave });
  }

  /**
   * Writes what is staged: members, counts, events in the order the changes were staged, history.
   * The pass's last write (`last`) may go with the transaction's next statement, its commit after a
   * write (`MemberStore.changeAndLogAtCommit`).
   */
  async flush(tx: StoreSession, last = false): Promise<void> {
    const changes = this.#changes;
    if (changes.length === 0) return;
    this.#changes = [];
    if (last) await tx.members.changeAndLogAtCommit(changes, this.#cause, this.#now);
    else await tx.members.changeAndLog(changes, this.#cause, this.#now);
  }
}
