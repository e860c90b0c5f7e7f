import { sql, type CompiledQuery } from 'kysely';
import { spendHeldMemberships, takeReadAhead } from './begin-reads.ts';
import type { MemberAmong } from './backend.ts';
import { backends } from './backends/index.ts';
import type { ChangeCause } from './event-store.ts';
import { IdList } from './id-list.ts';
import { writeLoggedChanges } from './logged-changes.ts';
import { writeChanges } from './member-changes.ts';
import type { OverrideMode } from './override-store.ts';
import { runRead, type PreparedRead } from './read-together.ts';
import { withParameters } from './statement-templates.ts';
import { chunks, idsPerStatement, inTransaction, sortIds, type StoreContext } from './store-context.ts';

/** How a segment's membership changed: ids sorted. */
export interface MemberChange {
  readonly joined: readonly string[];
  readonly left: readonly string[];
}

/** The segments some contacts are members of and their overrides, by contact id. */
export interface ContactMemberships {
  readonly members: Map<string, Set<string>>;
  readonly overrides: Map<string, Map<string, OverrideMode>>;
}

/** Contacts that join and leave one segment, each known to be (or not be) a member now. */
export interface SegmentMemberChange {
  readonly segmentId: string;
  readonly join: readonly string[];
  readonly leave: readonly string[];
}

/**
 * The stored members of each segment (`sm_member`), kept as contact ids. Every change also moves the
 * segment's `memberCount`, in the same transaction.
 */
export interface MemberStore {
  /** Member ids in id order; a page of them with `limit` and `after`. */
  list(segmentId: string, options?: { readonly limit?: number; readonly after?: string }): Promise<string[]>;
  count(segmentId: string): Promise<number>;
  /**
   * A text that changes whenever the segment's members change: its last logged event and its member
   * count. Every change of members is logged with an event in its transaction, except deleting the
   * segment, which leaves it with none (a count of 0 that a set with members could not have had).
   */
  version(segmentId: string): Promise<string>;
  has(segmentId: string, contactId: string): Promise<boolean>;
  /** Makes `contactIds` the members and says who joined and who left. */
  replace(segmentId: string, contactIds: Iterable<string>): Promise<MemberChange>;
  /** Adds members; returns the ids that were not members before, sorted. */
  add(segmentId: string, contactIds: Iterable<string>): Promise<string[]>;
  /** Removes members; returns the ids that were members, sorted. */
  remove(segmentId: string, contactIds: Iterable<string>): Promise<string[]>;
  /**
   * The segments among `segmentIds` each contact is a member of, and the contacts' overrides in every
   * segment (contact → segment → mode), read together in one statement: what live maintenance knows
   * of the contacts it re-checks.
   */
  membershipsOf(contactIds: readonly string[], segmentIds: readonly string[]): Promise<ContactMemberships>;
  /** `membershipsOf` as a read to run with others (`StoreSession.readTogether`). */
  membershipsRead(
    contactIds: readonly string[],
    segmentIds: readonly string[],
  ): PreparedRead<ContactMemberships>;
  /**
   * Writes changes the caller has already worked out against the current members (live maintenance
   * reads them once for every segment and writes a whole pass at once), and returns each changed
   * segment's new member count. A few statements in all, however many segments changed.
   */
  changeMany(changes: readonly SegmentMemberChange[]): Promise<Map<string, number>>;
  /**
   * `changeMany` with its log: an event per contact (each segment's joins, then its leaves, in the
   * order of `changes`) and each changed segment's count in the history at `now`. One statement on a
   * backend that can (`logged-changes.ts`).
   */
  changeAndLog(
    changes: readonly SegmentMemberChange[],
    cause: ChangeCause,
    now: Date,
  ): Promise<Map<string, number>>;
  /**
   * `changeAndLog` for the last write of a transaction, whose counts nobody reads: on PostgreSQL it
   * travels with the transaction's next statement, the commit after a write's maintenance, saving a
   * round trip. It is as much part of the transaction as ever: should it fail, so does the commit,
   * and nothing of the transaction remains.
   */
  changeAndLogAtCommit(changes: readonly SegmentMemberChange[], cause: ChangeCause, now: Date): Promise<void>;
  /** The segments a contact is a member of, by id. */
  segmentsOf(contactId: string): Promise<string[]>;
  /**
   * Stores a member count the caller knows exactly: a go-live that has just stored every member of a
   * segment that had none (set-based SQL wrote `sm_member` directly and returned the ids).
   */
  setCount(segmentId: string, count: number): Promise<void>;
  /**
   * Stores `contactIds` as the members of `segmentId`, which has none, in one statement (the ids as
   * one list parameter) in contact id order, and sets its count. The ids must be a full evaluation's
   * result, current in this transaction: every one names a contact that exists (nothing checks it
   * again). Returns the ids in the order stored (`contactIds` itself when it is an `IdList`).
   */
  insertMatched(segmentId: string, contactIds: Iterable<string>): Promise<IdList>;
}

const rowsPerInsert = 1_000;
/** Stands for the memberships statement in the statement cache. */
const membershipsStatement = {};
/** Stands for the member insert in the statement cache. */
const insertStatement = {};

/** The member store over `context`. */
export function memberStore(context: StoreContext): MemberStore {
  const { db } = context;
  type Tx = StoreContext;

  const membersAmong = async (tx: Tx, segmentId: string, ids: readonly string[]): Promise<Set<string>> => {
    const found = new Set<string>();
    for (const slice of chunks(ids, idsPerStatement)) {
      const rows = await tx.db
        .selectFrom('sm_member')
        .select('contact_id')
        .where('segment_id', '=', segmentId)
        .where('contact_id', 'in', slice)
        .execute();
      for (const row of rows) found.add(row.contact_id);
    }
    return found;
  };

  const insert = async (tx: Tx, segmentId: string, ids: readonly string[]) => {
    for (const slice of chunks(ids, rowsPerInsert)) {
      const rows = slice.map((contactId) => ({ segment_id: segmentId, contact_id: contactId }));
      // Built once per row count: only the parameters change from one insert to the next.
      const compiled = withParameters(
        insertStatement,
        `${context.dialect}:${rows.length}`,
        () => tx.db.insertInto('sm_member').values(rows).compile(),
        rows.flatMap((row) => [row.segment_id, row.contact_id]),
      );
      await tx.db.executeQuery(compiled);
    }
  };

  const deleteSome = async (tx: Tx, segmentId: string, ids: readonly string[]) => {
    for (const slice of chunks(ids, idsPerStatement)) {
      await tx.db
        .deleteFrom('sm_member')
        .where('segment_id', '=', segmentId)
        .where('contact_id', 'in', slice)
        .execute();
    }
  };

  const moveCount = async (tx: Tx, segmentId: string, delta: number) => {
    if (delta === 0) return;
    await tx.db
      .updateTable('sm_segment')
      .set((eb) => ({ member_count: eb('member_count', '+', delta) }))
      .where('id', '=', segmentId)
      .execute();
  };

  const store: MemberStore = {
    async list(segmentId, { limit, after } = {}) {
      let query = db.selectFrom('sm_member').select('contact_id').where('segment_id', '=', segmentId);
      if (after !== undefined) query = query.where('contact_id', '>', after);
      query = query.orderBy('contact_id');
      if (limit !== undefined) query = query.limit(limit);
      return (await query.execute()).map((row) => row.contact_id);
    },

    async count(segmentId) {
      const row = await db
        .selectFrom('sm_member')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('segment_id', '=', segmentId)
        .executeTakeFirstOrThrow();
      return row.count;
    },

    async version(segmentId) {
      const row = await db
        .selectNoFrom((eb) => [
          eb
            .selectFrom('sm_event')
            .select((e) => e.fn.max('seq').as('seq'))
            .where('segment_id', '=', segmentId)
            .as('seq'),
          eb.selectFrom('sm_segment').select('member_count').where('id', '=', segmentId).as('count'),
        ])
        .executeTakeFirstOrThrow();
      return `${String(row.seq ?? 0)}:${String(row.count ?? 0)}`;
    },

    async has(segmentId, contactId) {
      const row = await db
        .selectFrom('sm_member')
        .select('contact_id')
        .where('segment_id', '=', segmentId)
        .where('contact_id', '=', contactId)
        .executeTakeFirst();
      return row !== undefined;
    },

    replace(segmentId, contactIds) {
      spendHeldMemberships(context.beginReads);
      const wanted = new Set(contactIds);
      return inTransaction(context, async (tx) => {
        const rows = await tx.db
          .selectFrom('sm_member')
          .select('contact_id')
          .where('segment_id', '=', segmentId)
          .execute();
        const current = new Set(rows.map((row) => row.contact_id));
        const joined = sortIds([...wanted].filter((id) => !current.has(id)));
        const left = sortIds([...current].filter((id) => !wanted.has(id)));
        await deleteSome(tx, segmentId, left);
        await insert(tx, segmentId, joined);
        await moveCount(tx, segmentId, joined.length - left.length);
        return { joined, left };
      });
    },

    add(segmentId, contactIds) {
      spendHeldMemberships(context.beginReads);
      const ids = [...new Set(contactIds)];
      return inTransaction(context, async (tx) => {
        const already = await membersAmong(tx, segmentId, ids);
        const joined = sortIds(ids.filter((id) => !already.has(id)));
        await insert(tx, segmentId, joined);
        await moveCount(tx, segmentId, joined.length);
        return joined;
      });
    },

    remove(segmentId, contactIds) {
      spendHeldMemberships(context.beginReads);
      const ids = [...new Set(contactIds)];
      return inTransaction(context, async (tx) => {
        const left = sortIds(await membersAmong(tx, segmentId, ids));
        await deleteSome(tx, segmentId, left);
        await moveCount(tx, segmentId, -left.length);
        return left;
      });
    },

    membershipsOf(contactIds, segmentIds) {
      return runRead(db, store.membershipsRead(contactIds, segmentIds));
    },

    membershipsRead(contactIds, segmentIds) {
      const compiled = membershipsQuery(context, contactIds, segmentIds);
      const decode = (rows: readonly unknown[]) => membershipsFrom(rows as readonly MembershipRow[]);
      const known = heldRows(context, contactIds, segmentIds);
      return known ? { query: compiled, known, decode } : { query: compiled, decode };
    },

    changeMany(changes) {
      spendHeldMemberships(context.beginReads);
      return inTransaction(context, (tx) => writeChanges(tx, changes));
    },

    changeAndLog(changes, cause, now) {
      spendHeldMemberships(context.beginReads);
      return writeLoggedChanges(context, changes, cause, now);
    },

    async changeAndLogAtCommit(changes, cause, now) {
      spendHeldMemberships(context.beginReads);
      await writeLoggedChanges(context, changes, cause, now, true);
    },

    async segmentsOf(contactId) {
      // Members are stored by segment then contact, with no index by contact (migration 0010): each
      // segment is probed for the contact by its primary key, a seek per segment, never a scan.
      const rows = await db
        .selectFrom('sm_member')
        .select('segment_id')
        .where('segment_id', 'in', db.selectFrom('sm_segment').select('id'))
        .where('contact_id', '=', contactId)
        .execute();
      return sortIds(rows.map((row) => row.segment_id));
    },

    async insertMatched(segmentId, contactIds) {
      spendHeldMemberships(context.beginReads);
      const backend = backends[context.dialect];
      // In id order, each row lands after the one before in the clustered key: out of order, SQLite
      // spends four times as long (143,185 members at 1M: 32 ms sorted, 130 ms shuffled).
      const sorted = IdList.of(contactIds);
      const listed = backend.statements.listedIds(sorted);
      await db.executeQuery(
        sql`insert into sm_member (segment_id, contact_id) select cast(${segmentId} as text), l.id from (${listed}) as l`.compile(
          backend.sql.kysely,
        ),
      );
      await store.setCount(segmentId, sorted.length);
      return sorted;
    },

    async setCount(segmentId, count) {
      await db.updateTable('sm_segment').set({ member_count: count }).where('id', '=', segmentId).execute();
    },
  };
  return store;
}

/**
 * The statement of `membershipsRead`: the memberships of `contactIds` in `segmentIds`, with a null
 * `mode`, and every override of those contacts. Each list is one parameter, so the statement has one
 * shape however long they are.
 */
export function membershipsQuery(
  context: StoreContext,
  contactIds: readonly string[],
  segmentIds: readonly string[],
): CompiledQuery {
  const backend = backends[context.dialect];
  const segments = backend.sql.idListParam([...new Set(segmentIds)]);
  const ids = backend.sql.idListParam([...new Set(contactIds)]);
  return withParameters(
    membershipsStatement,
    context.dialect,
    () =>
      sql<
        MemberAmong | { segment_id: string; contact_id: string; mode: string }
      >`${backend.statements.membersAmong(segments, ids)}
        union all
        select segment_id, contact_id, mode from sm_override where ${backend.sql.idIn(sql.ref('contact_id'), [])}`.compile(
        context.db,
      ),
    [segments, ids, ids],
  );
}

/**
 * The rows `membershipsQuery` would give for `contactIds` in `segmentIds`, taken from the memberships
 * read as the transaction began (`HeldMemberships`) when those cover them and the transaction has
 * changed none since; else undefined, and the statement runs.
 */
function heldRows(
  context: StoreContext,
  contactIds: readonly string[],
  segmentIds: readonly string[],
): readonly MembershipRow[] | undefined {
  const held = context.beginReads?.memberships;
  if (!held || held.spent) return undefined;
  if (!contactIds.every((id) => held.contacts.has(id)) || !segmentIds.every((id) => held.segments.has(id)))
    return undefined;
  held.rows ??= takeReadAhead(context.beginReads, held.query);
  if (!held.rows) return undefined;
  const contacts = new Set(contactIds);
  const segments = new Set(segmentIds);
  // Overrides come for every segment; memberships only for those asked.
  return (held.rows as readonly MembershipRow[]).filter(
    (row) => contacts.has(row.contact_id) && (row.mode !== null || segments.has(row.segment_id)),
  );
}

interface MembershipRow {
  readonly segment_id: string;
  readonly contact_id: string;
  readonly mode: string | null;
}

/** The members and overrides the memberships statement's rows name (a null mode marks a member row). */
function membershipsFrom(rows: readonly MembershipRow[]): ContactMemberships {
  const members = new Map<string, Set<string>>();
  const overrides = new Map<string, Map<string, OverrideMode>>();
  for (const row of rows) {
    if (row.mode === null) {
      const joined = members.get(row.contact_id) ?? new Set<string>();
      joined.add(row.segment_id);
      members.set(row.contact_id, joined);
    } else {
      const modes = overrides.get(row.contact_id) ?? new Map<string, OverrideMode>();
      modes.set(row.segment_id, row.mode as OverrideMode);
      overrides.set(row.contact_id, modes);
    }
  }
  return { members, overrides };
}
