import type { ConditionValue } from '../definition/nodes.ts';
import type { Problem } from '../schema/problem.ts';
import type { AttributeDef, ChoiceOption } from '../schema/schema-types.ts';
import { nameOf, nameWithType, show } from './describe.ts';
import { problem } from './problem-codes.ts';

/** Values of choice and multi-choice attributes: the stored value of one of their options. */
export function optionValueProblem(
  attribute: AttributeDef,
  value: ConditionValue,
  path: string,
): Problem | undefined {
  const options = attribute.options ?? [];
  const choices = options.map(optionChoice).join(', ');
  if (typeof value !== 'string') {
    return problem(
      'WRONG_VALUE_TYPE',
      path,
      `${nameWithType(attribute)}, needs one of its options as text; ${show(value)} is not one. Choose from: ${choices}.`,
    );
  }
  if (options.some((o) => o.value === value)) return undefined;
  const lower = value.toLowerCase();
  const meant = options.find((o) => o.value.toLowerCase() === lower || o.label.toLowerCase() === lower);
  const hint = meant ? `Did you mean ${optionChoice(meant)}?` : `Choose from: ${choices}.`;
  return problem('UNKNOWN_OPTION', path, `${nameOf(attribute)} has no option "${value}". ${hint}`);
}

/** `"female" (Female)`. */
function optionChoice(option: ChoiceOption): string {
  return option.label === option.value ? `"${option.value}"` : `"${option.value}" (${option.label})`;
}
