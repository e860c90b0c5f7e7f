import type { Schema } from '../../src/schema/index.ts';
import type { ConformanceCase, GroupJson } from './conformance-case.ts';

/**
 * The `type.operator` pairs the table's conditions use (`string.contains`, `date.anniversaryInNext`),
 * following related conditions and traverse hops to the entity each condition is on.
 */
export function usedOperators(cases: readonly ConformanceCase[], schema: Schema): Set<string> {
  const used = new Set<string>();
  const walk = (entity: string, group: GroupJson): void => {
    for (const child of group.children) {
      switch (child.kind) {
        case 'condition': {
          const type = schema.attribute(entity, child.attribute)?.type;
          if (type) used.add(`${type}.${child.operator}`);
          break;
        }
        case 'group':
          walk(entity, child);
          break;
        case 'related': {
          const target = schema.relationship(entity, child.relationship)?.to;
          if (target && child.where) walk(target, child.where);
          break;
        }
      }
    }
  };
  for (const c of cases) {
    for (const block of c.query.blocks) {
      if (!('entity' in block)) continue;
      let entity: string | undefined = block.entity;
      if (block.where) walk(entity, block.where);
      for (const hop of block.traverse ?? []) {
        entity = entity && schema.relationship(entity, hop.relationship)?.to;
        if (entity && hop.where) walk(entity, hop.where);
      }
    }
  }
  return used;
}
