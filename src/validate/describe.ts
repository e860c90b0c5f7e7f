import { operators, type Operator } from '../definition/operator-catalogue.ts';
import { operatorsByType } from '../definition/operator-sets.ts';
import type { AttributeType } from '../schema/attribute-type.ts';
import type { AttributeDef } from '../schema/schema-types.ts';

/** How messages name things, the way the designer shows them to a marketer. */

/** An attribute type as a marketer says it: `"Birthday", a date`. */
export const typeNouns = {
  string: 'text',
  integer: 'a whole number',
  decimal: 'a decimal number',
  money: 'an amount of money',
  boolean: 'a yes/no value',
  date: 'a date',
  datetime: 'a date and time',
  choice: 'a choice',
  multichoice: 'a multiple choice',
  lookup: 'a lookup',
} as const satisfies Record<AttributeType, string>;

/** `"Birthday"`: an attribute by its display name. */
export function nameOf(attribute: AttributeDef): string {
  return `"${attribute.displayName}"`;
}

/** `"Birthday", a date`. */
export function nameWithType(attribute: AttributeDef): string {
  return `${nameOf(attribute)}, ${typeNouns[attribute.type]}`;
}

/** `"Greater than"`: an operator by its label. */
export function labelOf(operator: Operator): string {
  return `"${operators[operator].label}"`;
}

/** The labels of the operators a type offers: `On, Not on, Before, …`. */
export function operatorChoices(type: AttributeType): string {
  return operatorsByType[type].map((id) => operators[id].label).join(', ');
}

/** `a, b or c`. */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}

/** A value as written in a message: text in quotes, numbers and booleans as they are. */
export function show(value: string | number | boolean): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
