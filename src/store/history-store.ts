import { withParameters } from './statement-templates.ts';
import { chunks, type StoreContext } from './store-context.ts';

/** Stands for the count history in the statement cache. */
const historyTable = {};

const rowsPerInsert = 500;

/** A segment's member count at a moment. */
export interface CountPoint {
  readonly at: string;
  readonly count: number;
}

/**
 * The member count of each segment over time (`sm_member_count`): the count at the end of every minute
 * in which it changed, so the history stays small however busy the segment is.
 */
export interface HistoryStore {
  record(segmentId: string, at: Date, count: number): Promise<void>;
  /** Records the counts of several segments at one moment, in one statement. */
  recordMany(at: Date, counts: ReadonlyMap<string, number>): Promise<void>;
  /** Oldest first. */
  list(segmentId: string): Promise<CountPoint[]>;
  removeSegment(segmentId: string): Promise<void>;
}

/** The history store over `context`. */
export function historyStore(context: StoreContext): HistoryStore {
  const { db } = context;
  return {
    async record(segmentId, at, count) {
      const minute = minuteOf(at);
      await db
        .insertInto('sm_member_count')
        .values({ segment_id: segmentId, at: minute, count })
        .onConflict((oc) => oc.columns(['segment_id', 'at']).doUpdateSet({ count }))
        .execute();
    },

    async recordMany(at, counts) {
      const minute = minuteOf(at);
      for (const slice of chunks([...counts], rowsPerInsert)) {
        const rows = slice.map(([segmentId, count]) => ({ segment_id: segmentId, at: minute, count }));
        const compiled = withParameters(
          historyTable,
          `recordMany:${context.dialect}:${rows.length}`,
          () =>
            db
              .insertInto('sm_member_count')
              .values(rows)
              .onConflict((oc) =>
                oc.columns(['segment_id', 'at']).doUpdateSet((eb) => ({ count: eb.ref('excluded.count') })),
              )
              .compile(),
          rows.flatMap((row) => [row.segment_id, row.at, row.count]),
        );
        await db.executeQuery(compiled);
      }
    },

    async list(segmentId) {
      const rows = await db
        .selectFrom('sm_member_count')
        .select(['at', 'count'])
        .where('segment_id', '=', segmentId)
        .orderBy('at')
        .execute();
      return rows.map((row) => ({ at: row.at, count: row.count }));
    },

    async removeSegment(segmentId) {
      await db.deleteFrom('sm_member_count').where('segment_id', '=', segmentId).execute();
    },
  };
}

/** The start of the minute `at` falls in, as the history keeps it. */
export function minuteOf(at: Date): string {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString();
}
