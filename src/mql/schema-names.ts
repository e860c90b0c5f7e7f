import type { AttributeDef, ChoiceOption, EntityDef, RelationshipDef, Schema } from '../schema/index.ts';

/**
 * Names as Dynamics writes them, resolved against a Segmint schema without regard to case: entities
 * and attributes by logical name, relationships by Segmint name or Dataverse schema name, choice
 * options by Dataverse integer value, label or Segmint option value.
 */

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function findEntity(schema: Schema, name: string): EntityDef | undefined {
  return [...schema.entities.values()].find((e) => same(e.name, name));
}

export function findAttribute(entity: EntityDef, name: string): AttributeDef | undefined {
  return entity.attributes.find((a) => same(a.name, name));
}

/**
 * Every Dataverse-style name of a relationship's link: `<entity holding the lookup>_<target>_<lookup>`,
 * as Dynamics 365 Marketing's segment queries write it (`contact_account_parentcustomerid`), and the
 * schema's own names for it (`schemaName`, `schemaNames`) where the schema has them.
 */
export function linkNames(relationship: RelationshipDef): string[] {
  const target = relationship.cardinality === 'manyToOne' ? relationship.to : relationship.from;
  const names = [`${relationship.lookupEntity}_${target}_${relationship.lookupAttribute}`];
  const extra = relationship as { readonly schemaName?: unknown; readonly schemaNames?: unknown };
  if (typeof extra.schemaName === 'string') names.push(extra.schemaName);
  if (Array.isArray(extra.schemaNames)) {
    for (const name of extra.schemaNames) if (typeof name === 'string') names.push(name);
  }
  return [...new Set(names)];
}

/**
 * The relationship `name` leaving `entity`: its Segmint name first, then a Dataverse name of its link.
 * A link name that leaves the entity both ways (a lookup from an entity to itself) is ambiguous and
 * returns both, so that the caller can say so.
 */
export function findRelationships(schema: Schema, entity: string, name: string): RelationshipDef[] {
  const from = schema.relationshipsOf(entity);
  const bySegmintName = from.filter((r) => same(r.name, name));
  if (bySegmintName.length > 0) return bySegmintName;
  return from.filter((r) => linkNames(r).some((n) => same(n, name)));
}

/** The name TRAVERSE prints for a relationship: its Dataverse link name, unless that is ambiguous. */
export function printedRelationshipName(schema: Schema, relationship: RelationshipDef): string {
  const [link] = linkNames(relationship);
  if (link !== undefined && findRelationships(schema, relationship.from, link).length === 1) {
    const found = findRelationships(schema, relationship.from, link)[0];
    if (found?.name === relationship.name) return link;
  }
  return relationship.name;
}

const dataverseValue = (option: ChoiceOption): number | undefined => {
  const value = (option as { readonly dataverseValue?: unknown }).dataverseValue;
  return typeof value === 'number' ? value : undefined;
};

/** The option a written value means: a Dataverse integer, a Segmint option value, or a label. */
export function findOption(attribute: AttributeDef, written: string | number): ChoiceOption | undefined {
  const options = attribute.options ?? [];
  if (typeof written === 'number') return options.find((o) => dataverseValue(o) === written);
  const text = written.trim();
  if (/^-?\d+$/.test(text)) {
    const byNumber = options.find((o) => dataverseValue(o) === Number(text));
    if (byNumber) return byNumber;
  }
  return (
    options.find((o) => o.value === written) ??
    options.find((o) => same(o.value, text) || same(o.label, text))
  );
}

/** The options of a choice as a marketer would write them, for messages. */
export function optionList(attribute: AttributeDef): string {
  const options = attribute.options ?? [];
  const shown = options.slice(0, 12).map((o) => {
    const number = dataverseValue(o);
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
