import type { ChangeCause, NewMembershipEvent } from './event-store.ts';
import { eventStore } from './event-store.ts';
import { historyStore } from './history-store.ts';
import { backends } from './backends/index.ts';
import { writeChanges } from './member-changes.ts';
import type { SegmentMemberChange } from './member-store.ts';
import { inTransaction, type StoreContext } from './store-context.ts';

/**
 * One membership change as the log keeps it, in the order the changes were staged: each segment's
 * joins, then its leaves.
 */
export interface LoggedChange {
  readonly segmentId: string;
  readonly contactId: string;
  readonly change: 'joined' | 'left';
}

/** Past this many changes a pass is written statement by statement, in slices, as before. */
export const maxChangesInOneStatement = 20_000;

/**
 * Writes a maintenance pass: the member rows, each changed segment's count, an event per contact in
 * staged order and each changed segment's count in the history at `now`; returns the counts after.
 * Where the backend has its own way (`Capabilities.writeLoggedChanges`: one statement on PostgreSQL,
 * one round trip instead of five; five fixed statements on SQLite, whatever the number of changes)
 * that writes it; otherwise, and for a pass too big or that names a contact twice in one segment, the
 * member, event and history stores write it in turn, with the same result. `atCommit` lets the
 * backend hold its statement for the commit's round trip (no counts come back then).
 */
export function writeLoggedChanges(
  context: StoreContext,
  changes: readonly SegmentMemberChange[],
  cause: ChangeCause,
  now: Date,
  atCommit = false,
): Promise<Map<string, number>> {
  return inTransaction(context, async (tx) => {
    const logged = loggedChanges(changes);
    const oneStatement = backends[tx.dialect].capabilities.writeLoggedChanges;
    if (oneStatement && logged.length <= maxChangesInOneStatement && namesEachPairOnce(logged))
      return oneStatement(tx.db, logged, cause, now, atCommit);
    const counts = await writeChanges(tx, changes);
    const at = now.toISOString();
    const events: NewMembershipEvent[] = logged.map((row) => ({ ...row, at, cause }));
    await eventStore(tx).append(events);
    await historyStore(tx).recordMany(now, counts);
    return counts;
  });
}

function loggedChanges(changes: readonly SegmentMemberChange[]): LoggedChange[] {
  const logged: LoggedChange[] = [];
  for (const { segmentId, join, leave } of changes) {
    for (const contactId of join) logged.push({ segmentId, contactId, change: 'joined' });
    for (const contactId of leave) logged.push({ segmentId, contactId, change: 'left' });
  }
  return logged;
}

/**
 * One statement sees the tables as they were before it: a contact that both joins and leaves one
 * segment in a pass must be written in turn (the delete before the insert).
 */
function namesEachPairOnce(logged: readonly LoggedChange[]): boolean {
  const seen = new Set<string>();
  for (const { segmentId, contactId } of logged) {
    const pair = `${segmentId}\u0000${contactId}`;
    if (seen.has(pair)) return false;
    seen.add(pair);
  }
  return true;
}
