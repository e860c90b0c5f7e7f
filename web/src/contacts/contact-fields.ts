import type { Attribute, Entity } from '../api/index.ts';
import { isEditable } from '../records/record-values.ts';

/** A section of the contact form: its title and, in order, the attributes it shows. */
export interface FormSection {
  readonly title: string;
  readonly attributes: readonly Attribute[];
}

/** The section titles, in the order the form shows them (Dynamics' contact form, Summary then Details). */
const sectionTitles = [
  'Contact',
  'Address',
  'Personal details',
  'Contact preferences',
  'Billing',
  'Custom fields',
] as const;

type SectionTitle = (typeof sectionTitles)[number];

/** A Dynamics address part (`address1_city`, `address2_line1`). */
const isAddress = (attribute: Attribute) => /^address\d+_/.test(attribute.name);

/**
 * Where an attribute goes, from what it is rather than from a list of names, so that every attribute
 * of the schema has a place: custom ones together, address parts together, then by type.
 */
function sectionOf(attribute: Attribute): SectionTitle {
  if (attribute.custom) return 'Custom fields';
  if (isAddress(attribute)) return 'Address';
  switch (attribute.type) {
    case 'string':
    case 'lookup':
      return 'Contact';
    case 'boolean':
      return 'Contact preferences';
    case 'money':
    case 'decimal':
      return 'Billing';
    default:
      return 'Personal details';
  }
}

/** First, middle and last name lead the form, as on Dynamics' contact form. */
const nameRank = (attribute: Attribute) => {
  const rank = ['firstname', 'middlename', 'lastname'].indexOf(attribute.name);
  return rank === -1 ? Number.MAX_SAFE_INTEGER : rank;
};

/** A lookup (Company Name) after the contact's own text fields, as a Dynamics user expects it. */
const kindRank = (attribute: Attribute) => (attribute.type === 'lookup' ? 1 : 0);

/**
 * The contact form's sections, made from the entity's attributes: every attribute a form edits
 * (custom ones and lookups included) once, name fields first, then in the schema's order within
 * their section; sections with no attribute are left out.
 */
export function formSections(entity: Entity): FormSection[] {
  const editable = entity.attributes.filter(isEditable);
  const order = new Map(editable.map((attribute, index) => [attribute.name, index]));
  const position = (attribute: Attribute) => order.get(attribute.name) ?? 0;
  return sectionTitles
    .map((title) => ({
      title,
      attributes: editable
        .filter((attribute) => sectionOf(attribute) === title)
        .sort((a, b) => nameRank(a) - nameRank(b) || kindRank(a) - kindRank(b) || position(a) - position(b)),
    }))
    .filter((section) => section.attributes.length > 0);
}
