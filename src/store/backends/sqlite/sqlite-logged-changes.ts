import { CompiledQuery, type Kysely } from 'kysely';
import type { ChangeCause } from '../../event-store.ts';
import { minuteOf } from '../../history-store.ts';
import type { LoggedChange } from '../../logged-changes.ts';
import type { SegmintTables } from '../../tables.ts';

/** The five statements, each taking its rows as one JSON array parameter (`json_each`). */
const statements = {
  leave: `delete from sm_member where (segment_id, contact_id) in
    (select value ->> 0, value ->> 1 from json_each(?))`,
  join: `insert into sm_member (segment_id, contact_id)
    select value ->> 0, value ->> 1 from json_each(?)`,
  move: `update sm_segment set member_count = member_count + moved.delta
    from (select value ->> 0 as id, value ->> 1 as delta from json_each(?)) as moved
    where sm_segment.id = moved.id
    returning sm_segment.id as id, sm_segment.member_count as member_count`,
  log: `insert into sm_event (segment_id, contact_id, change, at, cause)
    select value ->> 0, value ->> 1, value ->> 2, ?, ? from json_each(?) order by key`,
  keep: `insert into sm_member_count (segment_id, at, count)
    select value ->> 0, ?, value ->> 1 from json_each(?) where true
    on conflict (segment_id, at) do update set count = excluded.count`,
};

/**
 * A maintenance pass's write as five statements whose rows travel as one JSON parameter each
 * (`logged-changes.ts`): the leaving members deleted, the joining ones inserted, each segment's count
 * moved, the events appended in staged order and the counts kept in the history. The same five SQL
 * texts serve every pass, however many changes it has: built row by row, each new number of rows was
 * a new statement to compile and prepare, which is what made a write that moves hundreds of members
 * slow. The caller sends a contact at most once per segment, as for PostgreSQL's one statement.
 */
export async function sqliteWriteLoggedChanges(
  db: Kysely<SegmintTables>,
  changes: readonly LoggedChange[],
  cause: ChangeCause,
  now: Date,
): Promise<Map<string, number>> {
  const leaving: [string, string][] = [];
  const joining: [string, string][] = [];
  const deltas = new Map<string, number>();
  for (const { segmentId, contactId, change } of changes) {
    (change === 'joined' ? joining : leaving).push([segmentId, contactId]);
    deltas.set(segmentId, (deltas.get(segmentId) ?? 0) + (change === 'joined' ? 1 : -1));
  }
  const run = <Row>(text: string, parameters: readonly unknown[]) =>
    db.executeQuery<Row>(CompiledQuery.raw(text, [...parameters]));
  if (leaving.length > 0) await run(statements.leave, [JSON.stringify(leaving)]);
  if (joining.length > 0) await run(statements.join, [JSON.stringify(joining)]);
  const { rows } = await run<{ id: string; member_count: number }>(statements.move, [
    JSON.stringify([...deltas]),
  ]);
  const events = changes.map((row) => [row.segmentId, row.contactId, row.change]);
  await run(statements.log, [now.toISOString(), cause, JSON.stringify(events)]);
  const counts = new Map(rows.map((row) => [row.id, row.member_count]));
  await run(statements.keep, [minuteOf(now), JSON.stringify([...counts])]);
  return counts;
}
