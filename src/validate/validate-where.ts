import { assertNever, type GroupNode, type RelatedNode, type WhereNode } from '../definition/nodes.ts';
import { joinPath, type Problem } from '../schema/problem.ts';
import type { EntityDef } from '../schema/schema-types.ts';
import { problem } from './problem-codes.ts';
import { unknownRelationship } from './unknown-names.ts';
import { validateCondition } from './validate-condition.ts';
import { validateRelatedParts } from './validate-related.ts';
import type { WhereScope } from './validation-context.ts';

/**
 * A group of conditions on records of `entity`, nested to any depth. An empty group is a problem:
 * it never means "match everything" (STYLE.md, "Errors say what and where").
 */
export function validateGroup(
  group: GroupNode,
  entity: EntityDef,
  path: string,
  scope: WhereScope,
): Problem[] {
  if (group.children.length === 0) {
    return [
      problem(
        'EMPTY_GROUP',
        path,
        `This group of conditions on ${entity.pluralDisplayName} is empty. Add a condition to it, or remove it.`,
      ),
    ];
  }
  return group.children.flatMap((child, i) =>
    validateWhere(child, entity, joinPath(path, 'children', i), scope),
  );
}

function validateWhere(node: WhereNode, entity: EntityDef, path: string, scope: WhereScope): Problem[] {
  switch (node.kind) {
    case 'group':
      return validateGroup(node, entity, path, scope);
    case 'condition':
      return validateCondition(node, entity, path, scope);
    case 'related':
      return validateRelated(node, entity, path, scope);
    default:
      return assertNever(node);
  }
}

/** A related condition: its relationship from `entity`, then its `where`, count and window on the records reached. */
function validateRelated(node: RelatedNode, entity: EntityDef, path: string, scope: WhereScope): Problem[] {
  const relationship = scope.schema.relationship(entity.name, node.relationship);
  if (!relationship)
    return [unknownRelationship(scope.schema, entity, node.relationship, joinPath(path, 'relationship'))];
  const target = scope.schema.entity(relationship.to);
  if (!target) return [];
  return [
    ...(node.where ? validateGroup(node.where, target, joinPath(path, 'where'), scope) : []),
    ...validateRelatedParts(node, relationship, entity, target, path),
  ];
}
