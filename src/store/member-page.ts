import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { foldCase, type EntityDef } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import { UnknownEntityError } from './errors.ts';
import type { StoreSession } from './store.ts';
import { decodeRecord, recordColumns, type StoredRecord } from './stored-record.ts';
import { canWalk, walkFromMembers, walkSortedMembers, type WalkRequest } from './sorted-walk.ts';

/**
 * Pages of records for lists people read: a segment's members or an entity's records, searched by name
 * and email and sorted by a text attribute, with keyset paging (each page starts after the last record
 * of the one before, so a page costs the same wherever it is and a record never shows twice).
 */

/** Where a page starts: after the record with this sort key (the folded text, '' when missing) and id. */
export interface PageKey {
  /** The sort attribute's folded value; absent when sorting by id. */
  readonly key?: string;
  readonly id: string;
}

export interface RecordPageOptions {
  readonly entity: string;
  /** Only the stored members of this segment (`entity` is then `contact`). */
  readonly segmentId?: string;
  /** Text that the record's name or email contains, compared case-insensitively and literally. */
  readonly search?: string;
  /** A `string` attribute to sort by, compared through the shared case fold; by id when absent. */
  readonly sortBy?: string;
  readonly descending?: boolean;
  readonly limit: number;
  readonly after?: PageKey;
}

export interface RecordPage {
  readonly items: readonly StoredRecord[];
  /** Where the next page starts; absent on the last page. */
  readonly next?: PageKey;
}

/** Which records a page or a count covers. */
export type RecordFilter = Pick<RecordPageOptions, 'entity' | 'segmentId' | 'search'>;

/** The attributes a search looks in: the entity's name (its primary attribute) and its email, when text. */
export function searchAttributes(entity: EntityDef): string[] {
  const names = [entity.primaryAttribute, 'emailaddress1'];
  return entity.attributes.filter((a) => names.includes(a.name) && a.type === 'string').map((a) => a.name);
}

/** True when `attribute` of `entity` can order a page (text attributes only; `id` always). */
export function isSortableAttribute(entity: EntityDef, attribute: string): boolean {
  return attribute === 'id' || entity.attributes.some((a) => a.name === attribute && a.type === 'string');
}

// Not a logical name (those are lower-case), so it cannot clash with an attribute's column.
const sortKeyAlias = 'Sort Key';

/** A page by id of a segment's members alone: the keyset and limit go into the member list itself. */
interface MemberWindow {
  readonly after?: string | undefined;
  readonly descending: boolean;
  readonly limit: number;
}

/** The entity's definition and the condition a filter puts on its records. */
function filterOf(session: StoreSession, filter: RecordFilter, window?: MemberWindow) {
  const def = session.schema().entity(filter.entity);
  if (!def) throw new UnknownEntityError(filter.entity);
  const dialect = backends[session.kind].sql;
  const filters: RawBuilder<SqlBool>[] = [];
  if (filter.segmentId !== undefined) {
    const member = sql.ref('contact_id');
    // With a window, the database reads only the page's part of the member list (its primary key is
    // segment then contact id), not every member for every page of an export; members whose record
    // is gone are passed over inside the window, so that they never end a page early.
    const slice = window
      ? sql`${window.after === undefined ? sql`` : sql`and ${member} ${window.descending ? sql.raw('<') : sql.raw('>')} ${window.after}`}
        and exists (select 1 from ${sql.table(filter.entity)} as ${sql.ref('record')} where ${sql.ref('record.id')} = ${sql.ref('sm_member.contact_id')})
        order by ${member} ${sql.raw(window.descending ? 'desc' : 'asc')} limit ${window.limit}`
      : sql``;
    filters.push(
      sql<SqlBool>`${sql.ref('id')} in (select ${member} from ${sql.table('sm_member')} where ${sql.ref('segment_id')} = ${filter.segmentId} ${slice})`,
    );
  }
  if (filter.search !== undefined && filter.search !== '') {
    const needle = foldCase(filter.search);
    const tests = searchAttributes(def).map((name) =>
      dialect.textContains(dialect.lower(sql.ref(name)), needle),
    );
    filters.push(tests.length === 0 ? sql<SqlBool>`1 = 0` : sql<SqlBool>`(${sql.join(tests, sql` or `)})`);
  }
  const where = filters.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.join(filters, sql` and `)}`;
  return { def, where };
}

/**
 * How many records a filter covers. A segment's members without a search are its stored member count,
 * which every change keeps in step; anything else is counted.
 */
export async function countRecords(session: StoreSession, filter: RecordFilter): Promise<number> {
  const { where } = filterOf(session, filter);
  if (filter.segmentId !== undefined && (filter.search === undefined || filter.search === '')) {
    const row = await session.db
      .selectFrom('sm_segment')
      .select('member_count')
      .where('id', '=', filter.segmentId)
      .executeTakeFirst();
    return row?.member_count ?? 0;
  }
  const row = await session.db
    .selectFrom(filter.entity)
    .select((eb) => eb.fn.countAll().as('count'))
    .where(where)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * One page of records (count them with `countRecords`).
 *
 * @example
 * const first = await recordPage(store, { entity: 'contact', segmentId, search: 'ada', sortBy: 'fullname', limit: 50 });
 * const second = first.next && (await recordPage(store, { ...sameOptions, after: first.next }));
 */
export async function recordPage(session: StoreSession, options: RecordPageOptions): Promise<RecordPage> {
  const { limit } = options;
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive whole number, got ${limit}`);
  const sortBy = options.sortBy === 'id' ? undefined : options.sortBy;
  const searching = options.search !== undefined && options.search !== '';
  const window =
    sortBy === undefined && !searching
      ? { after: options.after?.id, descending: options.descending ?? false, limit: limit + 1 }
      : undefined;
  const { def, where } = filterOf(session, options, window);
  if (sortBy !== undefined && !isSortableAttribute(def, sortBy))
    throw new RangeError(`${options.entity}.${sortBy} cannot order a page: it is not a text attribute`);
  const backend = backends[session.kind];
  const folded = sortBy === undefined ? undefined : backend.sql.lower(sql.ref(sortBy));
  // By code point on every backend, as ids are, whatever a server's locale.
  const key =
    folded === undefined ? undefined : backend.statements.byCodePoint(sql<string>`coalesce(${folded}, '')`);

  const after = options.after;
  const direction = options.descending ? sql.raw('<') : sql.raw('>');
  let keyset: RawBuilder<SqlBool> | undefined;
  if (after !== undefined) {
    keyset =
      key === undefined
        ? sql<SqlBool>`${sql.ref('id')} ${direction} ${after.id}`
        : // After (key, id): the key's bound first, so that an index on (key, id) seeks to it.
          sql<SqlBool>`(${key} ${sql.raw(options.descending ? '<=' : '>=')} ${after.key ?? ''} and (${key} ${direction} ${after.key ?? ''} or ${sql.ref('id')} ${direction} ${after.id}))`;
  }
  const columns = recordColumns(session.kind, def);
  const walked =
    key !== undefined && sortBy !== undefined && options.segmentId !== undefined && !searching
      ? await walkIfLarge(session, {
          entity: options.entity,
          segmentId: options.segmentId,
          sortBy,
          key,
          keyset,
          descending: options.descending ?? false,
          columns,
          keyAlias: sortKeyAlias,
          rows: limit + 1,
        })
      : undefined;
  const order = options.descending ? 'desc' : 'asc';
  let query = session.db
    .selectFrom(options.entity)
    .select([...columns, (key ?? sql<string>`''`).as(sortKeyAlias)])
    .where(where);
  if (keyset) query = query.where(keyset);
  if (key !== undefined) query = query.orderBy(key, order);
  const rows =
    walked ??
    (await query
      .orderBy(sql.ref('id'), order)
      .limit(limit + 1)
      .execute());

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items = page.map((row) => decodeRecord(session.kind, def, row));
  if (rows.length <= limit || last === undefined) return { items };
  const lastId = String(last.id);
  const next: PageKey = key === undefined ? { id: lastId } : { key: String(last[sortKeyAlias]), id: lastId };
  return { items, next };
}

/**
 * A sorted page of a segment's members by walking the sort key's index, when there is one and the
 * segment is large enough for the walk to pay; undefined when the members are to be sorted instead.
 */
async function walkIfLarge(
  session: StoreSession,
  request: Omit<WalkRequest, 'members'> & { readonly sortBy: string },
): Promise<Record<string, unknown>[] | undefined> {
  if (!canWalk(request.entity, request.sortBy)) return undefined;
  const segment = await session.db
    .selectFrom('sm_segment')
    .select('member_count')
    .where('id', '=', request.segmentId)
    .executeTakeFirst();
  const members = segment?.member_count ?? 0;
  if (members < walkFromMembers) return undefined;
  return walkSortedMembers(session, { ...request, members });
}
