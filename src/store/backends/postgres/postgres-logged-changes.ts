import { sql, type Kysely } from 'kysely';
import type { ChangeCause } from '../../event-store.ts';
import { minuteOf } from '../../history-store.ts';
import type { LoggedChange } from '../../logged-changes.ts';
import type { SegmintTables } from '../../tables.ts';
import { atCommitMark, preparedMark } from './postgres-prepared.ts';

/**
 * A maintenance pass's whole write in one statement (`logged-changes.ts`): the changes travel as three
 * array parameters, and writable common table expressions delete the leaving members, insert the
 * joining ones, move each segment's count, append the events in staged order (`with ordinality`) and
 * keep the counts in the history. Every part sees the tables as they were before the statement, which
 * is why the caller sends a contact at most once per segment. Prepared once per connection
 * (`postgres-prepared.ts`): its plan is the same whatever the arrays hold. With `atCommit`, it goes
 * with the commit once prepared (`atCommitMark`), and no counts come back.
 */
export async function pgWriteLoggedChanges(
  db: Kysely<SegmintTables>,
  changes: readonly LoggedChange[],
  cause: ChangeCause,
  now: Date,
  atCommit = false,
): Promise<Map<string, number>> {
  const segments = changes.map((row) => row.segmentId);
  const contacts = changes.map((row) => row.contactId);
  const kinds = changes.map((row) => row.change);
  const mark = atCommit ? `${preparedMark}${atCommitMark}` : preparedMark;
  const { rows } = await sql<{ id: string; member_count: number | string }>`${sql.raw(mark)}
    with staged as (
      select * from unnest(${segments}::text[], ${contacts}::text[], ${kinds}::text[])
        with ordinality as s(segment_id, contact_id, change, ord)
    ),
    gone as (
      delete from sm_member m using staged s
      where s.change = 'left' and m.segment_id = s.segment_id and m.contact_id = s.contact_id
    ),
    came as (
      insert into sm_member (segment_id, contact_id)
      select segment_id, contact_id from staged where change = 'joined'
    ),
    moved as (
      update sm_segment g set member_count = g.member_count + d.delta
      from (
        select segment_id, sum(case change when 'joined' then 1 else -1 end)::integer as delta
        from staged group by segment_id
      ) d
      where g.id = d.segment_id
      returning g.id, g.member_count
    ),
    logged as (
      insert into sm_event (segment_id, contact_id, change, at, cause)
      select segment_id, contact_id, change, ${now.toISOString()}::timestamptz, ${cause}::text
      from staged order by ord
    ),
    kept as (
      insert into sm_member_count (segment_id, at, count)
      select id, ${minuteOf(now)}::timestamptz, member_count from moved
      on conflict (segment_id, at) do update set count = excluded.count
    )
    select id, member_count from moved`.execute(db);
  return new Map(rows.map((row) => [row.id, Number(row.member_count)]));
}
