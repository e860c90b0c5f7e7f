import type { ConditionValue } from '../definition/nodes.ts';
import type { NegatedOperator, OperatorId } from '../definition/operator-catalogue.ts';
import type { TimeUnit } from '../definition/time-unit.ts';
import { EvaluationError } from './evaluation-error.ts';

/** The operators that test a value directly; negated ones and the "contains data" pair are handled before. */
export type PositiveOperator = Exclude<OperatorId, NegatedOperator | 'containsData' | 'notContainsData'>;

/** One positive test of one attribute value, as each type's test function receives it. */
export interface ConditionCheck {
  readonly operator: PositiveOperator;
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

/** For the `default` of an operator switch: this type does not offer the operator. */
export function unsupported(check: ConditionCheck, type: string): never {
  throw new EvaluationError(
    'UNSUPPORTED_OPERATOR',
    `${type} attributes do not offer "${check.operator}"`,
    check.path,
  );
}

/** A stored or given value that cannot be read as this type. */
export function invalidValue(check: ConditionCheck, what: string, value: unknown): never {
  throw new EvaluationError('INVALID_VALUE', `expected ${what}, got ${JSON.stringify(value)}`, check.path);
}
