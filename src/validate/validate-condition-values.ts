import { assertNever, type ConditionValue } from '../definition/nodes.ts';
import { operators, type Operator, type ValueArity } from '../definition/operator-catalogue.ts';
import { joinPath, type Problem } from '../schema/problem.ts';
import type { AttributeDef, EntityDef } from '../schema/schema-types.ts';
import { dateBoundsReversed, dateValueProblem } from './date-values.ts';
import { labelOf, nameOf, nameWithType, show } from './describe.ts';
import {
  countValueProblem,
  decimalValueProblem,
  integerValueProblem,
  numberBoundsReversed,
} from './number-values.ts';
import { optionValueProblem } from './option-values.ts';
import { problem } from './problem-codes.ts';
import type { WhereScope } from './validation-context.ts';

/** The values of a condition whose attribute and operator are known to fit: how many, of what kind, in what order. */
export function validateConditionValues(
  entity: EntityDef,
  attribute: AttributeDef,
  operator: Operator,
  values: readonly ConditionValue[],
  path: string,
  scope: WhereScope,
): Problem[] {
  const valuesPath = joinPath(path, 'values');
  const arity = operators[operator].values;
  const countProblem = valueCountProblem(attribute, operator, arity, values.length, valuesPath);
  if (countProblem) return [countProblem];

  const problems: Problem[] = [];
  values.forEach((value, k) => {
    const found = valueProblem(entity, attribute, operator, arity, value, joinPath(valuesPath, k));
    if (found) problems.push(found);
  });
  const [low, high] = values;
  if (arity === 'two' && problems.length === 0 && low !== undefined && high !== undefined) {
    const isDate = attribute.type === 'date' || attribute.type === 'datetime';
    const reversed = isDate
      ? dateBoundsReversed(low, high, scope.timeZone)
      : numberBoundsReversed(attribute, low, high);
    if (reversed) {
      problems.push(
        problem(
          'BOUNDS_REVERSED',
          valuesPath,
          `The bounds of ${labelOf(operator)} on ${nameOf(attribute)} are the wrong way round: ${String(low)} is ${isDate ? 'after' : 'more than'} ${String(high)}, so nothing can match. Put the lower bound first.`,
        ),
      );
    }
  }
  return problems;
}

const arityRule = {
  none: { min: 0, max: 0, text: 'takes no values' },
  one: { min: 1, max: 1, text: 'takes one value' },
  oneOrMore: { min: 1, max: Number.POSITIVE_INFINITY, text: 'needs at least one value' },
  two: { min: 2, max: 2, text: 'takes two values, the lower and the upper bound' },
  period: { min: 1, max: 1, text: 'takes one number, such as 30' },
  days: { min: 1, max: 1, text: 'takes one number of days, such as 7' },
} as const satisfies Record<ValueArity, { min: number; max: number; text: string }>;

function valueCountProblem(
  attribute: AttributeDef,
  operator: Operator,
  arity: ValueArity,
  count: number,
  path: string,
): Problem | undefined {
  const rule = arityRule[arity];
  if (count >= rule.min && count <= rule.max) return undefined;
  const has = count === 0 ? 'there are none' : count === 1 ? 'there is 1' : `there are ${count}`;
  return problem(
    'WRONG_VALUE_COUNT',
    path,
    `${labelOf(operator)} on ${nameOf(attribute)} ${rule.text}; ${has}.`,
  );
}

function valueProblem(
  entity: EntityDef,
  attribute: AttributeDef,
  operator: Operator,
  arity: ValueArity,
  value: ConditionValue,
  path: string,
): Problem | undefined {
  if (arity === 'period' || arity === 'days') return countValueProblem(operator, arity, value, path);
  if (value === '') {
    const records = entity.pluralDisplayName.toLowerCase();
    return problem(
      'EMPTY_VALUE',
      path,
      `An empty value never matches. To find ${records} with no ${nameOf(attribute)}, use "Does not contain data"; to find those with one, "Contains data".`,
    );
  }
  switch (attribute.type) {
    case 'string':
      return typeof value === 'string' ? undefined : wrongType(attribute, value, 'text in quotes', path);
    case 'lookup':
      return typeof value === 'string'
        ? undefined
        : wrongType(attribute, value, 'the id of a record, as text', path);
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrongType(attribute, value, 'true or false', path);
    case 'integer':
      return integerValueProblem(attribute, value, path);
    case 'decimal':
    case 'money':
      return decimalValueProblem(attribute, value, path);
    case 'choice':
    case 'multichoice':
      return optionValueProblem(attribute, value, path);
    case 'date':
    case 'datetime':
      return dateValueProblem(attribute, operator, value, path);
    default:
      return assertNever(attribute.type);
  }
}

function wrongType(attribute: AttributeDef, value: ConditionValue, expected: string, path: string): Problem {
  return problem(
    'WRONG_VALUE_TYPE',
    path,
    `${nameWithType(attribute)}, needs ${expected}; ${show(value)} is not that.`,
  );
}
