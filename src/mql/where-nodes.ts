import type { ConditionNode, ConditionValue, GroupNode, WhereNode } from '../definition/index.ts';
import type { TimeUnit } from '../definition/index.ts';

/** Small builders of definition nodes, so that translators read as the definitions they make. */

export function condition(
  attribute: string,
  operator: string,
  values: readonly ConditionValue[] = [],
  unit?: TimeUnit,
): ConditionNode {
  return { kind: 'condition', attribute, operator, values, ...(unit === undefined ? {} : { unit }) };
}

/** An `and`/`or` group, with children of the same kind of group merged into it. */
export function group(op: 'and' | 'or', children: readonly WhereNode[], not = false): GroupNode {
  const merged = children.flatMap((child) =>
    child.kind === 'group' && child.op === op && !child.not ? child.children : [child],
  );
  return { kind: 'group', op, not, children: merged };
}

/** The complement of a node: every record it does not match, missing values included. */
export function complement(node: WhereNode): GroupNode {
  if (node.kind === 'group' && !node.not) return { ...node, not: true };
  if (node.kind === 'group' && node.not) return { ...node, not: false };
  return group('and', [node], true);
}

/** A group as a FILTER's where: a lone group as is, anything else wrapped in an `and`. */
export function asGroup(node: WhereNode): GroupNode {
  return node.kind === 'group' ? node : group('and', [node]);
}

/**
 * A condition of MQL in both polarities: `t` where it is true, `f` where it is false. MQL, like SQL,
 * has a third value: a comparison with a missing value is neither, so NOT(x == 'a') does not match a
 * record without x. `f` is that "false" (usually the negated operator), never the complement.
 */
export interface Leaf {
  readonly t: WhereNode;
  readonly f: WhereNode;
}

/** A leaf whose false side is "has a value, and the condition does not hold". */
export function leafWithData(t: WhereNode, attribute: string): Leaf {
  return { t, f: group('and', [condition(attribute, 'containsData'), complement(t)]) };
}
