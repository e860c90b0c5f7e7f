import { parseQuery } from '../definition/index.ts';
import type { Schema } from '../schema/index.ts';
import { mqlProblem, type MqlProblem } from './mql-problem.ts';
import type { PagingExpr } from './parse-paging.ts';
import { parseSyntax } from './parse-syntax.ts';
import { queryJson, type QueryJson } from './query-json.ts';
import type { SegmentResolver } from './segment-ref.ts';
import { tokenize } from './tokenize.ts';
import { translateQuery } from './translate-query.ts';

export interface ParseMqlOptions {
  /**
   * Finds the Segmint id of the segment SEGMENT(…) names, by name or by Dynamics id; undefined when
   * there is none. Without a resolver, SEGMENT(x) reads x as a Segmint segment id (and
   * SEGMENT_CRM_ID_<hex> as the id with its dashes).
   */
  readonly resolveSegment?: SegmentResolver;
}

export type ParseMqlResult =
  | { readonly ok: true; readonly query: QueryJson }
  | { readonly ok: false; readonly problems: readonly MqlProblem[] };

/**
 * Reads a Dynamics 365 Marketing segment query (MQL, the `msdyncrm_segmentquery` of a segment) as a
 * Segmint query, in the JSON of docs/SEGMENTS.md (what `parseQuery` and the API take), or returns every
 * problem with its line and column. Never throws.
 *
 * @example
 * parseMql("PROFILE(contact).FILTER(address1_city == 'Seattle')", Schema.builtin());
 * // { ok: true, query: { blocks: [{ entity: 'contact', where: { kind: 'group', op: 'and', children: [ … ] } }] } }
 */
export function parseMql(text: string, schema: Schema, options: ParseMqlOptions = {}): ParseMqlResult {
  const read = readMql(text, schema, options, false);
  return read.ok ? { ok: true, query: read.query } : read;
}

/** What `readMql` gives: the query with its paging tail, or every problem. */
export type ReadMql =
  | { readonly ok: true; readonly query: QueryJson; readonly paging?: PagingExpr | undefined }
  | { readonly ok: false; readonly problems: readonly MqlProblem[] };

/** Reads MQL, with a paging tail (`.ORDERBY(…).SKIP(n).TAKE(n).SELECT(…)`) when `paging` allows one. */
export function readMql(text: string, schema: Schema, options: ParseMqlOptions, paging: boolean): ReadMql {
  try {
    const { tokens, problems } = tokenize(typeof text === 'string' ? text : '');
    const syntax = parseSyntax(tokens, { paging });
    problems.push(...syntax.problems);
    const query =
      syntax.expr &&
      translateQuery(syntax.expr, { schema, resolveSegment: options.resolveSegment, problems });
    if (problems.length > 0 || !query) {
      return { ok: false, problems: sortProblems(problems.length > 0 ? problems : [internal()]) };
    }
    // The definition's own limits (depth, values …) still hold for a query written as MQL.
    const json = queryJson(query);
    const checked = parseQuery(json);
    if (!checked.ok) {
      return {
        ok: false,
        problems: checked.problems.map((p) =>
          mqlProblem('MQL_NOT_EXPRESSIBLE', { line: 1, column: 1, offset: 0 }, p.message),
        ),
      };
    }
    return { ok: true, query: json, paging: syntax.paging };
  } catch (error) {
    // A resolver that throws, or a bug: still an answer, never an exception.
    return { ok: false, problems: [internal(error)] };
  }
}

function internal(error?: unknown): MqlProblem {
  const detail = error instanceof Error ? `: ${error.message}` : '';
  return mqlProblem(
    'MQL_INTERNAL',
    { line: 1, column: 1, offset: 0 },
    `The query could not be read${detail}.`,
  );
}

function sortProblems(problems: readonly MqlProblem[]): MqlProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
