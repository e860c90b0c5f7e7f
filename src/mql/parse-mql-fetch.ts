import { findAttribute, type Schema } from '../schema/index.ts';
import { mqlProblem, type MqlProblem } from './mql-problem.ts';
import { readMql, type ParseMqlOptions } from './parse-mql.ts';
import type { QueryJson } from './query-json.ts';
import type { Name } from './syntax.ts';

/** A query of Dynamics' FetchContactsByQuery: the members to fetch, their order, the page and the columns. */
export interface MqlFetch {
  readonly query: QueryJson;
  /** Contact attributes to sort by, in order; `id` for `contactid`. */
  readonly orderBy: readonly { readonly attribute: string; readonly descending: boolean }[];
  readonly skip?: number | undefined;
  readonly take?: number | undefined;
  /** Contact attributes to return; `id` for `contactid`. Empty when SELECT is absent. */
  readonly select: readonly string[];
}

export type ParseMqlFetchResult =
  | { readonly ok: true; readonly fetch: MqlFetch }
  | { readonly ok: false; readonly problems: readonly MqlProblem[] };

/**
 * Reads the `Query` of Dynamics' `msdyncrm_FetchContactsByQuery`: a segment query followed by
 * `.ORDERBY(attribute [ASC|DESC], …)`, `.SKIP(n)`, `.TAKE(n)` and `.SELECT(attribute, …)`, each
 * optional, in that order. Attributes are the contact's, by logical name in any case. Never throws.
 *
 * @example
 * parseMqlFetch('(SEGMENT(SEGMENT_CRM_ID_e1fa…)).ORDERBY(fullname ASC).SKIP(0).TAKE(15).SELECT(contactid)', schema, { resolveSegment });
 * // { ok: true, fetch: { query, orderBy: [{ attribute: 'fullname', descending: false }], skip: 0, take: 15, select: ['id'] } }
 */
export function parseMqlFetch(
  text: string,
  schema: Schema,
  options: ParseMqlOptions = {},
): ParseMqlFetchResult {
  const read = readMql(text, schema, options, true);
  if (!read.ok) return read;
  const problems: MqlProblem[] = [];
  const contactAttribute = (name: Name): string => {
    if (name.text.toLowerCase() === 'contactid') return 'id';
    const attribute = findAttribute(schema, 'contact', name.text);
    if (!attribute) {
      problems.push(mqlProblem('MQL_UNKNOWN_ATTRIBUTE', name.at, `Contact has no attribute "${name.text}".`));
    }
    return attribute?.name ?? name.text;
  };
  const paging = read.paging;
  const fetch: MqlFetch = {
    query: read.query,
    orderBy: (paging?.orderBy ?? []).map((o) => ({
      attribute: contactAttribute(o.name),
      descending: o.descending,
    })),
    skip: paging?.skip?.value,
    take: paging?.take?.value,
    select: (paging?.select ?? []).map(contactAttribute),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, fetch };
}
