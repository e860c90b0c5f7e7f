import { foldCase } from './fold-case.ts';
import type { Schema } from './schema.ts';
import type { AttributeDef, ChoiceOption, EntityDef, RelationshipDef } from './schema-types.ts';

/**
 * Dynamics' vocabulary resolved to Segmint's schema: entity, attribute and relationship names as
 * Dataverse and Dynamics 365 Marketing's segment queries write them (in any case), and choices by
 * Segmint option value, Dataverse integer value or label. Used wherever Dynamics' words come in: the
 * segment query language, CSV files exported from Dynamics, the Dataverse API.
 */

const same = (a: string, b: string) => foldCase(a) === foldCase(b);

/**
 * The entity with this logical name, in any case (`Contact` is `contact`).
 *
 * @example
 * findEntity(Schema.builtin(), 'Account')?.name; // 'account'
 */
export function findEntity(schema: Schema, name: string): EntityDef | undefined {
  const trimmed = name.trim();
  return schema.entity(trimmed) ?? [...schema.entities.values()].find((e) => same(e.name, trimmed));
}

/**
 * The attribute of `entity` with this logical name, in any case (`EMailAddress1` is `emailaddress1`).
 * Display names are not matched here: they are not unique (see `attributesNamed`).
 */
export function findAttribute(schema: Schema, entity: string, name: string): AttributeDef | undefined {
  const trimmed = name.trim();
  const def = schema.entity(entity);
  return (
    def?.attributes.find((a) => a.name === trimmed) ?? def?.attributes.find((a) => same(a.name, trimmed))
  );
}

/**
 * The relationship that starts at `entity` and is named `name`, in any case: Segmint's own name
 * (`parentcustomerid`, `contacts`) or a Dataverse name of the link (`RelationshipDef.schemaNames`).
 * A Dataverse name denotes the link, not a direction: from `account`, `contact_account_parentcustomerid`
 * is the one-to-many `contacts`; from `contact`, the many-to-one `parentcustomerid`.
 *
 * @example
 * findRelationship(schema, 'account', 'contact_account_parentcustomerid')?.name; // 'contacts'
 * findRelationship(schema, 'contact', 'Contact_Customer_Accounts')?.name; // 'parentcustomerid'
 */
export function findRelationship(schema: Schema, entity: string, name: string): RelationshipDef | undefined {
  const trimmed = name.trim();
  const from = findEntity(schema, entity)?.name;
  if (from === undefined) return undefined;
  const relationships = schema.relationshipsOf(from);
  return (
    relationships.find((r) => r.name === trimmed) ??
    relationships.find((r) => same(r.name, trimmed)) ??
    // A link from an entity to itself has both ends here; a Dataverse name then means the lookup's own.
    relationships.find((r) => r.cardinality === 'manyToOne' && r.schemaNames.some((n) => same(n, trimmed))) ??
    relationships.find((r) => r.schemaNames.some((n) => same(n, trimmed)))
  );
}

/**
 * An interaction link of Dynamics' segment queries, `<interaction type>_ContactLink` (any case) as in
 * `INTERACTION(EmailSoftBounced, EmailSoftBounced_ContactLink)`: the interaction type it names and the
 * relationship from an interaction to its contact. Undefined for any other name.
 */
export function findInteractionLink(
  schema: Schema,
  name: string,
): { readonly type: ChoiceOption; readonly relationship: RelationshipDef } | undefined {
  const match = /^(.+)_contactlink$/i.exec(name.trim());
  const typeAttribute = schema.attribute('interaction', 'type');
  const relationship = schema.relationship('interaction', 'contactid');
  if (!match?.[1] || !typeAttribute || !relationship) return undefined;
  const resolved = resolveChoice(typeAttribute, match[1]);
  return resolved.ok ? { type: resolved.option, relationship } : undefined;
}

/** How an input named a choice's option. */
export type ChoiceMatch =
  | { readonly ok: true; readonly option: ChoiceOption; readonly by: 'value' | 'dataverseValue' | 'label' }
  | { readonly ok: false; readonly reason: string };

const wholeNumber = /^[+-]?\d+$/;

/**
 * The option of a choice or multi-choice attribute that `input` names, tried in this order: Segmint's
 * option value exactly (what stored data and definitions hold, so they never change meaning); the
 * Dataverse integer value, as a number or as digits (`2` or `'2'` is Female); the label, without regard
 * to case or surrounding spaces (`'female'`, `'Non-Binary'`); the option value in another case. A label
 * two options share is refused as ambiguous rather than guessed.
 *
 * @example
 * resolveChoice(gendercode, 2); // { ok: true, option: { value: 'female', label: 'Female', dataverseValue: 2 }, by: 'dataverseValue' }
 * resolveChoice(gendercode, 'FEMALE'); // by: 'label'
 */
export function resolveChoice(attribute: AttributeDef, input: string | number): ChoiceMatch {
  const options = attribute.options ?? [];
  const found = (option: ChoiceOption, by: 'value' | 'dataverseValue' | 'label'): ChoiceMatch => ({
    ok: true,
    option,
    by,
  });
  const text = typeof input === 'number' ? String(input) : input;
  const exact = options.find((o) => o.value === text);
  if (exact) return found(exact, 'value');
  const trimmed = text.trim();
  if (wholeNumber.test(trimmed)) {
    const n = Number(trimmed);
    const byNumber = options.find((o) => o.dataverseValue === n);
    if (byNumber) return found(byNumber, 'dataverseValue');
  }
  if (typeof input === 'string' && trimmed !== '') {
    const labelled = options.filter((o) => same(o.label, trimmed));
    if (labelled.length > 1)
      return {
        ok: false,
        reason: `"${trimmed}" is the label of ${labelled.length} options (${labelled.map((o) => `"${o.value}"`).join(', ')}); give the option value`,
      };
    if (labelled[0]) return found(labelled[0], 'label');
    const valued = options.filter((o) => same(o.value, trimmed));
    if (valued.length === 1 && valued[0]) return found(valued[0], 'value');
  }
  return { ok: false, reason: `"${text}" is not one of its options` };
}

/**
 * The value a boolean's Dataverse label names, without regard to case (`donotbulkemail`: "Do Not
 * Allow" is true, "allow" is false); undefined for any other text, and for a boolean without labels.
 */
export function resolveBooleanLabel(attribute: AttributeDef, text: string): boolean | undefined {
  const labels = attribute.booleanLabels;
  if (!labels) return undefined;
  if (same(labels.true, text.trim())) return true;
  if (same(labels.false, text.trim())) return false;
  return undefined;
}
