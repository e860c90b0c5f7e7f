import { sql } from 'kysely';
import { fromScaled, toScaled } from '../../../schema/index.ts';
import type { ColumnTypes, ValueForms } from '../../backend.ts';

/**
 * How SQLite stores each attribute type (`column-codec.ts` has the table of both backends): decimals
 * and money as INTEGER scaled by 10^scale, booleans as 0/1, multi-choices as a JSON array in TEXT,
 * dates and instants as ISO text.
 */
export const sqliteTypes: ColumnTypes = {
  id: sql`text`,
  instant: sql`text`,
  integer: sql`integer`,
  attribute(attribute) {
    switch (attribute.type) {
      case 'string':
      case 'choice':
      case 'lookup':
      case 'date':
      case 'datetime':
      case 'multichoice':
        return sql`text`;
      case 'integer':
      case 'decimal':
      case 'money':
      case 'boolean':
        return sql`integer`;
    }
  },
  async existingColumns(db, table) {
    const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
    return new Set(rows.map((row) => row.name));
  },
};

/** SQLite's column forms of the types whose forms differ. */
export const sqliteValues: ValueForms = {
  decimal: (text, scale) => toScaled(text, scale),
  readDecimal: (raw, scale) => fromScaled(BigInt(raw as string | number | bigint), scale),
  fastDecimal: scaledText,
  boolean: (value) => (value ? 1 : 0),
  multichoice: (values) => JSON.stringify(values),
  // SQLite hands INTEGER columns to JavaScript as doubles, so a scaled decimal is read as text to keep
  // every digit.
  read: (attribute, column) =>
    attribute.type === 'decimal' || attribute.type === 'money'
      ? sql`cast(${column} as text)`
      : sql`${column}`,
};

/**
 * `fromScaled` of a scaled decimal SQLite gave as text, without BigInt, when it is plain digits (an
 * optional minus, no leading zero) few enough to be exact; undefined otherwise (the caller then asks
 * `fromScaled`).
 */
function scaledText(raw: string, scale: number): string | undefined {
  const negative = raw.charCodeAt(0) === 45;
  const start = negative ? 1 : 0;
  const length = raw.length - start;
  if (length < 1 || length > 15 || (length > 1 && raw.charCodeAt(start) === 48)) return undefined;
  for (let i = start; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
  }
  const digits = (negative ? raw.slice(1) : raw).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let end = digits.length;
  while (end > whole.length && digits.charCodeAt(end - 1) === 48) end--;
  const text = end === whole.length ? whole : `${whole}.${digits.slice(whole.length, end)}`;
  return negative && text !== '0' ? `-${text}` : text;
}
