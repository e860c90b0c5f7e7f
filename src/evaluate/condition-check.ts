import type { ConditionValue } from '../definition/nodes.ts';
import type { PositiveOperator } from '../definition/operator-catalogue.ts';
import type { TimeUnit } from '../definition/time-unit.ts';
import { EvaluationError } from './evaluation-error.ts';

/**
 * One positive test of one attribute value, as each type's test function receives it, with an operator
 * its type offers (negated ones and the presence tests are handled before).
 */
export interface ConditionCheck<Op extends PositiveOperator = PositiveOperator> {
  readonly operator: Op;
  readonly values: readonly ConditionValue[];
  readonly unit?: TimeUnit | undefined;
  /** Where the condition sits in the definition, for errors. */
  readonly path: string;
}

/** The `index`-th value of the condition, which a validated definition always has. */
export function valueAt(check: ConditionCheck, index: number): ConditionValue {
  const value = check.values[index];
  if (value === undefined) {
    throw new EvaluationError(
      'INVALID_VALUE',
      `${check.operator} needs a value at position ${index + 1}`,
      check.path,
    );
  }
  return value;
}

/** A stored or given value that cannot be read as this type. */
export function invalidValue(check: ConditionCheck, what: string, value: unknown): never {
  throw new EvaluationError('INVALID_VALUE', `expected ${what}, got ${JSON.stringify(value)}`, check.path);
}
