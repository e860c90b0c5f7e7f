import type { ParseResult, Query } from '../definition/index.ts';
import type { ParseMqlFetchResult, ParseMqlResult } from '../mql/index.ts';
import type { Problem, Schema } from '../schema/index.ts';
import type { SegmentState, Store, StoredRecord, StoredSegment } from '../store/index.ts';
import { Access } from './access.ts';
import { contactSegments, type ContactSegment } from './contact-segments.ts';
import { checkedQuery, definitionProblems } from './definition-check.ts';
import { printQuery, readMql, readMqlFetch } from './installation-mql.ts';
import { memberCsv, type MemberCsvOptions } from './member-csv.ts';
import {
  existingIds,
  memberRecords,
  pageOfRecords,
  type PageRequest,
  type RecordsPage,
} from './record-pages.ts';
import { segmentPage, type SegmentPage, type SegmentPosition } from './segment-pages.ts';

/**
 * What the engine's clients read to show an installation (`Engine` extends it): segments and pages
 * of them, records and members, a contact's segments, definitions and MQL checked and read over the
 * installation's schema and segments, and `access` (API keys and the audit trail). None of it writes,
 * so none of it tells the engine's listeners anything; the reads that need the clock or a time limit
 * (estimates, explanations, verification) are `Engine`'s own.
 */
export class EngineReads {
  readonly #store: Store;
  /** Who may use the installation (its API keys) and what they changed (the audit trail). */
  readonly access: Access;

  /**
   * The reads of the installation in `store` (and its `access`) without an engine: no segment is
   * loaded and the clock does not tick, so nothing is written but what `access` is asked to write. For
   * work that changes no segment, such as the command line's `key`, `mql print` and `segment validate`.
   * An engine (`Engine.open`) has them all as well.
   */
  constructor(store: Store) {
    this.#store = store;
    this.access = new Access(store);
  }

  /** The schema as this process last loaded it: the built-in one and every custom addition. */
  schema(): Schema {
    return this.#store.schema();
  }

  /** The schema as the database holds it, reloaded first when another process added to it since. */
  currentSchema(): Promise<Schema> {
    return this.#store.syncSchema();
  }

  segment(id: string): Promise<StoredSegment | undefined> {
    return this.#store.segments.get(id);
  }

  /** Every saved segment (or those in `state`), oldest first. */
  segments(filter: { readonly state?: SegmentState } = {}): Promise<StoredSegment[]> {
    return this.#store.segments.list(filter);
  }

  /** A page of the saved segments, oldest first, after `after` (the `next` of the page before). */
  segmentPage(request: {
    readonly state?: SegmentState;
    readonly limit: number;
    readonly after?: SegmentPosition;
  }): Promise<SegmentPage> {
    return segmentPage(this.#store, request);
  }

  record(entity: string, id: string): Promise<StoredRecord | undefined> {
    return this.#store.records.get(entity, id);
  }

  /** Which of `ids` name a stored record of `entity`. */
  existingIds(entity: string, ids: readonly string[]): Promise<Set<string>> {
    return existingIds(this.#store, entity, ids);
  }

  /** How many records of `entity` there are. */
  recordCount(entity: string): Promise<number> {
    return this.#store.records.count(entity);
  }

  /** A page of an entity's records, searched and sorted, with how many match in all. */
  records(entity: string, request: PageRequest): Promise<RecordsPage> {
    return pageOfRecords(this.#store, { entity, ...optionalSearch(request) }, request);
  }

  /** A page of a segment's members (contacts), searched and sorted, with how many match in all. */
  members(segmentId: string, request: PageRequest): Promise<RecordsPage> {
    return pageOfRecords(this.#store, { entity: 'contact', segmentId, ...optionalSearch(request) }, request);
  }

  /** Every member of a segment as a contact record, in id order, a page at a time. */
  memberRecords(segmentId: string): AsyncGenerator<StoredRecord> {
    return memberRecords(this.#store, segmentId);
  }

  /** Every member of a segment as CSV, in chunks (`member-csv.ts`); `onPage` hears each chunk's size. */
  memberCsv(
    segmentId: string,
    options: MemberCsvOptions & { readonly onPage?: (members: number) => void } = {},
  ): AsyncGenerator<string> {
    const { onPage, ...csv } = options;
    return memberCsv(this.#store, segmentId, onPage, csv);
  }

  /** The segments a contact is a member of and how, by name; undefined when there is no such contact. */
  contactSegments(contactId: string): Promise<ContactSegment[] | undefined> {
    return contactSegments(this.#store, contactId);
  }

  /** The sequence number of the newest membership event (0 when there is none). */
  lastEventSeq(): Promise<number> {
    return this.#store.events.lastSeq();
  }

  /**
   * Every problem of a segment definition at once, as going live would find them (`selfId`: the saved
   * segment it is for, so that a reference back to it is found). Empty when it is valid.
   */
  definitionProblems(json: unknown, selfId?: string): Promise<readonly Problem[]> {
    return definitionProblems(json, this.#store, selfId);
  }

  /** A query on its own checked as going live would check it, problems' paths under `path`. */
  checkQuery(json: unknown, path?: string, timeZone?: string): Promise<ParseResult<Query>> {
    return checkedQuery(json, this.#store, path, timeZone);
  }

  /** MQL read into a query over the installation's schema and segments, or every problem. */
  readMql(text: string): Promise<ParseMqlResult> {
    return readMql(this.#store, text);
  }

  /** MQL with its paging tail (FetchContactsByQuery's) read as `readMql` reads a query. */
  readMqlFetch(text: string): Promise<ParseMqlFetchResult> {
    return readMqlFetch(this.#store, text);
  }

  /** A valid query as MQL, other segments named by name where that finds them again, else by id. */
  printMql(query: Query): Promise<string> {
    return printQuery(this.#store, query);
  }

  /** A small named value kept in the database (`sm_setting`), or undefined. */
  setting(name: string): Promise<string | undefined> {
    return this.#store.settings.get(name);
  }
}

function optionalSearch(request: PageRequest): { readonly search?: string } {
  return request.search === undefined ? {} : { search: request.search };
}
