import { compileMemberInsert } from '../../compile/index.ts';
import { IdList, type StoreSession } from '../../store/index.ts';
import type { LoadedSegment } from '../live-segment.ts';

/**
 * Publishes a dynamic segment that has no members and no overrides yet (its first go-live) in a few
 * statements: one stores what its query selects and returns the ids, which are logged in contact id
 * order as `joined` events in runs (`store/event-runs.ts`), then the count and its history.
 * Returns false, having written nothing, when the segment does not qualify. With `matched` (the
 * query's contacts, evaluated by the columnar view or in a reader: `go-live-snapshot.ts`), those are
 * stored instead (in id order, sorted unless they come so: an `IdList` from the view comes so, with
 * its JSON), as one list parameter, and logged without reading them back.
 */
export async function publishInBulk(
  tx: StoreSession,
  segment: LoadedSegment,
  now: Date,
  matched?: Iterable<string>,
): Promise<boolean> {
  const { query, timeZone } = segment.definition;
  const segmentId = segment.stored.id;
  if (!query || segment.definition.type !== 'dynamic') return false;
  if ((await tx.members.count(segmentId)) > 0 || (await tx.overrides.list(segmentId)).size > 0) return false;
  const options = { schema: tx.schema(), dialect: tx.kind, now, timeZone };
  let members: IdList;
  if (matched) members = await tx.members.insertMatched(segmentId, matched);
  else {
    const stored = await tx.query(compileMemberInsert(query, options, segmentId));
    members = IdList.of(stored.map((row) => row.contact_id));
    await tx.members.setCount(segmentId, members.length);
  }
  await tx.events.appendJoins(segmentId, members, now, 'definition');
  await tx.history.record(segmentId, now, members.length);
  return true;
}
