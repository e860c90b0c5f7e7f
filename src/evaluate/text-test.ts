import type { PositiveOperatorOf } from '../definition/operator-catalogue.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import { foldCase } from '../schema/fold-case.ts';
import { invalidValue, type ConditionCheck } from './condition-check.ts';

/** Each text operator on the folded text and one folded value. */
export const textTests = {
  equals: (text, needle) => text === needle,
  contains: (text, needle) => text.includes(needle),
  beginsWith: (text, needle) => text.startsWith(needle),
  endsWith: (text, needle) => text.endsWith(needle),
} satisfies Record<PositiveOperatorOf<'string'>, (text: string, needle: string) => boolean>;

/**
 * A string condition. Case-insensitive and exact otherwise (docs/SEGMENTS.md, "Text"): no trimming, no accent
 * folding, and `%`, `_`, `\` are the characters themselves. Several values are OR'd.
 */
export function textTest(
  check: ConditionCheck<PositiveOperatorOf<'string'>>,
  value: AttributeValue,
): boolean {
  if (typeof value !== 'string') return invalidValue(check, 'text', value);
  const text = foldCase(value);
  const test = textTests[check.operator];
  return check.values.some((v) => test(text, foldCase(String(v))));
}
