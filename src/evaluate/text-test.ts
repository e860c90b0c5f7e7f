import type { AttributeValue } from '../schema/attribute-value.ts';
import { foldCase } from '../schema/fold-case.ts';
import { invalidValue, unsupported, type ConditionCheck } from './condition-check.ts';

/**
 * A string condition. Case-insensitive and exact otherwise (docs/SEGMENTS.md, "Text"): no trimming, no accent
 * folding, and `%`, `_`, `\` are the characters themselves. Several values are OR'd.
 */
export function textTest(check: ConditionCheck, value: AttributeValue): boolean {
  if (typeof value !== 'string') return invalidValue(check, 'text', value);
  const text = foldCase(value);
  const some = (test: (needle: string) => boolean): boolean =>
    check.values.some((v) => test(foldCase(String(v))));
  switch (check.operator) {
    case 'equals':
      return some((needle) => text === needle);
    case 'contains':
      return some((needle) => text.includes(needle));
    case 'beginsWith':
      return some((needle) => text.startsWith(needle));
    case 'endsWith':
      return some((needle) => text.endsWith(needle));
    default:
      return unsupported(check, 'string');
  }
}
