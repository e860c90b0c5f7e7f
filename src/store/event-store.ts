import { backends } from './backends/index.ts';
import { eventRows, readEvents, runRows } from './event-runs.ts';
import type { IdList } from './id-list.ts';
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
   * Logs a `joined` event of `segmentId` at `at` for each of `contacts`, in id order, as runs of up
   * to `joinsPerRow` events a row (`event-runs.ts`): a first go-live's events.
   */
  appendJoins(segmentId: string, contacts: IdList, at: Date, cause: ChangeCause): Promise<void>;
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

    list({ after = 0, segmentId, limit = 1000 } = {}) {
      return readEvents(eventRows(db, segmentId === undefined ? undefined : [segmentId]), after, limit);
    },

    async appendJoins(segmentId, contacts, at, cause) {
      if (contacts.length === 0) return;
      const backend = backends[context.dialect];
      const reserved = await db.executeQuery(
        backend.statements.reserveEventSeqs(contacts.length).compile(backend.sql.kysely),
      );
      const first = Number(reserved.rows[0]?.first);
      const rows = runRows(segmentId, contacts, first, at.toISOString(), cause);
      for (const slice of chunks(rows, rowsPerInsert))
        await db.insertInto('sm_event').values(slice).execute();
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
