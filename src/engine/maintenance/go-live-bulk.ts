import { compileMemberInsert } from '../../compile/index.ts';
import type { StoreSession } from '../../store/index.ts';
import type { LoadedSegment } from '../live-segment.ts';

/**
 * Publishes a dynamic segment that has no members and no overrides yet (its first go-live) without
 * the member ids leaving the database: one statement stores what its query selects, one logs a
 * `joined` event per member (in contact id order), then the count and its history. Returns false,
 * having written nothing, when the segment does not qualify. With `matched` (the query's contacts,
 * evaluated in a reader: `go-live-snapshot.ts`), those are stored instead, as one list parameter.
 */
export async function publishInBulk(
  tx: StoreSession,
  segment: LoadedSegment,
  now: Date,
  matched?: ReadonlySet<string>,
): Promise<boolean> {
  const { query, timeZone } = segment.definition;
  const segmentId = segment.stored.id;
  if (!query || segment.definition.type !== 'dynamic') return false;
  if ((await tx.members.count(segmentId)) > 0 || (await tx.overrides.list(segmentId)).size > 0) return false;
  const options = { schema: tx.schema(), dialect: tx.kind, now, timeZone };
  if (matched) await tx.members.insertMatched(segmentId, matched);
  else await tx.query(compileMemberInsert(query, options, segmentId));
  await tx.events.appendJoinsOfMembers(segmentId, now, 'definition');
  const count = await tx.members.recount(segmentId);
  await tx.history.record(segmentId, now, count);
  return true;
}
