import type { Problem } from '../schema/problem.ts';
import type { Schema } from '../schema/schema.ts';
import type { AttributeDef, EntityDef, RelationshipDef } from '../schema/schema-types.ts';
import { problem } from './problem-codes.ts';
import { nearMatches } from './suggest.ts';

/** Problems for names the schema does not have, each saying what the user may have meant or what exists. */

const shownAttributes = 6;

export function unknownEntity(schema: Schema, name: string, path: string): Problem {
  if (name === '') return problem('INCOMPLETE', path, 'Select the entity this block queries.');
  const entities = [...schema.entities.values()];
  const near = nearMatches(name, entities, (e) => [e.name, e.displayName, e.pluralDisplayName]);
  const hint =
    near.length > 0
      ? `Did you mean ${near.map(entityChoice).join(' or ')}?`
      : `Choose one of: ${entities.map(entityChoice).join(', ')}.`;
  return problem('UNKNOWN_ENTITY', path, `There is no entity "${name}". ${hint}`);
}

export function unknownAttribute(entity: EntityDef, name: string, path: string): Problem {
  if (name === '') return problem('INCOMPLETE', path, 'Select an attribute for this row.');
  const near = nearMatches(name, entity.attributes, (a) => [a.name, a.displayName]);
  return problem(
    'UNKNOWN_ATTRIBUTE',
    path,
    `${entity.displayName} has no attribute "${name}". ${attributeHint(entity, near)}`,
  );
}

/** Near matches of a mistyped attribute, or some of those the entity has. */
function attributeHint(entity: EntityDef, near: readonly AttributeDef[]): string {
  if (near.length > 0) return `Did you mean ${near.map(attributeChoice).join(' or ')}?`;
  const some = entity.attributes.slice(0, shownAttributes).map(attributeChoice).join(', ');
  const more = entity.attributes.length - shownAttributes;
  return `Its attributes include ${some}${more > 0 ? ` and ${more} more` : ''}.`;
}

/** `step` says what chose the relationship: a related row, or a traverse step of a block. */
export function unknownRelationship(
  schema: Schema,
  entity: EntityDef,
  name: string,
  path: string,
  step: 'row' | 'traverse' = 'row',
): Problem {
  if (name === '')
    return problem(
      'INCOMPLETE',
      path,
      step === 'row' ? 'Select a related entity for this row.' : 'Select the relationship this step follows.',
    );
  const relationships = schema.relationshipsOf(entity.name);
  const start = `${entity.displayName} has no relationship "${name}".`;
  if (relationships.length === 0) {
    return problem('UNKNOWN_RELATIONSHIP', path, `${start} It has no relationships at all.`);
  }
  const near = nearMatches(name, relationships, (r) => {
    const target = schema.entity(r.to);
    return [r.name, r.displayName, ...(target ? [target.displayName, target.pluralDisplayName] : [])];
  });
  const guess = near.length > 0 ? ` Did you mean ${near.map((r) => `"${r.name}"`).join(' or ')}?` : '';
  const all = relationships.map((r) => relationshipChoice(schema, r)).join(', ');
  return problem('UNKNOWN_RELATIONSHIP', path, `${start}${guess} Its relationships are: ${all}.`);
}

/** `parentcustomerid (to Account)`, `interactions (to Interactions)`. */
export function relationshipChoice(schema: Schema, relationship: RelationshipDef): string {
  const target = schema.entity(relationship.to);
  const targetName =
    relationship.cardinality === 'manyToOne' ? target?.displayName : target?.pluralDisplayName;
  return `${relationship.name} (to ${targetName ?? relationship.to})`;
}

function entityChoice(entity: EntityDef): string {
  return `"${entity.name}" (${entity.displayName})`;
}

function attributeChoice(attribute: AttributeDef): string {
  return `"${attribute.displayName}" (${attribute.name})`;
}
