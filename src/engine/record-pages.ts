import {
  countRecords,
  recordPage,
  type PageKey,
  type RecordFilter,
  type StoredRecord,
  type StoreSession,
} from '../store/index.ts';

/** What a page of records is asked for: searched, sorted (by id unless told) and after a position. */
export interface PageRequest {
  /** Text searched in the entity's name and email attributes. */
  readonly search?: string;
  /** A sortable attribute (`isSortableAttribute`); the id when absent. */
  readonly sortBy?: string;
  readonly descending?: boolean;
  readonly limit: number;
  /** The `next` of the page before. */
  readonly after?: PageKey;
}

/** A page of records with how many match in all, and where the next page starts (none after the last). */
export interface RecordsPage {
  readonly items: readonly StoredRecord[];
  readonly total: number;
  readonly next?: PageKey;
}

/** One page of an entity's records, or of a segment's members (`filter.segmentId`), with the total. */
export async function pageOfRecords(
  session: StoreSession,
  filter: RecordFilter,
  request: PageRequest,
): Promise<RecordsPage> {
  const page = await recordPage(session, { ...filter, ...request });
  const total = await countRecords(session, filter);
  return { items: page.items, total, ...(page.next === undefined ? {} : { next: page.next }) };
}

const memberPageSize = 1_000;

/**
 * A segment's members as contact records, in id order, a page at a time: however large the segment,
 * only one page is in memory. A segment with no members (or none at all) yields nothing.
 */
export async function* memberRecords(session: StoreSession, segmentId: string): AsyncGenerator<StoredRecord> {
  let after: string | undefined;
  for (;;) {
    const ids = await session.members.list(segmentId, {
      limit: memberPageSize,
      ...(after === undefined ? {} : { after }),
    });
    if (ids.length === 0) return;
    yield* await session.records.getMany('contact', ids);
    after = ids.at(-1);
    if (ids.length < memberPageSize) return;
  }
}

/** Which of `ids` name a stored record of `entity` (looked up a thousand at a time). */
export async function existingIds(
  session: StoreSession,
  entity: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  const all = [...new Set(ids)];
  for (let i = 0; i < all.length; i += 1000) {
    for (const record of await session.records.getMany(entity, all.slice(i, i + 1000))) found.add(record.id);
  }
  return found;
}
