import type { Kysely } from 'kysely';
import type { ChangeCause, MembershipChangeKind, MembershipEvent } from './event-store.ts';
import type { IdList } from './id-list.ts';
import type { EventTable, SegmintTables } from './tables.ts';

/**
 * Runs of events in the log: a first go-live logs a `joined` event for every member, and a segment of
 * 143,185 members spent 120 ms of its 270 ms go-live writing one `sm_event` row each. So a go-live
 * logs its joins in runs: one row for up to `joinsPerRow` consecutive events of one segment, with one
 * change, instant and cause. The row is the run's last event (its `seq`, its `contact_id`), and
 * `contact_ids` names the run's contacts in order, the last being the row's own; the run's sequence
 * numbers are the `contact_ids.length` numbers up to the row's `seq`, set aside for it
 * (`StatementHooks.reserveEventSeqs`). Every reader of the log expands runs into events
 * (`readEvents`), so what a reader sees, and every `seq`, is what one row per event would have given.
 */
export const joinsPerRow = 256;

/** A row of `sm_event` as a reader selects it. */
export type EventRow = EventTable;

/** The rows that log `contacts` (in their order) as joins numbered from `first`. */
export function runRows(
  segmentId: string,
  contacts: IdList,
  first: number,
  at: string,
  cause: ChangeCause,
): EventRow[] {
  const rows: EventRow[] = [];
  for (let start = 0; start < contacts.length; start += joinsPerRow) {
    const end = Math.min(contacts.length, start + joinsPerRow);
    rows.push({
      seq: first + end - 1,
      segment_id: segmentId,
      contact_id: contacts.ids[end - 1] as string,
      change: 'joined',
      at,
      cause,
      contact_ids: end - start > 1 ? contacts.json(start, end) : null,
    });
  }
  return rows;
}

/** Rows of the log after `afterSeq` (exclusive), oldest first, at most `rows` of them. */
export type FetchEventRows = (afterSeq: number, rows: number) => Promise<readonly EventRow[]>;

/** Reads the log's rows, of the segments `segmentIds` only when given. */
export function eventRows(db: Kysely<SegmintTables>, segmentIds?: readonly string[]): FetchEventRows {
  return (afterSeq, rows) => {
    let query = db.selectFrom('sm_event').selectAll().where('seq', '>', afterSeq);
    if (segmentIds !== undefined) query = query.where('segment_id', 'in', segmentIds);
    return query.orderBy('seq').limit(rows).execute();
  };
}

/** Rows fetched first: enough for a page of single events in two reads, few enough in a run. */
const firstRows = 64;

/**
 * The first `limit` events after `after` (exclusive), oldest first, from the rows `fetch` reads.
 * A row holds one event or a run of many, so rows are read a slice at a time, each slice sized by
 * the events per row of the one before: a page inside a go-live's runs reads a few rows, not `limit`.
 */
export async function readEvents(
  fetch: FetchEventRows,
  after: number,
  limit: number,
): Promise<MembershipEvent[]> {
  const events: MembershipEvent[] = [];
  let afterRow = after;
  let rows = Math.min(limit, firstRows);
  while (events.length < limit && rows > 0) {
    const fetched = await fetch(afterRow, rows);
    const before = events.length;
    let full = false;
    for (const row of fetched) {
      full = addEvents(row, after, limit, events);
      if (full) break;
    }
    const last = fetched[fetched.length - 1];
    if (full || fetched.length < rows || last === undefined) break;
    afterRow = last.seq;
    const perRow = Math.max(1, (events.length - before) / fetched.length);
    rows = Math.min(limit, Math.ceil((limit - events.length) / perRow));
  }
  return events;
}

/** Adds the events of `row` after `after` to `events`, up to `limit` of them; true when full. */
function addEvents(row: EventRow, after: number, limit: number, events: MembershipEvent[]): boolean {
  const contacts = row.contact_ids === null ? [row.contact_id] : (JSON.parse(row.contact_ids) as string[]);
  const first = row.seq - contacts.length + 1;
  for (let i = Math.max(0, after - first + 1); i < contacts.length; i++) {
    if (events.length >= limit) return true;
    events.push({
      seq: first + i,
      segmentId: row.segment_id,
      contactId: contacts[i] as string,
      change: row.change as MembershipChangeKind,
      at: row.at,
      cause: row.cause as ChangeCause,
    });
  }
  return events.length >= limit;
}
