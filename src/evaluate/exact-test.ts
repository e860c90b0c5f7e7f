import type { ConditionValue } from '../definition/nodes.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import type { PositiveOperatorOf } from '../definition/operator-catalogue.ts';
import { invalidValue, type ConditionCheck } from './condition-check.ts';

type ExactType = 'boolean' | 'choice' | 'lookup';

/** The one operator of these types, `equals`: one of the values exactly. */
const exactTests = {
  equals: (check, type, value) => {
    if (type === 'boolean') {
      if (typeof value !== 'boolean') return invalidValue(check, 'true or false', value);
      return check.values.some((v) => booleanOf(v) === value);
    }
    if (typeof value !== 'string')
      return invalidValue(check, type === 'choice' ? 'an option value' : 'a record id', value);
    return check.values.some((v) => String(v) === value);
  },
} satisfies Record<
  PositiveOperatorOf<ExactType>,
  (check: ConditionCheck<PositiveOperatorOf<ExactType>>, type: ExactType, value: AttributeValue) => boolean
>;

/**
 * A boolean, choice or lookup condition: `equals` one of the values exactly (an option value, a record
 * id, `true` or `false`). Option values and ids are identifiers, so case counts here.
 */
export function exactTest(
  check: ConditionCheck<PositiveOperatorOf<ExactType>>,
  type: ExactType,
  value: AttributeValue,
): boolean {
  return exactTests[check.operator](check, type, value);
}

function booleanOf(value: ConditionValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}
