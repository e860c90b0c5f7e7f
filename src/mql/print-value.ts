import type { ConditionValue } from '../definition/index.ts';

const identifier = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const reserved = new Set([
  'AND',
  'OR',
  'NOT',
  'TRUE',
  'FALSE',
  'NULL',
  'UNION',
  'INTERSECT',
  'EXCEPT',
  'MINUS',
  'CONTAINS',
  'STARTSWITH',
  'ENDSWITH',
  'PROFILE',
  'SEGMENT',
  'INTERACTION',
  'TRAVERSE',
  'FILTER',
  'HAVING',
  'ISNULL',
  'ISNOTNULL',
]);

/** True when `text` can be written bare, as a name. */
export function isIdentifier(text: string): boolean {
  return identifier.test(text) && !reserved.has(text.toUpperCase());
}

/** Text in single quotes; a quote or backslash inside is escaped with a backslash. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A name bare when it can be, quoted otherwise. */
export function nameOrQuoted(text: string): string {
  return isIdentifier(text) ? text : quote(text);
}

/** A condition value as MQL writes it: numbers and true/false bare, text quoted. */
export function printValue(value: ConditionValue, bareNumberText = false): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return bareNumberText && /^-?\d+(\.\d+)?$/.test(value) ? value : quote(value);
}
