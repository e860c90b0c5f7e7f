import type { ConditionValue } from '../definition/nodes.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import { invalidValue, unsupported, type ConditionCheck } from './condition-check.ts';

/**
 * A boolean, choice or lookup condition: `equals` one of the values exactly (an option value, a record
 * id, `true` or `false`). Option values and ids are identifiers, so case counts here.
 */
export function exactTest(
  check: ConditionCheck,
  type: 'boolean' | 'choice' | 'lookup',
  value: AttributeValue,
): boolean {
  if (check.operator !== 'equals') return unsupported(check, type);
  if (type === 'boolean') {
    if (typeof value !== 'boolean') return invalidValue(check, 'true or false', value);
    return check.values.some((v) => booleanOf(v) === value);
  }
  if (typeof value !== 'string')
    return invalidValue(check, type === 'choice' ? 'an option value' : 'a record id', value);
  return check.values.some((v) => String(v) === value);
}

function booleanOf(value: ConditionValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}
