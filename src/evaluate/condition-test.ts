import { assertNever, type ValidCondition } from '../definition/nodes.ts';
import type {
  PositiveOperator,
  PositiveOperatorOf,
  PresenceOperator,
} from '../definition/operator-catalogue.ts';
import { isPresenceTest, typeOffers, valueTestOf } from '../definition/operator-sets.ts';
import type { AttributeType } from '../schema/attribute-type.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import type { AttributeDef } from '../schema/schema-types.ts';
import type { ConditionCheck } from './condition-check.ts';
import { dateTest } from './date-test.ts';
import { EvaluationError } from './evaluation-error.ts';
import { exactTest } from './exact-test.ts';
import { multichoiceTest } from './multichoice-test.ts';
import { numberTest } from './number-test.ts';
import { textTest } from './text-test.ts';
import type { TimeTests } from './time-tests.ts';

/** The presence tests, which read no value: true on any value there, or on a missing one. */
const presenceTests = {
  containsData: (value) => value !== null,
  notContainsData: (value) => value === null,
} satisfies Record<PresenceOperator, (value: AttributeValue) => boolean>;

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
  node: ValidCondition,
  attribute: AttributeDef,
  value: AttributeValue,
  times: TimeTests,
  path: string,
): boolean {
  const { operator } = node;
  if (!typeOffers(attribute.type, operator)) throw unsupported(attribute, operator, path);
  if (isPresenceTest(operator)) return presenceTests[operator](value);
  if (value === null) return false;
  const { positive, negated } = valueTestOf(operator);
  const holds = testPositive(positive, node, attribute, value, times, path);
  return negated ? !holds : holds;
}

function testPositive(
  positive: PositiveOperator,
  node: ValidCondition,
  attribute: AttributeDef,
  value: AttributeValue,
  times: TimeTests,
  path: string,
): boolean {
  const type = attribute.type;
  switch (type) {
    case 'string':
      return textTest(checkOf(type, positive, node, attribute, path), value);
    case 'integer':
    case 'decimal':
    case 'money':
      return numberTest(checkOf(type, positive, node, attribute, path), value);
    case 'boolean':
    case 'choice':
    case 'lookup':
      return exactTest(checkOf(type, positive, node, attribute, path), type, value);
    case 'multichoice':
      return multichoiceTest(checkOf(type, positive, node, attribute, path), value);
    case 'date':
    case 'datetime':
      return dateTest(checkOf(type, positive, node, attribute, path), type, value, node, times);
    default:
      return assertNever(type);
  }
}

/**
 * The condition with its operator as one the attribute's type offers, which `testCondition` has
 * checked. A function of its own rather than a closure: it runs for every contact a re-check tests.
 */
function checkOf<T extends AttributeType>(
  type: T,
  positive: PositiveOperator,
  node: ValidCondition,
  attribute: AttributeDef,
  path: string,
): ConditionCheck<PositiveOperatorOf<T>> {
  if (!typeOffers(type, positive)) throw unsupported(attribute, positive, path);
  return { operator: positive, values: node.values, unit: node.unit, path };
}

function unsupported(attribute: AttributeDef, operator: string, path: string): EvaluationError {
  return new EvaluationError(
    'UNSUPPORTED_OPERATOR',
    `${attribute.type} attribute "${attribute.name}" does not offer "${operator}"`,
    path,
  );
}
