import type { AttributeValue } from '../../schema/attribute-value.ts';
import { decimalFromInput } from '../../schema/decimal.ts';
import { foldCase } from '../../schema/fold-case.ts';
import type { AttributeDef } from '../../schema/schema-types.ts';
import { readValue } from '../read-value.ts';
import type { StoredRecord } from '../record-source.ts';
import type { Column } from './column.ts';
import { exactDouble } from './exact-double.ts';
import { monthDaysOf } from './month-day.ts';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The column of `attribute` over `records`, read as the evaluator reads a value (`readValue`). Numbers
 * and dates become typed arrays when that keeps every comparison exact; anything else, and any column
 * holding a value that would not, is dictionary-encoded.
 */
export function buildColumn(attribute: AttributeDef, records: readonly StoredRecord[]): Column {
  const builder = new ColumnBuilder(attribute);
  builder.add(records);
  return builder.finish();
}

/**
 * A column built a page of records at a time (`add`, in row order), holding only the column as it
 * grows, never the records: what a loader over millions of records uses. `finish` gives what
 * `buildColumn` gives over all the pages at once. A number or date column starts as a typed array and
 * turns into a dictionary, its earlier rows included, at the first value that would not compare
 * exactly there.
 */
export class ColumnBuilder {
  readonly #attribute: AttributeDef;
  #rows = 0;
  #mode: 'numbers' | 'instants' | 'dictionary';
  #doubles = new Float64Array(1024);
  #stored: 'number' | 'decimal' | undefined;
  #codes = new Int32Array(1024);
  readonly #distinct: AttributeValue[] = [];
  readonly #codeOf = new Map<unknown, number>();

  constructor(attribute: AttributeDef) {
    this.#attribute = attribute;
    const type = attribute.type;
    this.#mode =
      type === 'integer' || type === 'decimal' || type === 'money'
        ? 'numbers'
        : type === 'date' || type === 'datetime'
          ? 'instants'
          : 'dictionary';
  }

  /** The attribute's value on each of `records`, as the next rows. */
  add(records: readonly StoredRecord[]): void {
    const name = this.#attribute.name;
    for (const record of records) this.#push(readValue(record, name));
  }

  #push(value: AttributeValue): void {
    const row = this.#rows++;
    if (this.#mode === 'numbers') {
      const double = this.#numberOf(value);
      if (double !== undefined) {
        this.#doubles = grown(this.#doubles, row);
        this.#doubles[row] = double;
        return;
      }
      this.#toDictionary(row);
    } else if (this.#mode === 'instants') {
      const ms = this.#instantOf(value);
      if (ms !== undefined) {
        this.#doubles = grown(this.#doubles, row);
        this.#doubles[row] = ms;
        return;
      }
      this.#toDictionary(row);
    }
    this.#codes = grown(this.#codes, row);
    this.#codes[row] = this.#codeFor(value);
  }

  /** The double a number column keeps for `value` (NaN: missing), or undefined when it cannot keep it exactly. */
  #numberOf(value: AttributeValue): number | undefined {
    if (value === null) return Number.NaN;
    const kind = typeof value === 'number' ? 'number' : 'decimal';
    if (this.#stored !== undefined && this.#stored !== kind) return undefined;
    if (typeof value === 'number') {
      // Past 1e21 the decimal text of a double is no longer its shortest spelling.
      if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return undefined;
      this.#stored = kind;
      return value;
    }
    const double = typeof value === 'string' ? exactDouble(value) : undefined;
    // The text must come back as itself from the double, so that `valueAt` gives the stored value.
    if (double === undefined || decimalFromInput(double) !== value) return undefined;
    this.#stored = kind;
    return double;
  }

  /** Epoch milliseconds of a canonical date or instant (NaN: missing), or undefined for any other value. */
  #instantOf(value: AttributeValue): number | undefined {
    if (value === null) return Number.NaN;
    const pattern = this.#attribute.type === 'date' ? datePattern : instantPattern;
    if (typeof value !== 'string' || !pattern.test(value)) return undefined;
    return instantOf(value);
  }

  /** Turns the rows before `row` from doubles into dictionary codes, each as the value it stands for. */
  #toDictionary(row: number): void {
    const kind = this.#mode;
    const doubles = this.#doubles;
    this.#mode = 'dictionary';
    for (let r = 0; r < row; r++) {
      const double = doubles[r] ?? Number.NaN;
      let value: AttributeValue = null;
      if (!Number.isNaN(double)) {
        if (kind === 'instants') {
          const text = new Date(double).toISOString();
          value = this.#attribute.type === 'date' ? text.slice(0, 10) : text;
        } else value = this.#stored === 'decimal' ? (decimalFromInput(double) ?? null) : double;
      }
      this.#codes = grown(this.#codes, r);
      this.#codes[r] = this.#codeFor(value);
    }
    this.#doubles = new Float64Array(0);
  }

  #codeFor(value: AttributeValue): number {
    if (value === null) return -1;
    // A list is one value: its options in the stored (sorted) order.
    const key = Array.isArray(value) ? `\u0000${JSON.stringify(value)}` : value;
    let code = this.#codeOf.get(key);
    if (code === undefined) {
      code = this.#distinct.length;
      this.#distinct.push(value);
      this.#codeOf.set(key, code);
    }
    return code;
  }

  /** The column of every row added. */
  finish(): Column {
    const attribute = this.#attribute;
    const rows = this.#rows;
    if (this.#mode === 'numbers')
      return {
        kind: 'numbers',
        attribute,
        numbers: this.#doubles.slice(0, rows),
        stored: this.#stored ?? 'number',
      };
    if (this.#mode === 'instants') {
      const instants = this.#doubles.slice(0, rows);
      return attribute.type === 'date'
        ? { kind: 'instants', attribute, instants, monthDays: monthDaysOf(instants) }
        : { kind: 'instants', attribute, instants };
    }
    const folded = attribute.type === 'string' ? this.#distinct.map((v) => foldCase(String(v))) : undefined;
    return {
      kind: 'dictionary',
      attribute,
      codes: this.#codes.slice(0, rows),
      values: this.#distinct,
      folded,
    };
  }
}

/** `array`, or a copy twice as long when `row` is past its end. */
function grown<A extends Float64Array | Int32Array>(array: A, row: number): A {
  if (row < array.length) return array;
  const bigger = new (array.constructor as new (length: number) => A)(
    Math.max(1024, array.length * 2, row + 1),
  );
  bigger.set(array);
  return bigger;
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
