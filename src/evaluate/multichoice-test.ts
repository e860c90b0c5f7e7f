import type { PositiveOperatorOf } from '../definition/operator-catalogue.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import { invalidValue, type ConditionCheck } from './condition-check.ts';

/** Each multi-choice operator on the options chosen and the options wanted. */
const multichoiceTests = {
  containsAnyOf: (chosen, wanted) => [...wanted].some((v) => chosen.has(v)),
  containsAllOf: (chosen, wanted) => [...wanted].every((v) => chosen.has(v)),
  equals: (chosen, wanted) => wanted.size === chosen.size && [...wanted].every((v) => chosen.has(v)),
} satisfies Record<
  PositiveOperatorOf<'multichoice'>,
  (chosen: ReadonlySet<string>, wanted: ReadonlySet<string>) => boolean
>;

/**
 * A multi-choice condition over the stored option values: any of, all of, or exactly the set given
 * (order and repeats ignored). Option values are identifiers and compare exactly.
 */
export function multichoiceTest(
  check: ConditionCheck<PositiveOperatorOf<'multichoice'>>,
  value: AttributeValue,
): boolean {
  if (!Array.isArray(value)) return invalidValue(check, 'a list of option values', value);
  return multichoiceTests[check.operator](new Set<string>(value), new Set(check.values.map(String)));
}
