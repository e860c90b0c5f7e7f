import type { Attribute, Operator } from '../api/index.ts';
import type { ConditionNode, ConditionValue } from './definition-types.ts';

/** Which value input a condition needs, from its attribute's type and its operator's arity. */
export type ValueKind =
  | 'none'
  | 'textChips'
  | 'numberChips'
  | 'options'
  | 'boolean'
  | 'number'
  | 'date'
  | 'datetime'
  | 'numberPair'
  | 'datePair'
  | 'datetimePair'
  | 'period'
  | 'days';

const numberTypes = new Set(['integer', 'decimal', 'money']);

/** Operators that name a whole calendar day, never a moment, even on a date-time attribute. */
const dayOperators = new Set(['on', 'notOn']);

/** The value input for `operator` on `attribute`. */
export function valueKindOf(attribute: Attribute, operator: Operator): ValueKind {
  const { type } = attribute;
  const isNumber = numberTypes.has(type);
  const isDate = type === 'date' || type === 'datetime';
  const dateKind = type === 'datetime' && !dayOperators.has(operator.id) ? 'datetime' : 'date';
  switch (operator.values) {
    case 'none':
      return 'none';
    case 'period':
      return 'period';
    case 'days':
      return 'days';
    case 'two':
      return isNumber
        ? 'numberPair'
        : isDate
          ? dateKind === 'datetime'
            ? 'datetimePair'
            : 'datePair'
          : 'numberPair';
    case 'one':
      return isNumber ? 'number' : isDate ? dateKind : 'textChips';
    case 'oneOrMore':
      if (type === 'boolean') return 'boolean';
      if (type === 'choice' || type === 'multichoice') return 'options';
      return isNumber ? 'numberChips' : 'textChips';
  }
}

/** The condition with `operator`, keeping its values when the new operator takes the same input. */
export function withOperator(
  node: ConditionNode,
  attribute: Attribute,
  from: Operator | undefined,
  to: Operator,
): ConditionNode {
  const kind = valueKindOf(attribute, to);
  const base = { kind: 'condition', attribute: node.attribute, operator: to.id } as const;
  if (from !== undefined && valueKindOf(attribute, from) === kind) {
    return {
      ...base,
      ...(node.values === undefined ? {} : { values: node.values }),
      ...(node.unit === undefined ? {} : { unit: node.unit }),
    };
  }
  return { ...base, ...initialValues(kind) };
}

/** The values part of a condition whose input is `kind`, before anything is typed. */
export function initialValues(kind: ValueKind): Pick<ConditionNode, 'values' | 'unit'> {
  switch (kind) {
    case 'none':
      return {};
    case 'period':
      return { values: [], unit: 'days' };
    case 'numberPair':
    case 'datePair':
    case 'datetimePair':
      return { values: ['', ''] };
    default:
      return { values: [] };
  }
}

/**
 * A number as typed: integers as numbers; decimals as numbers when that loses nothing, else as the
 * text (the API takes decimal text, so that money never loses precision to floating point).
 */
export function parseNumber(text: string, attribute: Attribute): ConditionValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  if (!Number.isFinite(number)) return trimmed;
  if (attribute.type === 'integer' || String(number) === trimmed) return number;
  return trimmed;
}
