import type { ConditionNode } from '../definition/nodes.ts';
import { assertNever } from '../definition/nodes.ts';
import { negatedOperators, typeOffers, type NegatedOperator } from '../definition/operator-catalogue.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import type { AttributeDef } from '../schema/schema-types.ts';
import type { ConditionCheck, PositiveOperator } from './condition-check.ts';
import { dateTest } from './date-test.ts';
import { EvaluationError } from './evaluation-error.ts';
import { exactTest } from './exact-test.ts';
import { multichoiceTest } from './multichoice-test.ts';
import { numberTest } from './number-test.ts';
import { textTest } from './text-test.ts';
import type { TimeTests } from './time-tests.ts';

/**
 * Whether one stored value satisfies one condition (docs/SEGMENTS.md, "Two-valued logic"): on a missing
 * value every operator is false except `notContainsData`, and a negated operator is the negation of
 * its positive form on a value that is there.
 *
 * @example
 * // a contact with no city is in neither `equals "Atlantis"` nor `notEquals "Atlantis"`
 * testCondition(notEqualsAtlantis, city, null, times, path); // false
 */
export function testCondition(
  node: ConditionNode,
  attribute: AttributeDef,
  value: AttributeValue,
  times: TimeTests,
  path: string,
): boolean {
  const { operator } = node;
  if (!typeOffers(attribute.type, operator)) {
    throw new EvaluationError(
      'UNSUPPORTED_OPERATOR',
      `${attribute.type} attribute "${attribute.name}" does not offer "${operator}"`,
      path,
    );
  }
  if (operator === 'containsData') return value !== null;
  if (operator === 'notContainsData') return value === null;
  if (value === null) return false;
  const negated = isNegated(operator);
  // typeOffers has checked the operator against the catalogue.
  const positive = (negated ? negatedOperators[operator] : operator) as PositiveOperator;
  const check: ConditionCheck = { operator: positive, values: node.values, unit: node.unit, path };
  const holds = testPositive(check, attribute, value, node, times);
  return negated ? !holds : holds;
}

function isNegated(operator: string): operator is NegatedOperator {
  return Object.hasOwn(negatedOperators, operator);
}

function testPositive(
  check: ConditionCheck,
  attribute: AttributeDef,
  value: AttributeValue,
  node: ConditionNode,
  times: TimeTests,
): boolean {
  const type = attribute.type;
  switch (type) {
    case 'string':
      return textTest(check, value);
    case 'integer':
    case 'decimal':
    case 'money':
      return numberTest(check, value);
    case 'boolean':
    case 'choice':
    case 'lookup':
      return exactTest(check, type, value);
    case 'multichoice':
      return multichoiceTest(check, value);
    case 'date':
    case 'datetime':
      return dateTest(check, type, value, node, times);
    default:
      return assertNever(type);
  }
}
