import type { ChangeCause, StoreSession } from '../store/index.ts';

/**
 * Writes a segment's membership changes with their events and the new member count, in the caller's
 * transaction. Returns the contacts whose membership changed.
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
  const at = now.toISOString();
  await tx.events.append([
    ...joined.map((contactId) => ({ segmentId, contactId, change: 'joined' as const, at, cause })),
    ...left.map((contactId) => ({ segmentId, contactId, change: 'left' as const, at, cause })),
  ]);
  const segment = await tx.segments.get(segmentId);
  if (segment) await tx.history.record(segmentId, now, segment.memberCount);
  return [...joined, ...left];
}
