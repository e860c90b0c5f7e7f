import type { AttributeValue } from '../schema/attribute-value.ts';
import { invalidValue, unsupported, type ConditionCheck } from './condition-check.ts';

/**
 * A multi-choice condition over the stored option values: any of, all of, or exactly the set given
 * (order and repeats ignored). Option values are identifiers and compare exactly.
 */
export function multichoiceTest(check: ConditionCheck, value: AttributeValue): boolean {
  if (!Array.isArray(value)) return invalidValue(check, 'a list of option values', value);
  const chosen = new Set<string>(value);
  const wanted = new Set(check.values.map(String));
  switch (check.operator) {
    case 'containsAnyOf':
      return [...wanted].some((v) => chosen.has(v));
    case 'containsAllOf':
      return [...wanted].every((v) => chosen.has(v));
    case 'equals':
      return wanted.size === chosen.size && [...wanted].every((v) => chosen.has(v));
    default:
      return unsupported(check, 'multichoice');
  }
}
