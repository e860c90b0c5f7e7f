import { sql } from 'kysely';
import { backends } from './backends/index.ts';
import { withParameters } from './statement-templates.ts';
import { chunks, type StoreContext } from './store-context.ts';

/** Stands for the event log in the statement cache. */
const eventsTable = {};

export type MembershipChangeKind = 'joined' | 'left';

/** Why membership changed: a write to the data, a (re)published definition, time passing, a person. */
export type ChangeCause = 'data' | 'definition' | 'clock' | 'manual';

/** One change of membership, as the log keeps it: `seq` orders every event of the installation. */
export interface MembershipEvent {
  readonly seq: number;
  readonly segmentId: string;
  readonly contactId: string;
  readonly change: MembershipChangeKind;
  readonly at: string;
  readonly cause: ChangeCause;
}

export type NewMembershipEvent = Omit<MembershipEvent, 'seq'>;

/** The event log (`sm_event`): appended in the transaction of the change, read from a sequence number. */
export interface EventStore {
  append(events: readonly NewMembershipEvent[]): Promise<void>;
  /** Events after `after` (exclusive), oldest first, of one segment when given. */
  list(options?: {
    readonly after?: number;
    readonly segmentId?: string;
    readonly limit?: number;
  }): Promise<MembershipEvent[]>;
  /** The newest sequence number, 0 when the log is empty. */
  lastSeq(): Promise<number>;
  /**
   * Logs a `joined` event at `at` for every stored member of `segmentId`, in contact id order, in one
   * statement (the members never leave the database): a first go-live's events.
   */
  appendJoinsOfMembers(segmentId: string, at: Date, cause: ChangeCause): Promise<void>;
}

const rowsPerInsert = 500;

/** The event store over `context`. */
export function eventStore(context: StoreContext): EventStore {
  const { db } = context;
  return {
    async append(events) {
      for (const slice of chunks(events, rowsPerInsert)) {
        const rows = slice.map((e) => ({
          segment_id: e.segmentId,
          contact_id: e.contactId,
          change: e.change,
          at: e.at,
          cause: e.cause,
        }));
        // `seq` is the database's to assign; the table type cannot say "generated" beside the entity tables.
        const compiled = withParameters(
          eventsTable,
          `append:${context.dialect}:${rows.length}`,
          () =>
            db
              .insertInto('sm_event')
              .values(rows as never)
              .compile(),
          rows.flatMap((row) => [row.segment_id, row.contact_id, row.change, row.at, row.cause]),
        );
        await db.executeQuery(compiled);
      }
    },

    async list({ after = 0, segmentId, limit = 1000 } = {}) {
      let query = db.selectFrom('sm_event').selectAll().where('seq', '>', after);
      if (segmentId !== undefined) query = query.where('segment_id', '=', segmentId);
      const rows = await query.orderBy('seq').limit(limit).execute();
      return rows.map((row) => ({
        seq: row.seq,
        segmentId: row.segment_id,
        contactId: row.contact_id,
        change: row.change as MembershipChangeKind,
        at: row.at,
        cause: row.cause as ChangeCause,
      }));
    },

    async appendJoinsOfMembers(segmentId, at, cause) {
      const backend = backends[context.dialect];
      const instant = backend.statements.instant(at.toISOString());
      const events = sql`insert into ${sql.id('sm_event')} (${sql.join(
        ['segment_id', 'contact_id', 'change', 'at', 'cause'].map((c) => sql.id(c)),
      )}) select ${sql.id('segment_id')}, ${sql.id('contact_id')}, cast(${'joined'} as text), ${instant}, cast(${cause} as text) from ${sql.id('sm_member')} where ${sql.id('segment_id')} = ${segmentId} order by ${sql.id('contact_id')}`;
      await db.executeQuery(events.compile(backend.sql.kysely));
    },

    async lastSeq() {
      const row = await db
        .selectFrom('sm_event')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst();
      return row?.seq ?? 0;
    },
  };
}
