import {
  assertNever,
  type ConditionNode,
  type ConditionValue,
  type RelatedNode,
  type WhereNode,
} from '../definition/index.ts';
import type { AttributeDef, Schema } from '../schema/index.ts';
import { datePartOf, windowOf } from './date-parts.ts';
import { printedRelationshipName } from './schema-names.ts';
import { printValue, quote } from './print-value.ts';

/** What printing a condition needs: the schema and the entity whose records it tests. */
export interface PrintScope {
  readonly schema: Schema;
  readonly entity: string;
}

const now = 'DATETIMEUTCNOW()';

/**
 * A `where` node as an MQL condition. `negated` prints the complement: docs/SEGMENTS.md's NOT matches
 * records without a value too, MQL's NOT does not, so the complement of a condition is printed as
 * `(ISNULL(x) || NOT(…))`, and NOT on a group is pushed down to its children (De Morgan).
 */
export function printWhere(node: WhereNode, scope: PrintScope, negated = false): string {
  switch (node.kind) {
    case 'group': {
      const flip = negated !== node.not;
      const op = (node.op === 'and') !== flip ? ' && ' : ' || ';
      const parts = node.children.map((child) => printWhere(child, scope, flip));
      return parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(op)})`;
    }
    case 'condition': {
      if (node.operator === 'containsData' && negated) return `ISNULL(${node.attribute})`;
      if (node.operator === 'notContainsData' && negated) return `ISNOTNULL(${node.attribute})`;
      const positive = printCondition(node, scope);
      return negated ? `(ISNULL(${node.attribute}) || NOT(${positive}))` : positive;
    }
    case 'related': {
      const positive = printRelated(node, scope);
      return negated ? `NOT(${positive})` : positive;
    }
    default:
      return assertNever(node);
  }
}

/** `TRAVERSE(rel).FILTER(…).HAVING(COUNT() > 2, UTCDAYS(30))`: Segmint's related condition inside a FILTER. */
function printRelated(node: RelatedNode, scope: PrintScope): string {
  const relationship = scope.schema.relationship(scope.entity, node.relationship);
  const name = relationship ? printedRelationshipName(scope.schema, relationship) : node.relationship;
  const target = relationship?.to ?? scope.entity;
  const filter = node.where
    ? `.FILTER(${unwrap(printWhere(node.where, { schema: scope.schema, entity: target }))})`
    : '';
  const plain = node.count.operator === 'atLeast' && node.count.value === 1 && !node.window;
  return `TRAVERSE(${name})${filter}${plain ? '' : `.HAVING(${printHaving(node)})`}`;
}

/** The inside of HAVING(…): the count and the window. */
export function printHaving(node: RelatedNode): string {
  const { operator, value } = node.count;
  const count =
    operator === 'atLeast'
      ? value === 0
        ? 'COUNT() >= 0'
        : `COUNT() > ${value - 1}`
      : operator === 'atMost'
        ? `COUNT() <= ${value}`
        : `COUNT() == ${value}`;
  if (!node.window) return count;
  const attribute = node.window.attribute === 'occurredon' ? '' : `, ${node.window.attribute}`;
  return `${count}, ${windowOf[node.window.unit]}(${node.window.last}${attribute})`;
}

/** A printed condition without its outer brackets, for inside FILTER(…). */
export function unwrap(text: string): string {
  if (!text.startsWith('(') || !text.endsWith(')')) return text;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
      continue;
    }
    if (c === "'") quoted = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0 && i < text.length - 1) return text;
    }
  }
  return text.slice(1, -1);
}

const either = (parts: string[]): string =>
  parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(' || ')})`;
const every = (parts: string[]): string =>
  parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(' && ')})`;

function dataverseValue(attribute: AttributeDef | undefined, value: ConditionValue): string {
  const option = attribute?.options?.find((o) => o.value === value);
  const number = (option as { readonly dataverseValue?: unknown } | undefined)?.dataverseValue;
  return typeof number === 'number' ? String(number) : String(value);
}

/** The MQL of one condition, true exactly where the condition holds. */
function printCondition(node: ConditionNode, scope: PrintScope): string {
  const x = node.attribute;
  const attribute = scope.schema.attribute(scope.entity, x);
  const numeric =
    attribute?.type === 'integer' || attribute?.type === 'decimal' || attribute?.type === 'money';
  const v = (value: ConditionValue): string => {
    if (attribute?.type === 'choice') {
      const printed = dataverseValue(attribute, value);
      return /^-?\d+$/.test(printed) && printed !== String(value) ? printed : quote(String(value));
    }
    return printValue(value, numeric);
  };
  const values = node.values;
  const each = (op: string): string[] => values.map((value) => `${x} ${op} ${v(value)}`);
  const [first = '', second = ''] = values.map(v);
  const unit = node.unit ?? 'days';
  const part = datePartOf[unit];
  const count = Number(values[0] ?? 0);
  switch (node.operator) {
    case 'equals':
      if (attribute?.type === 'multichoice') {
        return `${x} == ${quote(values.map((value) => dataverseValue(attribute, value)).join(','))}`;
      }
      return either(each('=='));
    case 'notEquals':
      return every(each('!='));
    case 'contains':
    case 'containsAnyOf':
      return either(each('CONTAINS'));
    case 'containsAllOf':
      return every(each('CONTAINS'));
    case 'notContains':
    case 'notContainsAnyOf':
      return `NOT(${unwrap(either(each('CONTAINS')))})`;
    case 'beginsWith':
      return either(each('STARTSWITH'));
    case 'notBeginsWith':
      return `NOT(${unwrap(either(each('STARTSWITH')))})`;
    case 'endsWith':
      return either(each('ENDSWITH'));
    case 'notEndsWith':
      return `NOT(${unwrap(either(each('ENDSWITH')))})`;
    case 'containsData':
      return `ISNOTNULL(${x})`;
    case 'notContainsData':
      return `ISNULL(${x})`;
    case 'greaterThan':
    case 'after':
      return `${x} > ${first}`;
    case 'greaterOrEqual':
    case 'onOrAfter':
      return `${x} >= ${first}`;
    case 'lessThan':
    case 'before':
      return `${x} < ${first}`;
    case 'lessOrEqual':
    case 'onOrBefore':
      return `${x} <= ${first}`;
    case 'on':
      return `${x} == ${first}`;
    case 'notOn':
      return `${x} != ${first}`;
    case 'between':
      return `(${x} >= ${first} && ${x} <= ${second})`;
    case 'notBetween':
      return `(${x} < ${first} || ${x} > ${second})`;
    case 'inLast':
      return `(${x} > DATEADD(${part}, -${count}, ${now}) && ${x} <= ${now})`;
    case 'inNext':
      return `(${x} >= ${now} && ${x} < DATEADD(${part}, ${count}, ${now}))`;
    case 'olderThan':
      return `${x} <= DATEADD(${part}, -${count}, ${now})`;
    case 'today':
      return `DATEDIFF(day, ${x}, ${now}) == 0`;
    case 'yesterday':
      return `DATEDIFF(day, ${x}, ${now}) == 1`;
    case 'tomorrow':
      return `DATEDIFF(day, ${now}, ${x}) == 1`;
    case 'thisWeek':
      return `DATEDIFF(week, ${x}, ${now}) == 0`;
    case 'lastWeek':
      return `DATEDIFF(week, ${x}, ${now}) == 1`;
    case 'thisMonth':
      return `DATEDIFF(month, ${x}, ${now}) == 0`;
    case 'lastMonth':
      return `DATEDIFF(month, ${x}, ${now}) == 1`;
    case 'thisYear':
      return `DATEDIFF(year, ${x}, ${now}) == 0`;
    case 'lastYear':
      return `DATEDIFF(year, ${x}, ${now}) == 1`;
    case 'anniversaryInNext':
      return `DAYSTOANNIVERSARY(${x}) < ${count}`;
    default:
      // An operator docs/SEGMENTS.md does not have: printed so that reading it back reports it.
      return `${x} ${node.operator.toUpperCase()} ${values.map(v).join(', ')}`;
  }
}
