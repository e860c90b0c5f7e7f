import { builtinEntities, builtinLookups } from './builtin-schema.ts';
import type { AttributeDef, EntityDef, LookupDef, RelationshipDef } from './schema-types.ts';

/** A lookup as placed in a schema: the entity that holds it plus its declaration. */
export type PlacedLookup = LookupDef & { readonly entity: string };

/**
 * The entities, attributes and relationships an installation has: the built-in CRM schema plus what
 * it added at run time. Immutable: `withEntity` and `withAttribute` return a new schema.
 *
 * @example
 * const schema = Schema.builtin();
 * schema.attribute('contact', 'address1_city')?.displayName; // 'Address 1: City'
 */
export class Schema {
  readonly entities: ReadonlyMap<string, EntityDef>;
  readonly lookups: readonly PlacedLookup[];
  readonly #relationships = new Map<string, Map<string, RelationshipDef>>();

  constructor(entities: readonly EntityDef[], lookups: readonly PlacedLookup[]) {
    this.entities = new Map(entities.map((e) => [e.name, e]));
    this.lookups = lookups;
    for (const entity of entities) this.#relationships.set(entity.name, new Map());
    for (const lookup of lookups) {
      const holder = this.entities.get(lookup.entity);
      const attribute = holder?.attributes.find((a) => a.name === lookup.attribute);
      const target = this.entities.get(lookup.to);
      if (!holder || !attribute || !target) continue;
      const schemaNames = linkSchemaNames(lookup);
      const schemaName = lookup.schemaName === undefined ? {} : { schemaName: lookup.schemaName };
      this.#relationships.get(holder.name)?.set(lookup.attribute, {
        name: lookup.attribute,
        displayName: attribute.displayName,
        from: holder.name,
        to: target.name,
        cardinality: 'manyToOne',
        lookupEntity: holder.name,
        lookupAttribute: lookup.attribute,
        reverse: lookup.relationship,
        ...schemaName,
        schemaNames,
      });
      this.#relationships.get(target.name)?.set(lookup.relationship, {
        name: lookup.relationship,
        displayName: lookup.relationshipDisplayName ?? holder.pluralDisplayName,
        from: target.name,
        to: holder.name,
        cardinality: 'oneToMany',
        lookupEntity: holder.name,
        lookupAttribute: lookup.attribute,
        reverse: lookup.attribute,
        ...schemaName,
        schemaNames,
      });
    }
  }

  /** The built-in CRM schema: contact, account, lead, interaction. */
  static builtin(): Schema {
    return new Schema(builtinEntities, builtinLookups);
  }

  entity(name: string): EntityDef | undefined {
    return this.entities.get(name);
  }

  attribute(entity: string, name: string): AttributeDef | undefined {
    return this.entities.get(entity)?.attributes.find((a) => a.name === name);
  }

  relationship(entity: string, name: string): RelationshipDef | undefined {
    return this.#relationships.get(entity)?.get(name);
  }

  /** Every relationship that starts at `entity`. */
  relationshipsOf(entity: string): readonly RelationshipDef[] {
    return [...(this.#relationships.get(entity)?.values() ?? [])];
  }

  /** The relationship seen from its other end (`contact.parentcustomerid` ↔ `account.contacts`). */
  reverseOf(relationship: RelationshipDef): RelationshipDef {
    const reverse = this.relationship(relationship.to, relationship.reverse);
    if (!reverse) throw new Error(`relationship ${relationship.from}.${relationship.name} has no reverse`);
    return reverse;
  }

  /** A new schema with one more entity and its lookups. */
  withEntity(entity: EntityDef, lookups: readonly LookupDef[]): Schema {
    return new Schema(
      [...this.entities.values(), entity],
      [...this.lookups, ...lookups.map((l) => ({ ...l, entity: entity.name }))],
    );
  }

  /** A new schema with one more attribute on an existing entity (and its relationship, for a lookup). */
  withAttribute(entityName: string, attribute: AttributeDef, lookup?: LookupDef): Schema {
    const entities = [...this.entities.values()].map((e) =>
      e.name === entityName ? { ...e, attributes: [...e.attributes, attribute] } : e,
    );
    const lookups = lookup ? [...this.lookups, { ...lookup, entity: entityName }] : this.lookups;
    return new Schema(entities, lookups);
  }
}

/**
 * The Dataverse-style names of a lookup's link: the one Dynamics 365 Marketing's segment queries write,
 * `<holder>_<target>_<attribute>` (`contact_account_parentcustomerid`), then Dataverse's relationship
 * schema name when the lookup declares one (`contact_customer_accounts`).
 */
function linkSchemaNames(lookup: PlacedLookup): string[] {
  const names = [`${lookup.entity}_${lookup.to}_${lookup.attribute}`];
  if (lookup.schemaName !== undefined && !names.includes(lookup.schemaName)) names.push(lookup.schemaName);
  return names;
}
