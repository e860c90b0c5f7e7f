import type { ChangeCause, StoreSession } from '../../store/index.ts';

/** A change of a segment's members as written: who joined, who left, and the member count after. */
export interface WrittenChange {
  readonly joined: readonly string[];
  readonly left: readonly string[];
  readonly count: number;
}

/** Logs a written change: an event per contact, and the member count in the segment's history. */
export async function logChanges(
  tx: StoreSession,
  segmentId: string,
  change: WrittenChange,
  cause: ChangeCause,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await tx.events.append([
    ...change.joined.map((contactId) => ({ segmentId, contactId, change: 'joined' as const, at, cause })),
    ...change.left.map((contactId) => ({ segmentId, contactId, change: 'left' as const, at, cause })),
  ]);
  await tx.history.record(segmentId, now, change.count);
}

/**
 * Adds and removes members of a segment, whatever they are now, with their events and the new member
 * count, in the caller's transaction. Returns the contacts whose membership changed.
 */
export async function applyChanges(
  tx: StoreSession,
  segmentId: string,
  change: { readonly join: readonly string[]; readonly leave: readonly string[] },
  cause: ChangeCause,
  now: Date,
): Promise<string[]> {
  const joined = change.join.length > 0 ? await tx.members.add(segmentId, change.join) : [];
  const left = change.leave.length > 0 ? await tx.members.remove(segmentId, change.leave) : [];
  if (joined.length === 0 && left.length === 0) return [];
  const count = (await tx.segments.get(segmentId))?.memberCount ?? 0;
  await logChanges(tx, segmentId, { joined, left, count }, cause, now);
  return [...joined, ...left];
}
