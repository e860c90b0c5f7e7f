import type { Problem } from './problem.ts';
import { problemList } from './problem-list.ts';

/**
 * The rules for the logical names of custom entities, attributes and relationships. A logical name
 * becomes a table or column name, so it is kept to lower-case letters, digits and `_`, and kept off
 * the names the databases and Segmint use themselves.
 */

/** The longest logical name an entity, attribute or relationship may have. */
export const maxLogicalNameLength = 50;

const logicalNamePattern = /^[a-z][a-z0-9_]*$/;

/** What a logical name names: an entity's is a table name, an attribute's a column name. */
export type LogicalNameKind = 'entity' | 'attribute' | 'relationship';

/**
 * Prefixes no custom name may start with: Segmint's own tables and indexes (`sm_`), and for tables the
 * prefixes SQLite (`sqlite_`, "reserved for internal use") and PostgreSQL (`pg_`, its catalogs, which
 * come first on the search path) keep for themselves.
 */
const reservedPrefixes: Readonly<Record<LogicalNameKind, readonly string[]>> = {
  entity: ['sm_', 'sqlite_', 'pg_'],
  attribute: ['sm_'],
  relationship: ['sm_'],
};

/**
 * Names no custom attribute may have: `id`, every record's key, and the hidden columns every table
 * has: PostgreSQL's system columns (adding one fails) and SQLite's row id (which one would hide).
 */
const reservedAttributeNames = new Set([
  'id',
  'tableoid',
  'xmin',
  'cmin',
  'xmax',
  'cmax',
  'ctid',
  'oid',
  'rowid',
]);

/**
 * Problems with a logical name: lower-case letters, digits and `_`, from a letter, ≤ 50, and not a
 * name the databases or Segmint keep for themselves (`RESERVED_NAME`, naming it).
 *
 * @example
 * logicalNameProblems('sqlite_master', 'name', 'entity'); // [{ code: 'RESERVED_NAME', … }]
 */
export function logicalNameProblems(value: unknown, path: string, what: LogicalNameKind): Problem[] {
  const { problems, add } = problemList();
  if (typeof value !== 'string' || value === '')
    add('MISSING_NAME', path, `The ${what} needs a logical name.`);
  else if (!logicalNamePattern.test(value)) {
    add('INVALID_NAME', path, `"${value}" is not a valid ${what} name: use a-z, 0-9 and _, from a letter.`);
  } else if (value.length > maxLogicalNameLength) {
    add('NAME_TOO_LONG', path, `The ${what} name is longer than ${maxLogicalNameLength} characters.`);
  } else {
    const reserved = reservedProblem(value, what);
    if (reserved !== undefined) add('RESERVED_NAME', path, reserved);
  }
  return problems;
}

function reservedProblem(name: string, what: LogicalNameKind): string | undefined {
  const prefixes = reservedPrefixes[what];
  const prefix = prefixes.find((p) => name.startsWith(p));
  const list = prefixes.map((p) => `"${p}"`).join(', ');
  if (prefix !== undefined) {
    return `"${name}" is reserved: ${article(what)} ${what} name may not start with ${list} (names the database or Segmint keep for their own ${what === 'entity' ? 'tables' : 'use'}).`;
  }
  if (what === 'attribute' && reservedAttributeNames.has(name)) {
    return `"${name}" is reserved: every table has a column of that name already (${[...reservedAttributeNames].map((n) => `"${n}"`).join(', ')} are kept for the record id and the databases' own columns).`;
  }
  return undefined;
}

const article = (what: LogicalNameKind) => (what === 'entity' || what === 'attribute' ? 'an' : 'a');
