import type { ConditionValue } from '../definition/nodes.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import { compareDecimals, decimalFromInput } from '../schema/decimal.ts';
import type { PositiveOperatorOf } from '../definition/operator-catalogue.ts';
import { invalidValue, valueAt, type ConditionCheck } from './condition-check.ts';

type NumberCheck = ConditionCheck<PositiveOperatorOf<'integer' | 'decimal' | 'money'>>;

/** Each number operator, given how the stored value compares with a given one (negative, zero, positive). */
const numberTests = {
  equals: (compare, check) => check.values.some((v) => compare(v) === 0),
  greaterThan: (compare, check) => compare(valueAt(check, 0)) > 0,
  greaterOrEqual: (compare, check) => compare(valueAt(check, 0)) >= 0,
  lessThan: (compare, check) => compare(valueAt(check, 0)) < 0,
  lessOrEqual: (compare, check) => compare(valueAt(check, 0)) <= 0,
  between: (compare, check) => compare(valueAt(check, 0)) >= 0 && compare(valueAt(check, 1)) <= 0,
} satisfies Record<
  NumberCheck['operator'],
  (compare: (given: ConditionValue) => number, check: NumberCheck) => boolean
>;

/**
 * An integer, decimal or money condition. Decimals compare as exact decimal text, never through
 * floating point, so `equals 0.1` matches a stored "0.1". `between` includes both bounds.
 */
export function numberTest(check: NumberCheck, value: AttributeValue): boolean {
  const compare = (given: ConditionValue): number => compareNumbers(check, value, given);
  return numberTests[check.operator](compare, check);
}

/** Negative, zero or positive like `stored - given`, exactly. */
function compareNumbers(check: ConditionCheck, stored: AttributeValue, given: ConditionValue): number {
  // Two doubles compare exactly; only text (decimals, numbers typed as text) needs the decimal path.
  if (typeof stored === 'number' && typeof given === 'number')
    return stored < given ? -1 : stored > given ? 1 : 0;
  const a = decimalFromInput(stored);
  if (a === undefined) return invalidValue(check, 'a stored number', stored);
  const b = decimalFromInput(given);
  if (b === undefined) return invalidValue(check, 'a number', given);
  return compareDecimals(a, b);
}
