import type { ConditionValue, GroupNode, WhereNode } from '../definition/index.ts';
import { resolveBooleanLabel, type AttributeDef } from '../schema/index.ts';
import { resolveName, type ConditionScope } from './condition-scope.ts';
import {
  anniversaryLeaf,
  dateDiffLeaf,
  dateLeaf,
  pairedPeriod,
  readDateValue,
  relativeBound,
  type RelativeBound,
} from './date-condition.ts';
import { translateHaving } from './having.ts';
import { mqlProblem, type Position } from './mql-problem.ts';
import { closest, findRelationship, linkNames, optionList, optionOf as namedOption } from './schema-names.ts';
import type { CompareOp, CondExpr, RelatedExpr, ValueExpr } from './syntax.ts';
import { asGroup, complement, condition, group, leafWithData, type Leaf } from './where-nodes.ts';

/**
 * A FILTER's condition as a `where` group (SEGMENTS.md). MQL has a third truth value (a comparison
 * with a missing value is neither true nor false) and SEGMENTS.md two, so NOT is pushed down to the
 * conditions: NOT(x == 'a') becomes "x does not equal 'a'", which, like MQL, skips records without x.
 * Returns undefined when anything could not be translated; every problem is in `scope.problems`.
 */
export function translateCondition(expr: CondExpr, scope: ConditionScope): GroupNode | undefined {
  const node = translate(expr, true, scope);
  return node && asGroup(node);
}

type Item = CondExpr | { readonly kind: 'leaf'; readonly leaf: Leaf };

function translate(expr: Item, positive: boolean, scope: ConditionScope): WhereNode | undefined {
  switch (expr.kind) {
    case 'and':
    case 'or': {
      const items = expr.kind === 'and' ? pairPeriods(flatten(expr), scope) : expr.items;
      const children = items.map((item) => translate(item, positive, scope));
      if (children.some((c) => c === undefined)) return undefined;
      const op = (expr.kind === 'and') === positive ? 'and' : 'or';
      const [only] = children;
      return children.length === 1 ? only : group(op, children as WhereNode[]);
    }
    case 'not':
      return translate(expr.expr, !positive, scope);
    case 'leaf':
      return positive ? expr.leaf.t : expr.leaf.f;
    default: {
      const leaf = leafOf(expr, scope);
      return leaf && (positive ? leaf.t : leaf.f);
    }
  }
}

function flatten(expr: Extract<CondExpr, { items: unknown }>): CondExpr[] {
  return expr.items.flatMap((item) => (item.kind === 'and' ? flatten(item) : [item]));
}

/** `x > DATEADD(day, -7, now) && x <= now` anywhere in one AND: "x in the last 7 days". */
function pairPeriods(items: readonly CondExpr[], scope: ConditionScope): Item[] {
  const bounds = items.map((item) => boundOf(item, scope));
  const result: Item[] = [];
  const used = new Set<number>();
  items.forEach((item, i) => {
    if (used.has(i)) return;
    const bound = bounds[i];
    if (bound) {
      for (let j = i + 1; j < items.length; j++) {
        const other = bounds[j];
        const leaf = other && !used.has(j) ? pairedPeriod(bound, other) : undefined;
        if (leaf) {
          used.add(j);
          result.push({ kind: 'leaf', leaf });
          return;
        }
      }
    }
    result.push(item);
  });
  return result;
}

function boundOf(item: CondExpr, scope: ConditionScope): RelativeBound | undefined {
  if (item.kind !== 'compare') return undefined;
  if (item.left.kind === 'name') return relativeBound(item.left, item.op, item.right, scope);
  if (item.right.kind === 'name') return relativeBound(item.right, flip[item.op], item.left, scope);
  return undefined;
}

const flip = { '==': '==', '!=': '!=', '>': '<', '>=': '<=', '<': '>', '<=': '>=' } as const satisfies Record<
  CompareOp,
  CompareOp
>;

function leafOf(
  expr: Exclude<CondExpr, { kind: 'and' | 'or' | 'not' }>,
  scope: ConditionScope,
): Leaf | undefined {
  const report = (
    at: Position,
    message: string,
    code: 'MQL_NOT_EXPRESSIBLE' | 'MQL_WRONG_VALUE' = 'MQL_NOT_EXPRESSIBLE',
  ): Leaf | undefined => {
    scope.problems.push(mqlProblem(code, at, message));
    return undefined;
  };
  switch (expr.kind) {
    case 'related':
      return relatedLeaf(expr.related, scope);
    case 'value': {
      if (expr.value.kind === 'name') {
        const resolved = resolveName(scope, expr.value);
        if (resolved?.kind === 'attribute' && resolved.attribute.type === 'boolean') {
          return report(
            expr.at,
            `Write ${resolved.attribute.name} == true (or == false): a condition compares.`,
          );
        }
        if (!resolved) return undefined;
      }
      return report(
        expr.at,
        "This is a value, not a condition: compare it, as in address1_city == 'Seattle'.",
      );
    }
    case 'null': {
      if (expr.arg.kind !== 'name')
        return report(expr.arg.at, `${expr.fn} takes an attribute, such as ${expr.fn}(emailaddress1).`);
      const resolved = resolveName(scope, expr.arg);
      if (!resolved) return undefined;
      if (resolved.kind === 'primaryKey')
        return report(
          expr.arg.at,
          `Every record has its ${resolved.text}: ${expr.fn}(${resolved.text}) tests nothing.`,
        );
      const name = resolved.attribute.name;
      const has = condition(name, 'containsData');
      const hasNot = condition(name, 'notContainsData');
      return expr.fn === 'ISNULL' ? { t: hasNot, f: has } : { t: has, f: hasNot };
    }
    case 'text': {
      if (expr.left.kind !== 'name')
        return report(expr.left.at, `${expr.op} tests an attribute: write emailaddress1 ${expr.op} 'text'.`);
      const resolved = resolveName(scope, expr.left);
      if (!resolved) return undefined;
      if (expr.right.kind !== 'string')
        return report(
          expr.right.at,
          `${expr.op} takes text in single quotes, such as 'run'.`,
          'MQL_WRONG_VALUE',
        );
      if (resolved.kind === 'primaryKey')
        return report(expr.left.at, `${expr.op} cannot test a record's id.`);
      const attribute = resolved.attribute;
      if (expr.right.value === '')
        return report(
          expr.right.at,
          `${expr.op} '' holds for any text: remove it, or test ISNOTNULL(${attribute.name}).`,
          'MQL_WRONG_VALUE',
        );
      if (attribute.type === 'multichoice' && expr.op === 'CONTAINS') {
        const option = optionOf(attribute, expr.right.value, expr.right.at, scope);
        return option === undefined
          ? undefined
          : {
              t: condition(attribute.name, 'containsAnyOf', [option]),
              f: condition(attribute.name, 'notContainsAnyOf', [option]),
            };
      }
      if (attribute.type !== 'string') {
        return report(
          expr.at,
          `${expr.op} tests text; ${attribute.name} holds ${attribute.type === 'multichoice' ? 'several choices (use CONTAINS)' : `a ${attribute.type}`}.`,
        );
      }
      const [positive, negative] = (
        {
          CONTAINS: ['contains', 'notContains'],
          STARTSWITH: ['beginsWith', 'notBeginsWith'],
          ENDSWITH: ['endsWith', 'notEndsWith'],
        } as const
      )[expr.op];
      return {
        t: condition(attribute.name, positive, [expr.right.value]),
        f: condition(attribute.name, negative, [expr.right.value]),
      };
    }
    case 'compare':
      return compareLeaf(expr, scope);
  }
}

const knownFunctions = ['DATETIMEUTCNOW', 'DATEADD', 'DATEDIFF', 'DATE', 'DAYSTOANNIVERSARY'];

/** The calls in a value of functions MQL (with Segmint's DAYSTOANNIVERSARY) does not have. */
function unknownCalls(value: ValueExpr): Extract<ValueExpr, { kind: 'call' }>[] {
  if (value.kind === 'arithmetic') return [...unknownCalls(value.left), ...unknownCalls(value.right)];
  if (value.kind !== 'call') return [];
  const own = [...knownFunctions, 'UTCNOW'].includes(value.name.text.toUpperCase()) ? [] : [value];
  return [...own, ...value.args.flatMap(unknownCalls)];
}

function isCall(expr: ValueExpr, name: string): boolean {
  return expr.kind === 'call' && expr.name.text.toUpperCase() === name;
}

function compareLeaf(expr: Extract<CondExpr, { kind: 'compare' }>, scope: ConditionScope): Leaf | undefined {
  const report = (
    at: Position,
    message: string,
    code: 'MQL_NOT_EXPRESSIBLE' | 'MQL_WRONG_VALUE' = 'MQL_NOT_EXPRESSIBLE',
  ): Leaf | undefined => {
    scope.problems.push(mqlProblem(code, at, message));
    return undefined;
  };
  const { left, right } = expr;
  const unknown = [left, right].flatMap(unknownCalls);
  for (const call of unknown) {
    const hint =
      closest(call.name.text, knownFunctions) ?? (/now/i.test(call.name.text) ? 'DATETIMEUTCNOW' : undefined);
    scope.problems.push(
      mqlProblem(
        'MQL_UNKNOWN_FUNCTION',
        call.name.at,
        `MQL has no function ${call.name.text}()${hint ? `; did you mean ${hint}()?` : '.'}`,
      ),
    );
  }
  if (unknown.length > 0) return undefined;
  if (isCall(left, 'DATEDIFF') && left.kind === 'call') return dateDiffLeaf(left, expr.op, right, scope);
  if (isCall(right, 'DATEDIFF') && right.kind === 'call')
    return dateDiffLeaf(right, flip[expr.op], left, scope);
  if (left.kind === 'call' && isCall(left, 'DAYSTOANNIVERSARY'))
    return anniversaryLeaf(left, expr.op, right, scope);
  if (right.kind === 'call' && isCall(right, 'DAYSTOANNIVERSARY'))
    return anniversaryLeaf(right, flip[expr.op], left, scope);
  for (const side of [left, right]) {
    if (side.kind === 'arithmetic') {
      return report(
        side.at,
        'Segmint compares an attribute with a value; arithmetic (+ - * /) cannot be expressed.',
      );
    }
  }
  let nameSide = left;
  let valueSide = right;
  let op = expr.op;
  if (left.kind !== 'name' && right.kind === 'name') {
    nameSide = right;
    valueSide = left;
    op = flip[op];
  }
  if (nameSide.kind !== 'name')
    return report(expr.at, "A comparison needs an attribute on one side, as in address1_city == 'Seattle'.");
  if (valueSide.kind === 'name') {
    const a = resolveName(scope, nameSide, true);
    const b = resolveName(scope, valueSide, true);
    if (a && b) {
      return report(
        expr.at,
        `Segmint compares an attribute with a value, not two attributes (${nameSide.name.text} and ${valueSide.name.text}).`,
      );
    }
    resolveName(scope, a ? valueSide : nameSide);
    return undefined;
  }
  const resolved = resolveName(scope, nameSide);
  if (!resolved) return undefined;
  if (resolved.kind === 'primaryKey') {
    return report(
      nameSide.at,
      `Segmint cannot select ${scope.entity.pluralDisplayName.toLowerCase()} by their own id here. An id can be compared only in the FILTER right before a TRAVERSE to the records that point to it (PROFILE(account).FILTER(accountid == '…').TRAVERSE(contact_account_parentcustomerid)); to pick contacts by id, use a static segment.`,
    );
  }
  const attribute = resolved.attribute;
  if (valueSide.kind === 'null') {
    return report(
      valueSide.at,
      `Test a missing value with ${op === '!=' ? 'ISNOTNULL' : 'ISNULL'}(${attribute.name}).`,
    );
  }
  return valueLeaf(attribute, op, valueSide, expr.opAt, scope);
}

const numberOperators = {
  '==': ['equals', 'notEquals'],
  '!=': ['notEquals', 'equals'],
  '>': ['greaterThan', 'lessOrEqual'],
  '>=': ['greaterOrEqual', 'lessThan'],
  '<': ['lessThan', 'greaterOrEqual'],
  '<=': ['lessOrEqual', 'greaterThan'],
} as const satisfies Record<CompareOp, readonly [string, string]>;

function valueLeaf(
  attribute: AttributeDef,
  op: CompareOp,
  value: ValueExpr,
  opAt: Position,
  scope: ConditionScope,
): Leaf | undefined {
  const name = attribute.name;
  const report = (
    at: Position,
    message: string,
    code: 'MQL_NOT_EXPRESSIBLE' | 'MQL_WRONG_VALUE' = 'MQL_WRONG_VALUE',
  ): Leaf | undefined => {
    scope.problems.push(mqlProblem(code, at, message));
    return undefined;
  };
  const equality = op === '==' || op === '!=';
  const pair = (positive: string, negative: string, values: ConditionValue[]): Leaf =>
    op === '=='
      ? { t: condition(name, positive, values), f: condition(name, negative, values) }
      : { t: condition(name, negative, values), f: condition(name, positive, values) };
  const orderNeedsNumber = (): Leaf | undefined =>
    report(
      opAt,
      `${op} compares numbers and dates; ${name} holds ${attribute.type === 'string' ? 'text' : `a ${attribute.type}`}: use == or !=${attribute.type === 'string' ? ', CONTAINS, STARTSWITH or ENDSWITH' : ''}.`,
      'MQL_NOT_EXPRESSIBLE',
    );
  switch (attribute.type) {
    case 'string': {
      if (!equality) return orderNeedsNumber();
      if (value.kind !== 'string')
        return report(
          value.at,
          `${name} holds text: put the value in single quotes, such as '${valueText(value)}'.`,
        );
      if (value.value === '')
        return report(
          value.at,
          `Text is never empty in Segmint: test ${op === '==' ? 'ISNULL' : 'ISNOTNULL'}(${name}) instead.`,
        );
      return pair('equals', 'notEquals', [value.value]);
    }
    case 'integer':
    case 'decimal':
    case 'money': {
      if (value.kind !== 'number')
        return report(
          value.at,
          `${name} holds numbers: compare it with a number such as 50000, without quotes.`,
        );
      const n = Number(value.text);
      const written: ConditionValue =
        attribute.type === 'integer' || String(n) === value.text ? n : value.text;
      const [positive, negative] = numberOperators[op];
      return { t: condition(name, positive, [written]), f: condition(name, negative, [written]) };
    }
    case 'boolean': {
      if (!equality) return orderNeedsNumber();
      const b =
        value.kind === 'boolean'
          ? value.value
          : value.kind === 'number' && (value.text === '0' || value.text === '1')
            ? value.text === '1'
            : value.kind === 'string'
              ? resolveBooleanLabel(attribute, value.value)
              : undefined;
      if (b === undefined) {
        const labels = attribute.booleanLabels;
        return report(
          value.at,
          `${name} is yes or no: compare it with true or false${labels ? ` (or '${labels.true}', '${labels.false}')` : ''}.`,
        );
      }
      const yes = op === '==' ? b : !b;
      return { t: condition(name, 'equals', [yes]), f: condition(name, 'equals', [!yes]) };
    }
    case 'choice':
    case 'lookup': {
      if (!equality) return orderNeedsNumber();
      if (attribute.type === 'lookup') {
        if (value.kind !== 'string')
          return report(value.at, `${name} points to a record: compare it with the record's id in quotes.`);
        return pair('equals', 'notEquals', [stripBraces(value.value)]);
      }
      if (value.kind !== 'string' && value.kind !== 'number')
        return report(
          value.at,
          `${name} is a choice: compare it with an option such as ${optionList(attribute)}.`,
        );
      const option = optionOf(
        attribute,
        value.kind === 'number' ? Number(value.text) : value.value,
        value.at,
        scope,
      );
      return option === undefined ? undefined : pair('equals', 'notEquals', [option]);
    }
    case 'multichoice': {
      if (!equality) return orderNeedsNumber();
      if (value.kind !== 'string' && value.kind !== 'number')
        return report(
          value.at,
          `${name} holds choices: compare it with options such as '${attribute.options?.[0]?.label ?? ''}'.`,
        );
      const parts =
        value.kind === 'number' ? [Number(value.text)] : value.value.split(',').map((p) => p.trim());
      const options = parts.map((p) => optionOf(attribute, p, value.at, scope));
      if (options.some((o) => o === undefined)) return undefined;
      const equals = condition(name, 'equals', options as string[]);
      const leaf = leafWithData(equals, name);
      return op === '==' ? leaf : { t: leaf.f, f: leaf.t };
    }
    case 'date':
    case 'datetime': {
      const date = readDateValue(value, scope);
      if (date === undefined) return undefined;
      if (date === 'none')
        return report(
          value.at,
          `${name} is a date: compare it with '2026-03-01', DATE(2026, 3, 1) or DATEADD(day, -30, DATETIMEUTCNOW()).`,
        );
      return dateLeaf(attribute, op, date, opAt, scope);
    }
  }
}

function valueText(value: ValueExpr): string {
  switch (value.kind) {
    case 'number':
      return value.text;
    case 'boolean':
      return String(value.value);
    case 'name':
      return value.name.text;
    default:
      return 'text';
  }
}

function stripBraces(id: string): string {
  return /^\{.*\}$/.test(id) ? id.slice(1, -1) : id;
}

function optionOf(
  attribute: AttributeDef,
  written: string | number,
  at: Position,
  scope: ConditionScope,
): string | undefined {
  const { option, reason } = namedOption(attribute, written);
  if (!option) {
    scope.problems.push(
      mqlProblem(
        'MQL_UNKNOWN_OPTION',
        at,
        `${attribute.displayName} (${attribute.name}): ${reason ?? `${written} is not one of its options`}. Its options are ${optionList(attribute)}.`,
      ),
    );
  }
  return option?.value;
}

/** `TRAVERSE(relationship).FILTER(…).HAVING(…)` inside a FILTER: a related condition (Segmint's extension). */
function relatedLeaf(related: RelatedExpr, scope: ConditionScope): Leaf | undefined {
  const relationship = findRelationship(scope.schema, scope.entity.name, related.relationship.text);
  if (!relationship) {
    const names = scope.schema.relationshipsOf(scope.entity.name).flatMap((r) => [r.name, ...linkNames(r)]);
    scope.problems.push(
      mqlProblem(
        'MQL_UNKNOWN_RELATIONSHIP',
        related.relationship.at,
        `${scope.entity.displayName} has no relationship "${related.relationship.text}"; it has ${names.join(', ') || 'none'}.`,
      ),
    );
    return undefined;
  }
  const target = scope.schema.entity(relationship.to);
  if (!target) return undefined;
  const inner: ConditionScope = {
    ...scope,
    entity: target,
    qualifiers: new Set([target.name]),
    otherAliases: new Set(),
  };
  const filters = related.filters.map((f) => translateCondition(f, inner));
  const having = related.having && translateHaving(related.having, scope.schema, target, scope.problems);
  if (filters.some((f) => f === undefined) || (related.having && !having)) return undefined;
  const where = filters.length === 0 ? undefined : group('and', filters as GroupNode[]);
  const nodes: WhereNode[] = (having?.counts ?? [{ operator: 'atLeast', value: 1 }]).map((count) => ({
    kind: 'related',
    relationship: relationship.name,
    where,
    count,
    window: having?.window,
  }));
  const t = nodes.length === 1 && nodes[0] ? nodes[0] : group('or', nodes);
  return { t, f: complement(t) };
}
