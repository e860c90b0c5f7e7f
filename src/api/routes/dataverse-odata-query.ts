import { z } from 'zod';
import { badRequest } from '../api-error.ts';

/**
 * OData's system query options on `msdyncrm_segments`, as far as Microsoft's pages use them and a
 * script listing segments needs: `$filter` (comparisons with eq, ne, gt, ge, lt, le, joined by and, or,
 * not and parentheses), `$select`, `$orderby`, `$top` and `$count`.
 */

/** The query string of a list or read; anything else starting with `$` is refused. */
export const odataQuerySchema = z.looseObject({
  $filter: z
    .string()
    .max(4000)
    .optional()
    .describe('Such as `statuscode eq 192350001`: eq, ne, gt, ge, lt, le, and, or, not, parentheses.'),
  $select: z
    .string()
    .max(4000)
    .optional()
    .describe('Comma-separated properties, such as `msdyncrm_segmentid,msdyncrm_segmentname`.'),
  $orderby: z.string().max(4000).optional().describe('Such as `msdyncrm_segmentname asc,createdon desc`.'),
  $top: z.string().max(20).optional().describe('At most this many segments.'),
  $count: z.enum(['true', 'false']).optional().describe('`true` adds `@odata.count`, the number that match.'),
});

export type ODataQuery = z.infer<typeof odataQuerySchema>;

type Value = string | number | boolean | null;
type Row = Readonly<Record<string, unknown>>;

type Filter =
  | { readonly kind: 'compare'; readonly property: string; readonly op: string; readonly value: Value }
  | { readonly kind: 'and' | 'or'; readonly left: Filter; readonly right: Filter }
  | { readonly kind: 'not'; readonly operand: Filter };

const comparisons = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

function unknownProperty(name: string, path: string, properties: readonly string[]) {
  return badRequest(
    'UNKNOWN_PROPERTY',
    `Could not find a property named '${name}' on type 'Microsoft.Dynamics.CRM.msdyncrm_segment'. It has ${properties.join(', ')}.`,
    path,
  );
}

/** Reads `$filter` text into a filter over the record properties `properties`. */
export function parseFilter(text: string, properties: readonly string[]): Filter {
  const found = [...text.matchAll(/\s*('(?:[^']|'')*'|\(|\)|[^\s()']+)/gy)];
  const tokens = found.map((m) => m[1] ?? '');
  let at = 0;
  const fail = (message: string): never => {
    throw badRequest('INVALID_FILTER', `$filter: ${message}`, 'querystring.$filter');
  };
  const consumed = found.reduce((length, m) => length + m[0].length, 0);
  if (consumed < text.trimEnd().length) fail(`a quote is not closed in "${text.slice(consumed).trim()}".`);
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const literal = (token: string | undefined): Value => {
    if (token === undefined) return fail('a comparison needs a value after its operator.');
    if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
    if (token === 'null') return null;
    if (token === 'true' || token === 'false') return token === 'true';
    if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
    if (/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(token)) return token.toLowerCase();
    return fail(
      `"${token}" is not a value: write a number, a GUID, null, true, false or text in single quotes.`,
    );
  };
  const primary = (): Filter => {
    const token = next();
    if (token === undefined) return fail('the filter ends where a comparison was expected.');
    if (token === '(') {
      const inner = or();
      if (next() !== ')') fail('a "(" is not closed.');
      return inner;
    }
    if (token.toLowerCase() === 'not') return { kind: 'not', operand: primary() };
    if (peek() === '(')
      fail(
        `${token}(…) is a function; Segmint's segment list filters by comparisons (eq, ne, gt, ge, lt, le).`,
      );
    if (!properties.includes(token)) throw unknownProperty(token, 'querystring.$filter', properties);
    const op = next()?.toLowerCase();
    if (op === undefined || !comparisons.has(op))
      fail(
        `after ${token} comes eq, ne, gt, ge, lt or le, found ${op === undefined ? 'the end' : `"${op}"`}.`,
      );
    return { kind: 'compare', property: token, op: op ?? 'eq', value: literal(next()) };
  };
  const and = (): Filter => {
    let left = primary();
    while (peek()?.toLowerCase() === 'and') {
      next();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): Filter => {
    let left = and();
    while (peek()?.toLowerCase() === 'or') {
      next();
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const filter = or();
  if (at < tokens.length) fail(`"${tokens[at] ?? ''}" is not expected here; join comparisons with and, or.`);
  return filter;
}

function compare(a: unknown, b: Value): number | undefined {
  if (a === null || a === undefined || b === null) return undefined;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return undefined;
}

/** True when `row` passes `filter` (text compared without regard to case, as Dataverse does). */
export function matches(filter: Filter, row: Row): boolean {
  switch (filter.kind) {
    case 'and':
      return matches(filter.left, row) && matches(filter.right, row);
    case 'or':
      return matches(filter.left, row) || matches(filter.right, row);
    case 'not':
      return !matches(filter.operand, row);
    case 'compare': {
      const value = row[filter.property] ?? null;
      if (filter.op === 'eq' || filter.op === 'ne') {
        const equal = filter.value === null ? value === null : compare(value, filter.value) === 0;
        return filter.op === 'eq' ? equal : !equal;
      }
      const order = compare(value, filter.value);
      if (order === undefined) return false;
      return filter.op === 'gt'
        ? order > 0
        : filter.op === 'ge'
          ? order >= 0
          : filter.op === 'lt'
            ? order < 0
            : order <= 0;
    }
  }
}

/** The properties `$select` names (the key always), or every property. */
export function parseSelect(text: string | undefined, properties: readonly string[], key: string): string[] {
  if (text === undefined || text.trim() === '' || text.trim() === '*') return [...properties];
  const names = text.split(',').map((n) => n.trim());
  for (const name of names)
    if (!properties.includes(name)) throw unknownProperty(name, 'querystring.$select', properties);
  return [key, ...properties.filter((p) => p !== key && names.includes(p))];
}

/** Sorts rows by `$orderby`. */
export function orderRows<T extends Row>(
  rows: readonly T[],
  text: string | undefined,
  properties: readonly string[],
): T[] {
  if (text === undefined || text.trim() === '') return [...rows];
  const keys = text.split(',').map((part) => {
    const [name = '', direction = 'asc', ...extra] = part.trim().split(/\s+/);
    if (!properties.includes(name)) throw unknownProperty(name, 'querystring.$orderby', properties);
    if (extra.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase()))
      throw badRequest(
        'INVALID_ORDERBY',
        `$orderby: "${part.trim()}" is a property, then asc or desc.`,
        'querystring.$orderby',
      );
    return { name, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
  });
  return [...rows].sort((a, b) => {
    for (const { name, sign } of keys) {
      const order = compare(a[name], (b[name] ?? null) as Value);
      if (order !== undefined && order !== 0) return sign * order;
      if (order === undefined && a[name] !== b[name]) return (a[name] === null ? 1 : -1) * sign;
    }
    return 0;
  });
}

/** `$top` as a count, or a 400. */
export function parseTop(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,9}$/.test(text.trim()))
    throw badRequest('INVALID_TOP', `$top is a whole number of records, not "${text}".`, 'querystring.$top');
  return Number(text.trim());
}

/** Refuses query options Segmint does not take (`$expand`, `$apply`, …) instead of ignoring them. */
export function refuseOtherOptions(
  query: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
): void {
  for (const name of Object.keys(query)) {
    if (!name.startsWith('$') || allowed.includes(name)) continue;
    throw badRequest(
      'UNSUPPORTED_OPTION',
      `The query option ${name} is not supported here; Segmint takes ${allowed.join(', ')}.`,
      `querystring.${name}`,
    );
  }
}
