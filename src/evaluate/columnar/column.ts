import type { AttributeValue } from '../../schema/attribute-value.ts';
import { decimalFromInput } from '../../schema/decimal.ts';
import type { AttributeDef } from '../../schema/schema-types.ts';

/**
 * One attribute of one entity, one slot per row. Every column can give back the value a row holds
 * (`valueAt`), so any test the vectorised kernels do not cover runs the evaluator's own on it.
 * - `dictionary`: distinct values and a code per row (-1: missing); text also keeps each distinct
 *   value folded once, as the evaluator folds it.
 * - `numbers`: doubles (NaN: missing), kept only where every stored value compares exactly as a double.
 * - `instants`: dates and date-times as epoch milliseconds (NaN: missing), kept only where every stored
 *   value is canonical, so that their order is the order of their text.
 */
export type Column = DictionaryColumn | NumberColumn | InstantColumn;

export interface DictionaryColumn {
  readonly kind: 'dictionary';
  readonly attribute: AttributeDef;
  readonly codes: Int32Array;
  readonly values: readonly AttributeValue[];
  /** The distinct texts folded (`foldCase`), for a `string` attribute. */
  readonly folded: readonly string[] | undefined;
}

export interface NumberColumn {
  readonly kind: 'numbers';
  readonly attribute: AttributeDef;
  readonly numbers: Float64Array;
  /** `number`: stored as numbers (integers); `decimal`: stored as canonical decimal text. */
  readonly stored: 'number' | 'decimal';
}

export interface InstantColumn {
  readonly kind: 'instants';
  readonly attribute: AttributeDef;
  readonly instants: Float64Array;
  /**
   * For a `date` attribute, each row's month and day as the number MMDD (0: missing), made once with
   * the column: anniversaries (birthdays in the next 7 days) then read one small number a row instead
   * of turning each date into its month and day again (2 bytes a row).
   */
  readonly monthDays?: Uint16Array;
}

/** The value row `row` holds, as the store keeps it. */
export function valueAt(column: Column, row: number): AttributeValue {
  switch (column.kind) {
    case 'dictionary': {
      const code = column.codes[row] ?? -1;
      return code < 0 ? null : (column.values[code] ?? null);
    }
    case 'numbers': {
      const n = column.numbers[row] ?? Number.NaN;
      if (Number.isNaN(n)) return null;
      return column.stored === 'number' ? n : (decimalFromInput(n) ?? null);
    }
    case 'instants': {
      const ms = column.instants[row] ?? Number.NaN;
      if (Number.isNaN(ms)) return null;
      const text = new Date(ms).toISOString();
      return column.attribute.type === 'date' ? text.slice(0, 10) : text;
    }
  }
}

/** Whether row `row` holds no value (absent, empty text or an empty list, as `readValue` reads them). */
export function isMissing(column: Column, row: number): boolean {
  switch (column.kind) {
    case 'dictionary':
      return (column.codes[row] ?? -1) < 0;
    case 'numbers':
      return Number.isNaN(column.numbers[row] ?? Number.NaN);
    case 'instants':
      return Number.isNaN(column.instants[row] ?? Number.NaN);
  }
}

/** Bytes the column's arrays take (the dictionary's distinct values counted at two bytes a character). */
export function columnBytes(column: Column): number {
  switch (column.kind) {
    case 'dictionary': {
      let bytes = column.codes.byteLength;
      for (const value of column.values) bytes += 16 + JSON.stringify(value).length * 2;
      for (const text of column.folded ?? []) bytes += 16 + text.length * 2;
      return bytes;
    }
    case 'numbers':
      return column.numbers.byteLength;
    case 'instants':
      return column.instants.byteLength + (column.monthDays?.byteLength ?? 0);
  }
}
