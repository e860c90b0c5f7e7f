import { assertNever, type GroupNode, type Query, type WhereNode } from '../../definition/nodes.ts';
import type { ClockOperator } from '../../definition/operator-catalogue.ts';
import { isClockOperator } from '../../definition/operator-sets.ts';
import type { TimeUnit } from '../../definition/time-unit.ts';
import type { Schema } from '../../schema/schema.ts';
import type { RelationshipDef } from '../../schema/schema-types.ts';

/** A way from records of `entity` to the contacts whose membership they can change. */
export interface AccessPath {
  readonly entity: string;
  /** Relationships walked from `entity` to contact; empty for contact itself. */
  readonly toContact: readonly RelationshipDef[];
}

/** A condition (or window) whose truth changes as time passes, on records reached by `path`. */
export interface ClockDependency {
  readonly path: AccessPath;
  readonly attribute: string;
  readonly type: 'date' | 'datetime';
  readonly operator: ClockOperator;
  readonly values: readonly (string | number | boolean)[];
  readonly unit?: TimeUnit | undefined;
  /** The definition node it comes from (the condition, or the window): its resolved tests are shared with evaluation. */
  readonly node: object;
}

/** What a segment reads: the dependency index keys live maintenance looks up on every write. */
export interface SegmentDependencies {
  /** Attributes read per entity, lookups that links follow included. */
  readonly attributes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every entity read, with each way back to contacts. */
  readonly paths: readonly AccessPath[];
  /** Segments whose stored members this one reads. */
  readonly segments: ReadonlySet<string>;
  readonly clock: readonly ClockDependency[];
  /**
   * What the segment tests on the records at each path (one of `paths`): the `where` groups that read
   * nothing but the record's own attributes and no clock, or `'wider'` when a test there reaches
   * other records (a related condition), reads a window or moves with the clock. An update of such a
   * record that leaves every group's answer as it was cannot change any contact's membership through
   * that path (`unchanged-tests.ts`).
   */
  readonly ownTests: ReadonlyMap<AccessPath, readonly GroupNode[] | 'wider'>;
}

/**
 * Finds what a (valid) query reads.
 *
 * @example
 * dependenciesOf(query, schema).attributes.get('contact'); // Set { 'address1_city', … }
 */
export function dependenciesOf(query: Query, schema: Schema): SegmentDependencies {
  const attributes = new Map<string, Set<string>>();
  const paths = new Map<string, AccessPath>();
  const segments = new Set<string>();
  const clock: ClockDependency[] = [];
  const ownTests = new Map<AccessPath, GroupNode[] | 'wider'>();

  const read = (entity: string, attribute: string) => {
    const set = attributes.get(entity) ?? new Set<string>();
    set.add(attribute);
    attributes.set(entity, set);
  };
  /** The one object kept for a path, whichever node reached it first. */
  const canonical = (path: AccessPath): AccessPath => {
    const key = [path.entity, ...path.toContact.map((r) => `${r.from}.${r.name}`)].join('>');
    const known = paths.get(key);
    if (known) return known;
    paths.set(key, path);
    ownTests.set(path, []);
    return path;
  };
  const tested = (path: AccessPath, group: GroupNode | undefined) => {
    const at = canonical(path);
    const groups = ownTests.get(at);
    if (group && groups !== 'wider') ownTests.set(at, [...(groups ?? []), group]);
  };
  const wider = (path: AccessPath) => {
    ownTests.set(canonical(path), 'wider');
  };
  const follow = (relationship: RelationshipDef) => {
    read(relationship.lookupEntity, relationship.lookupAttribute);
  };

  const visitGroup = (group: GroupNode | undefined, path: AccessPath) => {
    if (group) for (const child of group.children) visitWhere(child, path);
  };
  const visitWhere = (node: WhereNode, path: AccessPath): void => {
    switch (node.kind) {
      case 'condition': {
        read(path.entity, node.attribute);
        const type = schema.attribute(path.entity, node.attribute)?.type;
        if ((type === 'date' || type === 'datetime') && isClockOperator(node.operator)) {
          wider(path);
          clock.push({
            path,
            attribute: node.attribute,
            type,
            operator: node.operator,
            values: node.values,
            unit: node.unit,
            node,
          });
        }
        return;
      }
      case 'group': {
        visitGroup(node, path);
        return;
      }
      case 'related': {
        const relationship = schema.relationship(path.entity, node.relationship);
        wider(path);
        if (!relationship) return;
        follow(relationship);
        const inner: AccessPath = {
          entity: relationship.to,
          toContact: [schema.reverseOf(relationship), ...path.toContact],
        };
        tested(inner, node.where);
        visitGroup(node.where, inner);
        if (node.window) {
          wider(inner);
          read(inner.entity, node.window.attribute);
          const type = schema.attribute(inner.entity, node.window.attribute)?.type;
          if (type === 'date' || type === 'datetime') {
            clock.push({
              path: inner,
              attribute: node.window.attribute,
              type,
              operator: 'inLast',
              values: [node.window.last],
              unit: node.window.unit,
              node: node.window,
            });
          }
        }
        return;
      }
      default:
        return assertNever(node);
    }
  };

  for (const block of query.blocks) {
    switch (block.kind) {
      case 'segmentBlock':
        segments.add(block.segment);
        wider({ entity: 'contact', toContact: [] });
        break;
      case 'queryBlock': {
        // The hops lead from the block's entity to contact; each level reaches contact by the hops after it.
        const levels: { entity: string; where: GroupNode | undefined }[] = [
          { entity: block.entity, where: block.where },
        ];
        const hops: RelationshipDef[] = [];
        for (const hop of block.traverse) {
          const from = levels[levels.length - 1]?.entity ?? block.entity;
          const relationship = schema.relationship(from, hop.relationship);
          if (!relationship) break;
          follow(relationship);
          hops.push(relationship);
          levels.push({ entity: relationship.to, where: hop.where });
        }
        levels.forEach((level, i) => {
          const path: AccessPath = { entity: level.entity, toContact: hops.slice(i) };
          tested(path, level.where);
          visitGroup(level.where, path);
        });
        break;
      }
      default:
        assertNever(block);
    }
  }
  return { attributes, paths: [...paths.values()], segments, clock, ownTests };
}
