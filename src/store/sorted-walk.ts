import { sql, type AliasedRawBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { StoreSession } from './store.ts';

/**
 * A page of a large segment's members in the order of an indexed sort key, read by walking the
 * contact index on that key (migration 0007) and keeping the contacts that are members (a probe of the
 * member table's key each), instead of sorting every member for every page. The walk reads at most a
 * budget of index entries; when that is not enough to fill the page (a segment that holds few of the
 * contacts, or none near the cursor) it says so, and the caller sorts the members as for any segment.
 */

/** The text attributes of each entity whose sort key has an index to walk (see migration 0007). */
const walkable: Readonly<Record<string, readonly string[]>> = {
  contact: ['fullname', 'emailaddress1'],
};

/** Below this many members, sorting them all is already fast: no walk is tried. */
export const walkFromMembers = 1_000;

/** True when pages of `entity` sorted by `attribute` can walk an index. */
export function canWalk(entity: string, attribute: string): boolean {
  return walkable[entity]?.includes(attribute) ?? false;
}

// Names no attribute's column can take (logical names are lower-case), so unqualified columns stay the contact's.
const scanId = 'Scan Id';
const scanKey = 'Scan Key';

/** What a walk reads: the page's sort key expression, its keyset condition and its order. */
export interface WalkRequest {
  readonly entity: string;
  readonly segmentId: string;
  readonly members: number;
  /** The sort key expression, exactly as indexed. */
  readonly key: RawBuilder<string>;
  /** The keyset condition on `key` and id, or undefined for the first page. */
  readonly keyset: RawBuilder<SqlBool> | undefined;
  readonly descending: boolean;
  /** The columns of a whole record, unqualified, and the key under the alias the caller reads. */
  readonly columns: readonly AliasedRawBuilder<unknown, string>[];
  readonly keyAlias: string;
  /** Rows wanted: the page and one more. */
  readonly rows: number;
}

/**
 * The page's rows as the sorted query would give them, or undefined when the walk's budget ran out
 * before the page was full (then sort instead). The budget is a quarter of the members: a walk that
 * fails costs a fraction of the sort that follows it.
 */
export async function walkSortedMembers(
  session: StoreSession,
  request: WalkRequest,
): Promise<Record<string, unknown>[] | undefined> {
  const budget = Math.max(4 * request.rows, Math.ceil(request.members / 4));
  const order = sql.raw(request.descending ? 'desc' : 'asc');
  const entity = sql.table(request.entity);
  const where = request.keyset ?? sql<SqlBool>`1 = 1`;
  const scanned = sql`select ${sql.ref('id')} as ${sql.ref(scanId)}, ${request.key} as ${sql.ref(scanKey)}
    from ${entity} where ${where} order by ${request.key} ${order}, ${sql.ref('id')} ${order} limit ${budget}`;
  const { rows } = await sql<Record<string, unknown>>`select ${sql.join(request.columns)},
      ${sql.ref(`s.${scanKey}`)} as ${sql.ref(request.keyAlias)}
    from (${scanned}) as ${sql.ref('s')}
    join ${entity} on ${sql.ref('id')} = ${sql.ref(`s.${scanId}`)}
    where exists (select 1 from ${sql.table('sm_member')} as ${sql.ref('m')}
      where ${sql.ref('m.segment_id')} = ${request.segmentId} and ${sql.ref('m.contact_id')} = ${sql.ref(`s.${scanId}`)})
    order by ${sql.ref(`s.${scanKey}`)} ${order}, ${sql.ref(`s.${scanId}`)} ${order}
    limit ${request.rows}`.execute(session.db);
  if (rows.length >= request.rows) return rows;
  // Fewer than wanted: the page is whole if the walk reached the end of the index, not its budget.
  const { rows: counted } = await sql<{ n: number | string }>`select count(*) as ${sql.ref('n')}
    from (select 1 as ${sql.ref('one')} from ${entity} where ${where}
      order by ${request.key} ${order}, ${sql.ref('id')} ${order} limit ${budget}) as ${sql.ref('t')}`.execute(
    session.db,
  );
  return Number(counted[0]?.n ?? 0) < budget ? rows : undefined;
}
