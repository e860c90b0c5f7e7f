import type { Schema } from '../api/index.ts';
import {
  isSegmentBlock,
  type Block,
  type Combine,
  type ConditionNode,
  type GroupNode,
  type QueryBlock,
  type RelatedNode,
  type SegmentBlock,
  type WhereNode,
} from './definition-types.ts';
import { carryKey } from './node-keys.ts';
import {
  attributeNamed,
  dateAttributes,
  entityNamed,
  interactionRelationship,
  pathsToContact,
} from './schema-lookup.ts';

/** New nodes and immutable edits of the query tree: every edit returns a new array or node. */

/** `node` without its property `key` (left out, not set to undefined). */
export function without<T extends object, K extends keyof T>(node: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(node).filter(([name]) => name !== key)) as Omit<T, K>;
}

/** `items` with the item at `index` replaced. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): readonly T[] {
  return items.map((old, at) => (at === index ? item : old));
}

/** `items` without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): readonly T[] {
  return items.filter((_, at) => at !== index);
}

/** A row with no attribute chosen yet. */
export function newCondition(): ConditionNode {
  return { kind: 'condition', attribute: '', operator: '', values: [] };
}

/** A group holding one new row, so that it is never empty by default. */
export function newGroup(): GroupNode {
  return { kind: 'group', op: 'and', children: [newCondition()] };
}

/** A related row with no relationship chosen yet. */
export function newRelated(): RelatedNode {
  return { kind: 'related', relationship: '' };
}

/**
 * A behaviour row: contacts with at least 1 interaction of a type still to choose in the last 30
 * days, e.g. "opened at least 3 emails in the last 30 days" once filled in.
 */
export function newBehaviour(schema: Schema): RelatedNode {
  const relationship = interactionRelationship(schema);
  const interaction = entityNamed(schema, relationship?.to ?? 'interaction');
  const type = attributeNamed(interaction, 'type');
  const date = dateAttributes(interaction)[0];
  return {
    kind: 'related',
    relationship: relationship?.name ?? 'interactions',
    where: {
      kind: 'group',
      op: 'and',
      children: [
        type === undefined
          ? newCondition()
          : { kind: 'condition', attribute: type.name, operator: 'equals', values: [] },
      ],
    },
    count: { operator: 'atLeast', value: 1 },
    ...(date === undefined ? {} : { window: { attribute: date.name, last: 30, unit: 'days' as const } }),
  };
}

/**
 * A query block on `entity`, with the hops that take it to contacts and one new row, as in Dynamics
 * ("By default, the new query block creates Contact based query with a new row").
 */
export function newQueryBlock(schema: Schema, entity = 'contact'): QueryBlock {
  const path = pathsToContact(schema, entity)[0] ?? [];
  const where = newGroup();
  return path.length === 0
    ? { entity, where }
    : { entity, where, traverse: path.map((relationship) => ({ relationship })) };
}

/** A segment block with no segment chosen yet. */
export function newSegmentBlock(): SegmentBlock {
  return { segment: '' };
}

/** `group` with `child` added at its end. */
export function withChild(group: GroupNode | undefined, child: WhereNode): GroupNode {
  return group === undefined
    ? { kind: 'group', op: 'and', children: [child] }
    : { ...group, children: [...group.children, child] };
}

/**
 * The blocks with `combine` where SEGMENTS.md wants it: absent on the first block, present on every
 * later one (`union` unless chosen).
 */
export function withCombines(blocks: readonly Block[]): readonly Block[] {
  return blocks.map((block, index) => {
    if (index === 0) {
      if (block.combine === undefined) return block;
      return carryKey(block, isSegmentBlock(block) ? without(block, 'combine') : without(block, 'combine'));
    }
    const combine: Combine = block.combine ?? 'union';
    return block.combine === combine ? block : carryKey(block, { ...block, combine });
  });
}
