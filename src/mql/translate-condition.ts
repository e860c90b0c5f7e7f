import type { GroupNode, WhereNode } from '../definition/index.ts';
import { compareLeaf, flip } from './compare-condition.ts';
import { resolveName, type ConditionScope } from './condition-scope.ts';
import { pairedPeriod, relativeBound, type RelativeBound } from './date-condition.ts';
import { translateHaving } from './having.ts';
import { mqlProblem, type Position } from './mql-problem.ts';
import { findRelationship, linkNames } from './schema-names.ts';
import type { CondExpr, RelatedExpr } from './syntax.ts';
import { chosenOption } from './value-condition.ts';
import { asGroup, complement, condition, group, type Leaf } from './where-nodes.ts';

/**
 * A FILTER's condition as a `where` group (docs/SEGMENTS.md). MQL has a third truth value (a comparison
 * with a missing value is neither true nor false) and docs/SEGMENTS.md two, so NOT is pushed down to the
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
        const option = chosenOption(attribute, expr.right.value, expr.right.at, scope);
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
