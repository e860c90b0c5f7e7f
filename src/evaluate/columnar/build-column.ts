import type { AttributeValue } from '../../schema/attribute-value.ts';
import { decimalFromInput } from '../../schema/decimal.ts';
import { foldCase } from '../../schema/fold-case.ts';
import type { AttributeDef } from '../../schema/schema-types.ts';
import { readValue } from '../read-value.ts';
import type { StoredRecord } from '../record-source.ts';
import type { Column, DictionaryColumn, InstantColumn, NumberColumn } from './column.ts';
import { exactDouble } from './exact-double.ts';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The column of `attribute` over `records`, read as the evaluator reads a value (`readValue`). Numbers
 * and dates become typed arrays when that keeps every comparison exact; anything else, and any column
 * holding a value that would not, is dictionary-encoded.
 */
export function buildColumn(attribute: AttributeDef, records: readonly StoredRecord[]): Column {
  const values = records.map((record) => readValue(record, attribute.name));
  switch (attribute.type) {
    case 'integer':
    case 'decimal':
    case 'money':
      return numberColumn(attribute, values) ?? dictionaryColumn(attribute, values);
    case 'date':
    case 'datetime':
      return instantColumn(attribute, values) ?? dictionaryColumn(attribute, values);
    case 'string':
    case 'boolean':
    case 'choice':
    case 'multichoice':
    case 'lookup':
      return dictionaryColumn(attribute, values);
  }
}

function dictionaryColumn(attribute: AttributeDef, values: readonly AttributeValue[]): DictionaryColumn {
  const codes = new Int32Array(values.length);
  const distinct: AttributeValue[] = [];
  const codeOf = new Map<unknown, number>();
  values.forEach((value, row) => {
    if (value === null) {
      codes[row] = -1;
      return;
    }
    // A list is one value: its options in the stored (sorted) order.
    const key = Array.isArray(value) ? `\u0000${JSON.stringify(value)}` : value;
    let code = codeOf.get(key);
    if (code === undefined) {
      code = distinct.length;
      distinct.push(value);
      codeOf.set(key, code);
    }
    codes[row] = code;
  });
  const folded = attribute.type === 'string' ? distinct.map((v) => foldCase(String(v))) : undefined;
  return { kind: 'dictionary', attribute, codes, values: distinct, folded };
}

/** Doubles, when the stored values are all numbers, or all decimal text a double holds exactly. */
function numberColumn(attribute: AttributeDef, values: readonly AttributeValue[]): NumberColumn | undefined {
  const numbers = new Float64Array(values.length);
  let stored: 'number' | 'decimal' | undefined;
  for (let row = 0; row < values.length; row++) {
    const value = values[row] ?? null;
    if (value === null) {
      numbers[row] = Number.NaN;
      continue;
    }
    const kind = typeof value === 'number' ? 'number' : 'decimal';
    if (stored !== undefined && stored !== kind) return undefined;
    stored = kind;
    if (typeof value === 'number') {
      // Past 1e21 the decimal text of a double is no longer its shortest spelling.
      if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return undefined;
      numbers[row] = value;
      continue;
    }
    const double = typeof value === 'string' ? exactDouble(value) : undefined;
    // The text must come back as itself from the double, so that `valueAt` gives the stored value.
    if (double === undefined || decimalFromInput(double) !== value) return undefined;
    numbers[row] = double;
  }
  return { kind: 'numbers', attribute, numbers, stored: stored ?? 'number' };
}

/** Epoch milliseconds, when every value is a canonical date or UTC instant (their text order is their time order). */
function instantColumn(
  attribute: AttributeDef,
  values: readonly AttributeValue[],
): InstantColumn | undefined {
  const pattern = attribute.type === 'date' ? datePattern : instantPattern;
  const instants = new Float64Array(values.length);
  for (let row = 0; row < values.length; row++) {
    const value = values[row] ?? null;
    if (value === null) {
      instants[row] = Number.NaN;
      continue;
    }
    if (typeof value !== 'string' || !pattern.test(value)) return undefined;
    const ms = instantOf(value);
    if (ms === undefined) return undefined;
    instants[row] = ms;
  }
  return { kind: 'instants', attribute, instants };
}

/**
 * Epoch milliseconds of a canonical `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss.sssZ`, when it writes back as
 * the same text (a real date, a year from 0 to 9999); undefined otherwise.
 */
export function instantOf(text: string): number | undefined {
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00.000Z` : text);
  if (Number.isNaN(ms)) return undefined;
  const back = new Date(ms).toISOString();
  return (text.length === 10 ? back.slice(0, 10) : back) === text ? ms : undefined;
}
