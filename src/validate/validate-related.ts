import type { RelatedNode } from '../definition/nodes.ts';
import { joinPath, type Problem } from '../schema/problem.ts';
import type { EntityDef, RelationshipDef } from '../schema/schema-types.ts';
import { nameWithType } from './describe.ts';
import { problem } from './problem-codes.ts';
import { unknownAttribute } from './unknown-names.ts';
import { validateUnitFor } from './validate-unit.ts';

/**
 * The parts of a related condition beside its `where`: the count and the window. (The relationship
 * and the `where` itself are checked where groups are, which this file must not import.)
 */
export function validateRelatedParts(
  node: RelatedNode,
  relationship: RelationshipDef,
  from: EntityDef,
  target: EntityDef,
  path: string,
): Problem[] {
  return [...countProblems(node, relationship, from, target, path), ...windowProblems(node, target, path)];
}

function countProblems(
  node: RelatedNode,
  relationship: RelationshipDef,
  from: EntityDef,
  target: EntityDef,
  path: string,
): Problem[] {
  const { operator, value } = node.count;
  const countPath = joinPath(path, 'count', 'value');
  const records = target.pluralDisplayName.toLowerCase();
  if (operator === 'atLeast' && value === 0) {
    return [
      problem(
        'INVALID_COUNT',
        countPath,
        `"At least 0" ${records} is true of every ${from.displayName.toLowerCase()}, so this condition tests nothing. Use at least 1, or exactly 0 for "has none".`,
      ),
    ];
  }
  // Through a many-to-one relationship there is at most one related record.
  if (relationship.cardinality === 'manyToOne' && value >= 2 && operator !== 'atMost') {
    return [
      problem(
        'INVALID_COUNT',
        countPath,
        `A ${from.displayName.toLowerCase()} has at most one "${relationship.displayName}", so ${operator === 'atLeast' ? 'at least' : 'exactly'} ${value} can never be true.`,
      ),
    ];
  }
  return [];
}

function windowProblems(node: RelatedNode, target: EntityDef, path: string): Problem[] {
  const { window } = node;
  if (!window) return [];
  const attributePath = joinPath(path, 'window', 'attribute');
  const attribute = target.attributes.find((a) => a.name === window.attribute);
  if (!attribute) return [unknownAttribute(target, window.attribute, attributePath)];
  if (attribute.type !== 'date' && attribute.type !== 'datetime') {
    const dates = target.attributes.filter((a) => a.type === 'date' || a.type === 'datetime');
    const hint =
      dates.length > 0
        ? `Choose one of: ${dates.map((a) => `"${a.displayName}" (${a.name})`).join(', ')}.`
        : `${target.displayName} has no date attributes.`;
    return [
      problem(
        'WINDOW_NOT_DATE',
        attributePath,
        `A window needs a date, but ${nameWithType(attribute)}, is not one. ${hint}`,
      ),
    ];
  }
  return validateUnitFor(attribute, window.unit, joinPath(path, 'window', 'unit'));
}
