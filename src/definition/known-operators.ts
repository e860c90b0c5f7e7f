import type { GroupNode, Query, SegmentDefinition, ValidDefinition, ValidQuery, WhereNode } from './nodes.ts';
import { isOperator } from './operator-catalogue.ts';

/**
 * True when every condition of `query` names an operator of the catalogue: the query is then a
 * `ValidQuery`, the same objects with their operators typed. Validation checks this and more; this is
 * how its typed result, and the compile and evaluate stages' entries, see it.
 */
export function hasKnownOperators(query: Query): query is ValidQuery {
  return query.blocks.every(
    (block) =>
      block.kind === 'segmentBlock' ||
      (groupKnown(block.where) && block.traverse.every((hop) => groupKnown(hop.where))),
  );
}

/** The definition with its operators typed, or undefined when a condition names an unknown one. */
export function typedDefinition(definition: SegmentDefinition): ValidDefinition | undefined {
  const { query } = definition;
  if (query === undefined) return { ...definition, query };
  return hasKnownOperators(query) ? { ...definition, query } : undefined;
}

function groupKnown(group: GroupNode | undefined): boolean {
  return group === undefined || group.children.every(whereKnown);
}

function whereKnown(node: WhereNode): boolean {
  switch (node.kind) {
    case 'condition':
      return isOperator(node.operator);
    case 'group':
      return groupKnown(node);
    case 'related':
      return groupKnown(node.where);
  }
}
