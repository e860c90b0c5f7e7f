import type { PositiveOperatorOf } from '../../definition/operator-catalogue.ts';
import type { ConditionCheck } from '../condition-check.ts';
import { valueAt } from '../condition-check.ts';
import type { NumberColumn } from './column.ts';
import { exactDouble } from './exact-double.ts';
import { flagRows } from './scratch.ts';

type NumberOperator = PositiveOperatorOf<'integer' | 'decimal' | 'money'>;

/** Each number operator over a whole column: `hits[row]` set where the stored double passes. */
const numberKernels = {
  equals: (numbers, hits, given) => {
    for (const g of given) for (let r = 0; r < numbers.length; r++) if (numbers[r] === g) hits[r] = 1;
  },
  greaterThan: (numbers, hits, [g = Number.NaN]) => {
    for (let r = 0; r < numbers.length; r++) if ((numbers[r] ?? Number.NaN) > g) hits[r] = 1;
  },
  greaterOrEqual: (numbers, hits, [g = Number.NaN]) => {
    for (let r = 0; r < numbers.length; r++) if ((numbers[r] ?? Number.NaN) >= g) hits[r] = 1;
  },
  lessThan: (numbers, hits, [g = Number.NaN]) => {
    for (let r = 0; r < numbers.length; r++) if ((numbers[r] ?? Number.NaN) < g) hits[r] = 1;
  },
  lessOrEqual: (numbers, hits, [g = Number.NaN]) => {
    for (let r = 0; r < numbers.length; r++) if ((numbers[r] ?? Number.NaN) <= g) hits[r] = 1;
  },
  between: (numbers, hits, [low = Number.NaN, high = Number.NaN]) => {
    for (let r = 0; r < numbers.length; r++) {
      const n = numbers[r] ?? Number.NaN;
      if (n >= low && n <= high) hits[r] = 1;
    }
  },
} satisfies Record<
  NumberOperator,
  (numbers: Float64Array, hits: Uint8Array, given: readonly number[]) => void
>;

/**
 * The rows whose number passes the positive test, compared as doubles, or undefined when a given
 * value would not compare exactly so (then the evaluator's `numberTest` decides, row by row). Stored
 * numbers against given numbers are what `numberTest` compares as doubles too.
 */
export function numberKernel(
  column: NumberColumn,
  check: ConditionCheck<NumberOperator>,
): Uint8Array | undefined {
  const given: number[] = [];
  const count = check.operator === 'equals' ? check.values.length : check.operator === 'between' ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const value = valueAt(check, i);
    const double =
      column.stored === 'number' && typeof value === 'number' && Number.isFinite(value)
        ? value
        : exactDouble(value);
    if (double === undefined) return undefined;
    given.push(double);
  }
  const hits = flagRows(column.numbers.length);
  numberKernels[check.operator](column.numbers, hits, given);
  return hits;
}
