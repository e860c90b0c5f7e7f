import { sql } from 'kysely';
import type { SegmentMemberChange } from './member-store.ts';
import { withParameters } from './statement-templates.ts';
import { chunks, idsPerStatement, type StoreContext } from './store-context.ts';

/** Stands for the member table in the statement cache. */
const memberTable = {};

const rowsPerInsert = 1_000;
/** Segments per count update: three parameters each. */
const segmentsPerUpdate = 200;

/**
 * Writes the changes of many segments in a handful of statements: the removed member rows (grouped
 * by contact or by segment, whichever makes fewer statements), every added row in one insert, and
 * every member count moved in one update. Returns each segment's count after.
 */
export async function writeChanges(
  tx: StoreContext,
  changes: readonly SegmentMemberChange[],
): Promise<Map<string, number>> {
  const deltas = new Map<string, number>();
  const leaving: { segmentId: string; contactId: string }[] = [];
  const joining: { segment_id: string; contact_id: string }[] = [];
  for (const { segmentId, join, leave } of changes) {
    deltas.set(segmentId, (deltas.get(segmentId) ?? 0) + join.length - leave.length);
    for (const contactId of leave) leaving.push({ segmentId, contactId });
    for (const contactId of join) joining.push({ segment_id: segmentId, contact_id: contactId });
  }
  await deletePairs(tx, leaving);
  for (const slice of chunks(joining, rowsPerInsert)) {
    const compiled = withParameters(
      memberTable,
      `insert:${tx.dialect}:${slice.length}`,
      () => tx.db.insertInto('sm_member').values(slice).compile(),
      slice.flatMap((row) => [row.segment_id, row.contact_id]),
    );
    await tx.db.executeQuery(compiled);
  }
  return moveCounts(tx, deltas);
}

async function deletePairs(
  tx: StoreContext,
  pairs: readonly { readonly segmentId: string; readonly contactId: string }[],
): Promise<void> {
  if (pairs.length === 0) return;
  const bySegment = groupBy(pairs, 'segmentId', 'contactId');
  const byContact = groupBy(pairs, 'contactId', 'segmentId');
  // One contact leaving several segments (a write) or one segment losing several contacts (a tick).
  const [fixed, listed, groups] =
    byContact.size < bySegment.size
      ? (['contact_id', 'segment_id', byContact] as const)
      : (['segment_id', 'contact_id', bySegment] as const);
  for (const [key, values] of groups) {
    for (const slice of chunks(values, idsPerStatement)) {
      const compiled = withParameters(
        memberTable,
        `delete:${tx.dialect}:${fixed}:${slice.length}`,
        () => tx.db.deleteFrom('sm_member').where(fixed, '=', key).where(listed, 'in', slice).compile(),
        [key, ...slice],
      );
      await tx.db.executeQuery(compiled);
    }
  }
}

async function moveCounts(
  tx: StoreContext,
  deltas: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const slice of chunks([...deltas], segmentsPerUpdate)) {
    const moves = sql.join(
      slice.map(([id, delta]) => sql`when ${id} then cast(${delta} as integer)`),
      sql` `,
    );
    const ids = sql.join(slice.map(([id]) => id));
    const compiled = withParameters(
      memberTable,
      `counts:${tx.dialect}:${slice.length}`,
      () =>
        sql<{ id: string; member_count: number | string }>`update sm_segment
          set member_count = member_count + case id ${moves} else 0 end
          where id in (${ids}) returning id, member_count`.compile(tx.db),
      [...slice.flat(), ...slice.map(([id]) => id)],
    );
    const { rows } = await tx.db.executeQuery(compiled);
    for (const row of rows) counts.set(row.id, Number(row.member_count));
  }
  return counts;
}

function groupBy<K extends string, V extends string>(
  pairs: readonly Readonly<Record<K | V, string>>[],
  key: K,
  value: V,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const pair of pairs) {
    const list = groups.get(pair[key]);
    if (list) list.push(pair[value]);
    else groups.set(pair[key], [pair[value]]);
  }
  return groups;
}
