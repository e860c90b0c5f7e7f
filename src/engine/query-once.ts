import { parseQuery } from '../definition/index.ts';
import {
  orderedPage,
  type OrderKey,
  type StoredRecord,
  type StoredSegment,
  type StoreSession,
} from '../store/index.ts';
import { validateQuery } from '../validate/index.ts';
import { EngineError, withinTimeLimit } from './engine-error.ts';
import { segmentCatalog, type EngineState } from './engine-state.ts';
import { loadSegment, type LoadedSegment } from './live-segment.ts';
import type { ColumnarView } from './maintenance/columnar-view.ts';
import { evaluateMembers } from './maintenance/membership-check.ts';

/**
 * Queries run once without being saved: `segmint eval`, the size estimate, Dynamics'
 * FetchContactsByQuery and a static segment's `addByQuery`. Each reads at one snapshot, beside other
 * requests (`Store.read`), within the store's time limit; with a columnar view, from its image.
 */

/** The members a query selects now. */
export function evaluateQuery(state: EngineState, query: unknown, timeZone: string): Promise<Set<string>> {
  return runQuery(
    state,
    query,
    timeZone,
    (view, segment, now) => view.matches(segment, now),
    (ids) => ids,
  );
}

/** How many contacts a query selects now, as `evaluateQuery` would find them; from the columnar view without making their ids. */
export function estimateQuery(state: EngineState, query: unknown, timeZone: string): Promise<number> {
  return runQuery(
    state,
    query,
    timeZone,
    (view, segment, now) => view.count(segment, now),
    (ids) => ids.size,
  );
}

function runQuery<T>(
  state: EngineState,
  query: unknown,
  timeZone: string,
  fromView: (view: ColumnarView, segment: LoadedSegment, now: Date) => Promise<T | undefined>,
  fromIds: (ids: Set<string>) => T,
): Promise<T> {
  const now = state.clock.now();
  const { store, columnar } = state;
  const evaluate = async () => {
    if (columnar) {
      // Checked on this process's connection: it reads only the segments' names and definitions.
      const segment = await queryAsSegment(store, query, 'query', timeZone, now);
      const answered = await fromView(columnar, segment, now);
      if (answered !== undefined) return answered;
      return fromIds(await store.read((session) => evaluateMembers(session, segment, now)));
    }
    return fromIds(await store.read((session) => runQueryOnce(session, query, 'query', timeZone, now)));
  };
  return withinTimeLimit(
    evaluate(),
    'The estimate',
    'Narrow the definition (fewer conditions or values, an indexed attribute first), or try again when the server is less busy.',
  );
}

/**
 * A page of the contacts a query selects now, sorted by `order` (then by id) and cut from `offset`
 * by the database, with how many it selects in all: a page of a million matches holds only the page.
 */
export function fetchByQuery(
  state: EngineState,
  query: unknown,
  timeZone: string,
  page: { readonly order: readonly OrderKey[]; readonly offset: number; readonly limit: number },
): Promise<{ total: number; records: StoredRecord[] }> {
  const now = state.clock.now();
  return withinTimeLimit(
    state.store.read(async (session) => {
      const ids = [...(await runQueryOnce(session, query, 'query', timeZone, now))];
      const records = await orderedPage(session, 'contact', ids, page.order, page.offset, page.limit);
      return { total: ids.length, records };
    }),
    'The query',
    'Narrow the query, order by contactid, or try again when the server is less busy.',
  );
}

/** Runs a query once, as `addByQuery` and the size estimate do, after validating it. */
export async function runQueryOnce(
  tx: StoreSession,
  json: unknown,
  path: string,
  timeZone: string,
  now: Date,
): Promise<Set<string>> {
  return evaluateMembers(tx, await queryAsSegment(tx, json, path, timeZone, now), now);
}

/** A query checked (INVALID_DEFINITION with every problem) and loaded as an unsaved draft segment of its own. */
export async function queryAsSegment(
  tx: StoreSession,
  json: unknown,
  path: string,
  timeZone: string,
  now: Date,
): Promise<LoadedSegment> {
  const parsed = parseQuery(json, path);
  if (!parsed.ok) throw new EngineError('INVALID_DEFINITION', 'The query is not valid.', parsed.problems);
  const problems = validateQuery(
    parsed.value,
    { schema: tx.schema(), segments: await segmentCatalog(tx) },
    path,
    timeZone,
  );
  if (problems.length > 0) throw new EngineError('INVALID_DEFINITION', 'The query is not valid.', problems);
  const stored: StoredSegment = {
    id: '',
    name: 'query',
    type: 'dynamic',
    state: 'draft',
    definition: { name: 'query', timeZone, query: json },
    timeZone,
    memberCount: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    goLiveAt: null,
  };
  return loadSegment(stored, tx.schema());
}
