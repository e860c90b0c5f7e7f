import type { ConditionValue } from '../definition/nodes.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import { compareDecimals, decimalFromInput } from '../schema/decimal.ts';
import { invalidValue, unsupported, valueAt, type ConditionCheck } from './condition-check.ts';

/**
 * An integer, decimal or money condition. Decimals compare as exact decimal text, never through
 * floating point, so `equals 0.1` matches a stored "0.1". `between` includes both bounds.
 */
export function numberTest(check: ConditionCheck, value: AttributeValue): boolean {
  const compare = (given: ConditionValue): number => compareNumbers(check, value, given);
  switch (check.operator) {
    case 'equals':
      return check.values.some((v) => compare(v) === 0);
    case 'greaterThan':
      return compare(valueAt(check, 0)) > 0;
    case 'greaterOrEqual':
      return compare(valueAt(check, 0)) >= 0;
    case 'lessThan':
      return compare(valueAt(check, 0)) < 0;
    case 'lessOrEqual':
      return compare(valueAt(check, 0)) <= 0;
    case 'between':
      return compare(valueAt(check, 0)) >= 0 && compare(valueAt(check, 1)) <= 0;
    default:
      return unsupported(check, 'number');
  }
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
