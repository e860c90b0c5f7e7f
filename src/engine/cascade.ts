import type { ChangeCause, StoreSession } from '../store/index.ts';
import type { LoadedSegment } from './live-segment.ts';
import { recheck } from './membership-check.ts';
import { MembershipSnapshot } from './membership-snapshot.ts';

/**
 * Re-checks the candidate contacts of each segment in dependency order; a segment that reads another
 * also re-checks every contact whose membership there just changed. Returns the changes per segment.
 *
 * @param candidates contacts to re-check, per segment id
 * @param changed membership already changed before the cascade (a manual change), per segment id
 */
export async function cascade(
  tx: StoreSession,
  ordered: readonly LoadedSegment[],
  candidates: ReadonlyMap<string, ReadonlySet<string>>,
  cause: ChangeCause,
  now: Date,
  changed: ReadonlyMap<string, readonly string[]> = new Map(),
): Promise<Map<string, string[]>> {
  const changes = new Map<string, string[]>();
  const snapshot = new MembershipSnapshot();
  for (const [id, ids] of changed) changes.set(id, [...ids]);
  for (const segment of ordered) {
    const ids = new Set(candidates.get(segment.stored.id));
    for (const read of segment.dependencies.segments) for (const id of changes.get(read) ?? []) ids.add(id);
    if (ids.size === 0) continue;
    const moved = await recheck(tx, segment, ids, cause, now, snapshot);
    if (moved.length > 0)
      changes.set(segment.stored.id, [...(changes.get(segment.stored.id) ?? []), ...moved]);
  }
  return changes;
}
