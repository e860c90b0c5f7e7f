import { sql, type AliasedRawBuilder, type RawBuilder } from 'kysely';
import { scaleOf, toScaled, type AttributeDef, type AttributeValue } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import type { ColumnValue, StoreDialect } from './tables.ts';

/**
 * Converts between the values Segmint keeps (`AttributeValue`, as `normalizeValue` makes them) and what
 * each database column holds (the storage conventions the SQL compiler relies on):
 *
 * | type | SQLite | PostgreSQL |
 * | --- | --- | --- |
 * | decimal, money | INTEGER value × 10^scale | numeric, read as canonical text |
 * | boolean | INTEGER 0/1 | boolean |
 * | multichoice | TEXT JSON array, sorted distinct | text[] sorted distinct |
 * | date, datetime | TEXT `YYYY-MM-DD`, UTC ISO with ms | date, timestamptz (read back as that text) |
 *
 * Everything else is text or a whole number on both. Each backend's `values` (`backend.ts`) holds its
 * forms of the types that differ; this file is what they share.
 */

const int64Max = 2n ** 63n - 1n;

/** Why a valid value still cannot be stored (a scaled decimal past 64 bits), or undefined when it can. */
export function unstorableReason(attribute: AttributeDef, value: AttributeValue): string | undefined {
  if ((attribute.type === 'decimal' || attribute.type === 'money') && typeof value === 'string') {
    const scaled = toScaled(value, scaleOf(attribute));
    if (scaled > int64Max || scaled < -int64Max) return 'is too large';
  }
  return undefined;
}

function expected(attribute: AttributeDef, what: string, value: unknown): Error {
  return new TypeError(
    `${attribute.name} (${attribute.type}) expected ${what}, got ${JSON.stringify(value)}`,
  );
}

/** The column value for a kept value. Throws on a value `normalizeValue` would not have produced. */
export function toColumn(dialect: StoreDialect, attribute: AttributeDef, value: AttributeValue): ColumnValue {
  if (value === null) return null;
  switch (attribute.type) {
    case 'string':
    case 'choice':
    case 'lookup':
    case 'date':
    case 'datetime':
      if (typeof value !== 'string') throw expected(attribute, 'text', value);
      return value;
    case 'integer':
      if (typeof value !== 'number') throw expected(attribute, 'a number', value);
      return value;
    case 'decimal':
    case 'money':
      if (typeof value !== 'string') throw expected(attribute, 'decimal text', value);
      return backends[dialect].values.decimal(value, scaleOf(attribute));
    case 'boolean':
      if (typeof value !== 'boolean') throw expected(attribute, 'a boolean', value);
      return backends[dialect].values.boolean(value);
    case 'multichoice': {
      if (!Array.isArray(value)) throw expected(attribute, 'a list', value);
      const sorted = [...new Set(value)].sort();
      if (sorted.length === 0) return null;
      return backends[dialect].values.multichoice(sorted);
    }
  }
}

function asText(attribute: AttributeDef, raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'bigint') return String(raw);
  throw expected(attribute, 'text in the column', raw);
}

/** The kept value for what a column returned (read through `readColumn`). */
export function fromColumn(dialect: StoreDialect, attribute: AttributeDef, raw: unknown): AttributeValue {
  if (raw === null || raw === undefined) return null;
  switch (attribute.type) {
    case 'string':
    case 'choice':
    case 'lookup':
    case 'date':
      return asText(attribute, raw);
    case 'datetime':
      return raw instanceof Date ? raw.toISOString() : asText(attribute, raw);
    case 'integer':
      return Number(raw);
    case 'decimal':
    case 'money':
      return backends[dialect].values.readDecimal(raw, scaleOf(attribute), () => asText(attribute, raw));
    case 'boolean':
      return raw === true || raw === 1 || raw === 1n;
    case 'multichoice': {
      const list: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
      if (!Array.isArray(list)) throw expected(attribute, 'a list in the column', raw);
      const values = [...new Set(list.map((item) => asText(attribute, item)))].sort();
      return values.length === 0 ? null : values;
    }
  }
}

/**
 * `fromColumn` for one attribute, made once for many rows: the common cases (text, whole numbers,
 * booleans as SQLite stores them, decimals through a backend's `fastDecimal`) answer without the
 * type switch, anything else goes through `fromColumn`, so both always agree.
 */
export function columnDecoder(
  dialect: StoreDialect,
  attribute: AttributeDef,
): (raw: unknown) => AttributeValue {
  const slow = (raw: unknown) => fromColumn(dialect, attribute, raw);
  switch (attribute.type) {
    case 'string':
    case 'choice':
    case 'lookup':
    case 'date':
    case 'datetime':
      return (raw) => (typeof raw === 'string' ? raw : raw === null ? null : slow(raw));
    case 'integer':
      return (raw) => (typeof raw === 'number' ? raw : raw === null ? null : slow(raw));
    case 'boolean':
      return (raw) => (typeof raw === 'number' ? raw === 1 : raw === null ? null : slow(raw));
    case 'decimal':
    case 'money': {
      const fast = backends[dialect].values.fastDecimal;
      if (!fast) return slow;
      const scale = scaleOf(attribute);
      return (raw) => (typeof raw === 'string' ? (fast(raw, scale) ?? slow(raw)) : slow(raw));
    }
    default:
      return slow;
  }
}

/**
 * The select expression that reads an attribute's column exactly (SQLite, for one, reads a scaled
 * decimal as text to keep every digit).
 */
export function readColumn(
  dialect: StoreDialect,
  attribute: AttributeDef,
): AliasedRawBuilder<unknown, string> {
  return columnExpression(dialect, attribute).as(attribute.name);
}

/** `readColumn`'s expression, without its alias. */
export function columnExpression(dialect: StoreDialect, attribute: AttributeDef): RawBuilder<unknown> {
  return backends[dialect].values.read(attribute, sql.id(attribute.name));
}
