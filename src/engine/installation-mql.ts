import type { Query } from '../definition/index.ts';
import {
  parseMql,
  parseMqlFetch,
  printMql,
  segmentNamer,
  segmentResolver,
  type ParseMqlFetchResult,
  type ParseMqlResult,
} from '../mql/index.ts';
import type { StoreSession } from '../store/index.ts';

/**
 * MQL (Dynamics 365's segment query language) read and printed over an installation: its schema as
 * the database holds it (custom attributes another process added included) and its saved segments,
 * which `SEGMENT(…)` names.
 *
 * @example
 * const read = await readMql(store, "PROFILE(contact).FILTER(address1_city == 'Seattle')");
 */
export async function readMql(session: StoreSession, text: string): Promise<ParseMqlResult> {
  const resolveSegment = segmentResolver(await session.segments.list());
  return parseMql(text, await session.syncSchema(), { resolveSegment });
}

/** MQL with its paging tail (`FetchContactsByQuery`'s), read as `readMql` reads a query. */
export async function readMqlFetch(session: StoreSession, text: string): Promise<ParseMqlFetchResult> {
  const resolveSegment = segmentResolver(await session.segments.list());
  return parseMqlFetch(text, await session.syncSchema(), { resolveSegment });
}

/** A valid query as MQL, other segments named by name where `SEGMENT(name)` finds them again, else by id. */
export async function printQuery(session: StoreSession, query: Query): Promise<string> {
  const segmentName = segmentNamer(await session.segments.list());
  return printMql(query, await session.syncSchema(), { segmentName });
}
