import {
  findAttribute,
  findEntity,
  findRelationship,
  resolveChoice,
  type AttributeDef,
  type ChoiceOption,
  type EntityDef,
  type RelationshipDef,
  type Schema,
} from '../schema/index.ts';

export { findEntity, findRelationship };

/**
 * Names as Dynamics writes them, resolved against a Segmint schema without regard to case, through the
 * schema stage's Dataverse vocabulary (`findEntity`, `findRelationship`, `resolveChoice`), with the
 * lists and suggestions MQL's messages show.
 */

/** The attribute of an entity by logical name, in any case (as `findAttribute` of the schema stage). */
export function attributeOf(schema: Schema, entity: EntityDef, name: string): AttributeDef | undefined {
  return findAttribute(schema, entity.name, name);
}

/** The Dataverse-style names of a relationship's link, the segment-query name first. */
export function linkNames(relationship: RelationshipDef): readonly string[] {
  return relationship.schemaNames;
}

/** The name TRAVERSE prints for a relationship: its Dataverse link name, unless that leads elsewhere. */
export function printedRelationshipName(schema: Schema, relationship: RelationshipDef): string {
  const [link] = relationship.schemaNames;
  if (link !== undefined && findRelationship(schema, relationship.from, link)?.name === relationship.name)
    return link;
  return relationship.name;
}

/** The option a written value names (Segmint value, Dataverse integer or label), or why none does. */
export function optionOf(
  attribute: AttributeDef,
  written: string | number,
): { option?: ChoiceOption; reason?: string } {
  const match = resolveChoice(attribute, written);
  return match.ok ? { option: match.option } : { reason: match.reason };
}

/** The options of a choice as a marketer would write them, for messages. */
export function optionList(attribute: AttributeDef): string {
  const options = attribute.options ?? [];
  const shown = options.slice(0, 12).map((o) => {
    const number = o.dataverseValue;
    return number === undefined ? `'${o.label}'` : `'${o.label}' (${number})`;
  });
  return shown.join(', ') + (options.length > shown.length ? ', …' : '');
}

/** A close name among `names`, for "did you mean" hints. */
export function closest(name: string, names: readonly string[]): string | undefined {
  const target = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    const distance = editDistance(target, candidate.toLowerCase());
    if (distance <= Math.max(2, Math.floor(target.length / 4)) && (!best || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 99;
}
