import type { ConditionValue } from '../definition/nodes.ts';
import type { Operator } from '../definition/operator-catalogue.ts';
import { scaleOf } from '../schema/attribute-value.ts';
import { compareDecimals, decimalFromInput, decimalPlaces } from '../schema/decimal.ts';
import type { Problem } from '../schema/problem.ts';
import type { AttributeDef } from '../schema/schema-types.ts';
import { labelOf, nameOf, nameWithType, show } from './describe.ts';
import { problem } from './problem-codes.ts';

/** Values of integer, decimal and money attributes, and the counts of relative periods. */

/** The longest relative period, in any unit: far enough back for any birthday, still a valid date. */
export const maxPeriod = 100_000;

/** The most days `anniversaryInNext` looks ahead: a whole year, leap day included. */
export const maxAnniversaryDays = 366;

/** Whole digits a decimal may have beside its scale, as `normalizeValue` keeps them. */
const maxWholeDigits = 15;

export function integerValueProblem(
  attribute: AttributeDef,
  value: ConditionValue,
  path: string,
): Problem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return problem(
      'WRONG_VALUE_TYPE',
      path,
      `${nameWithType(attribute)}, needs a number such as 3; ${show(value)} is not one.`,
    );
  }
  if (!Number.isInteger(value)) {
    return problem(
      'NOT_WHOLE_NUMBER',
      path,
      `${nameOf(attribute)} holds whole numbers; ${value} is not one.`,
    );
  }
  if (!Number.isSafeInteger(value)) {
    return problem('VALUE_OUT_OF_RANGE', path, `${value} is too large for ${nameOf(attribute)}.`);
  }
  return undefined;
}

/** Decimals and money: a number or numeric text, with no more places than the attribute keeps. */
export function decimalValueProblem(
  attribute: AttributeDef,
  value: ConditionValue,
  path: string,
): Problem | undefined {
  const text = typeof value === 'boolean' ? undefined : decimalFromInput(value);
  if (text === undefined) {
    return problem(
      'WRONG_VALUE_TYPE',
      path,
      `${nameWithType(attribute)}, needs a number such as 1250.50; ${show(value)} is not one.`,
    );
  }
  const scale = scaleOf(attribute);
  const places = decimalPlaces(text);
  if (places > scale) {
    return problem(
      'TOO_MANY_DECIMALS',
      path,
      `${nameOf(attribute)} keeps ${scale} digits after the decimal point, so ${text} (${places} digits) can never match exactly.`,
    );
  }
  if (text.replace(/[-.]/g, '').length > maxWholeDigits + scale) {
    return problem('VALUE_OUT_OF_RANGE', path, `${text} is too large for ${nameOf(attribute)}.`);
  }
  return undefined;
}

/** The count of `inLast 30 days` (a period) or `anniversaryInNext 7` (days). */
export function countValueProblem(
  operator: Operator,
  arity: 'period' | 'days',
  value: ConditionValue,
  path: string,
): Problem | undefined {
  const example = arity === 'period' ? 30 : 7;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return problem(
      'WRONG_VALUE_TYPE',
      path,
      `${labelOf(operator)} needs a number such as ${example}; ${show(value)} is not one.`,
    );
  }
  if (!Number.isInteger(value)) {
    return problem(
      'NOT_WHOLE_NUMBER',
      path,
      `${labelOf(operator)} needs a whole number such as ${example}; ${value} is not one.`,
    );
  }
  const max = arity === 'period' ? maxPeriod : maxAnniversaryDays;
  if (value < 1 || value > max) {
    return problem(
      'VALUE_OUT_OF_RANGE',
      path,
      `${labelOf(operator)} needs a number from 1 to ${max}${arity === 'days' ? ' (days)' : ''}; ${value} is outside that.`,
    );
  }
  return undefined;
}

/** True when the low bound of a between is above the high one. Both values are valid numbers. */
export function numberBoundsReversed(
  attribute: AttributeDef,
  low: ConditionValue,
  high: ConditionValue,
): boolean {
  if (attribute.type === 'integer') return Number(low) > Number(high);
  const lowText = typeof low === 'boolean' ? undefined : decimalFromInput(low);
  const highText = typeof high === 'boolean' ? undefined : decimalFromInput(high);
  return lowText !== undefined && highText !== undefined && compareDecimals(lowText, highText) > 0;
}
