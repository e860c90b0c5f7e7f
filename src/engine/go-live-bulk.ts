import { sql, type CompiledQuery } from 'kysely';
import { compileMemberInsert, dialects } from '../compile/index.ts';
import type { StoreSession } from '../store/index.ts';
import type { LoadedSegment } from './live-segment.ts';

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
  await tx.query(
    matched ? insertMembers(tx, segmentId, matched) : compileMemberInsert(query, options, segmentId),
  );
  const at = now.toISOString();
  const instant = tx.kind === 'postgres' ? sql`cast(${at} as timestamptz)` : sql`${at}`;
  const events = sql`insert into ${sql.id('sm_event')} (${sql.join(
    ['segment_id', 'contact_id', 'change', 'at', 'cause'].map((c) => sql.id(c)),
  )}) select ${sql.id('segment_id')}, ${sql.id('contact_id')}, cast(${'joined'} as text), ${instant}, cast(${'definition'} as text) from ${sql.id('sm_member')} where ${sql.id('segment_id')} = ${segmentId} order by ${sql.id('contact_id')}`;
  await tx.query(events.compile(dialects[tx.kind].kysely));
  const count = await tx.members.recount(segmentId);
  await tx.history.record(segmentId, now, count);
  return true;
}

/** Stores `contacts` as members of `segmentId`, in contact id order, leaving out any that is gone. */
function insertMembers(tx: StoreSession, segmentId: string, contacts: ReadonlySet<string>): CompiledQuery {
  const dialect = dialects[tx.kind];
  const select = dialect.kysely
    .selectFrom('contact as c')
    .select([sql<string>`cast(${segmentId} as text)`.as('segment_id'), 'c.id as contact_id'])
    .where(dialect.idIn(sql.ref('c.id'), [...contacts]))
    .orderBy('c.id');
  return dialect.kysely
    .insertInto('sm_member')
    .columns(['segment_id', 'contact_id'])
    .expression(select)
    .compile();
}
