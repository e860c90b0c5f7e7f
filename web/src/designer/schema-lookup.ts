import type { Attribute, Entity, Operator, Relationship, Schema } from '../api/index.ts';

/** Reading the schema (`GET /api/schema`) the way the designer needs it. */

/** The entity named `name`, or undefined. */
export function entityNamed(schema: Schema, name: string): Entity | undefined {
  return schema.entities.find((entity) => entity.name === name);
}

/** The attribute `name` of `entity`, or undefined. */
export function attributeNamed(entity: Entity | undefined, name: string): Attribute | undefined {
  return entity?.attributes.find((attribute) => attribute.name === name);
}

/** The relationship `name` of `entity`, or undefined. */
export function relationshipNamed(entity: Entity | undefined, name: string): Relationship | undefined {
  return entity?.relationships.find((relationship) => relationship.name === name);
}

/** The operators an attribute's type offers, in the schema's order (string ones for unknown types). */
export function operatorsOf(schema: Schema, attribute: Attribute | undefined): readonly Operator[] {
  if (attribute === undefined) return [];
  return schema.operators[attribute.type] ?? schema.operators['string'] ?? [];
}

/** `word` in the plural, as English writes most nouns: interactions, companies, addresses. */
function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A display name without its trailing " Name" or parenthesised note: "Company Name" → "Company". */
function plainName(displayName: string): string {
  return displayName.replace(/\s*\(.*\)\s*$/, '').replace(/ Name$/, '') || displayName;
}

/**
 * A relationship in a marketer's words: what it is called, then what it reaches from `from`.
 *
 * @example
 * relationshipLabel(schema, contact, parentcustomerid) // 'Company (the contact's account)'
 * relationshipLabel(schema, contact, interactions) // 'Interactions (interactions whose Contact is the contact)'
 */
export function relationshipLabel(schema: Schema, from: Entity, relationship: Relationship): string {
  const target = (entityNamed(schema, relationship.to)?.displayName ?? relationship.to).toLowerCase();
  const lookup = attributeNamed(entityNamed(schema, relationship.lookupEntity), relationship.lookupAttribute);
  const lookupName = lookup?.displayName ?? relationship.displayName;
  const source = from.displayName.toLowerCase();
  return relationship.cardinality === 'manyToOne'
    ? `${plainName(lookupName)} (the ${source}'s ${target})`
    : `${plainName(relationship.displayName)} (${plural(target)} whose ${lookupName} is the ${source})`;
}

/**
 * A relationship as the Dynamics designer shows it, for those who know that form:
 * `<target> (<from> -> <target> (<lookup attribute>))`.
 *
 * @example relationshipDynamicsLabel(schema, contact, parentcustomerid) // 'Account (Contact -> Account (Company Name))'
 */
export function relationshipDynamicsLabel(schema: Schema, from: Entity, relationship: Relationship): string {
  const target = entityNamed(schema, relationship.to)?.displayName ?? relationship.to;
  const lookup = attributeNamed(entityNamed(schema, relationship.lookupEntity), relationship.lookupAttribute);
  return `${target} (${from.displayName} -> ${target} (${lookup?.displayName ?? relationship.displayName}))`;
}

/**
 * The ways from `entity` to contacts, each a list of relationship names, shortest first (at most two
 * hops). Contact itself has one way: the empty one.
 */
export function pathsToContact(schema: Schema, entity: string): readonly (readonly string[])[] {
  if (entity === 'contact') return [[]];
  const paths: string[][] = [];
  const start = entityNamed(schema, entity);
  for (const first of start?.relationships ?? []) {
    if (first.to === 'contact') paths.push([first.name]);
  }
  if (paths.length > 0) return paths;
  for (const first of start?.relationships ?? []) {
    if (first.to === entity) continue;
    for (const second of entityNamed(schema, first.to)?.relationships ?? []) {
      if (second.to === 'contact') paths.push([first.name, second.name]);
    }
  }
  return paths;
}

/** The entities a query block may start from: contact first, then those with a way to contacts. */
export function blockEntities(schema: Schema): readonly Entity[] {
  const reachable = schema.entities.filter(
    (entity) => entity.name !== 'contact' && pathsToContact(schema, entity.name).length > 0,
  );
  const contact = entityNamed(schema, 'contact');
  return contact === undefined ? reachable : [contact, ...reachable];
}

/** The date and date-time attributes of `entity`, which a related row's window may slide on. */
export function dateAttributes(entity: Entity | undefined): readonly Attribute[] {
  return (entity?.attributes ?? []).filter(
    (attribute) => attribute.type === 'date' || attribute.type === 'datetime',
  );
}

/** The relationship from contacts to their interactions (behaviour rows), if the schema has one. */
export function interactionRelationship(schema: Schema): Relationship | undefined {
  return entityNamed(schema, 'contact')?.relationships.find(
    (relationship) => relationship.to === 'interaction' && relationship.cardinality === 'oneToMany',
  );
}
