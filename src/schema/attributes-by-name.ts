import type { AttributeDef, EntityDef } from './schema-types.ts';

const attributeMaps = new WeakMap<EntityDef, ReadonlyMap<string, AttributeDef>>();

/**
 * An entity's attributes by logical name, made once per definition (definitions are immutable; a
 * schema change makes new ones): a bulk load looks up every cell of every row.
 */
export function attributesByName(entity: EntityDef): ReadonlyMap<string, AttributeDef> {
  let map = attributeMaps.get(entity);
  if (!map) {
    map = new Map(entity.attributes.map((attribute) => [attribute.name, attribute]));
    attributeMaps.set(entity, map);
  }
  return map;
}
