import type { Attribute, CrmRecord, Entity } from '../api/index.ts';

/** The contact form's sections and, in order, the logical names of the attributes each one shows. */
export const contactSections: readonly { readonly title: string; readonly fields: readonly string[] }[] = [
  {
    title: 'Contact',
    fields: ['firstname', 'lastname', 'jobtitle', 'emailaddress1', 'telephone1', 'mobilephone'],
  },
  {
    title: 'Address',
    fields: ['address1_city', 'address1_stateorprovince', 'address1_country'],
  },
  {
    title: 'Personal details',
    fields: ['birthdate', 'gendercode', 'interests', 'donotbulkemail'],
  },
];

/** A field's value while it is edited: text for most types, ticked options, or a checkbox. */
export type FieldValue = string | readonly string[] | boolean;

/** Every field's value by logical name. */
export type FormValues = Readonly<Record<string, FieldValue>>;

/** The control an attribute is edited with, from its type. */
export type ControlKind = 'text' | 'number' | 'date' | 'datetime' | 'choice' | 'multichoice' | 'boolean';

/** The control for an attribute's type: numbers get a number box, dates a date picker, choices a list. */
export function controlOf(attribute: Attribute): ControlKind {
  switch (attribute.type) {
    case 'integer':
    case 'decimal':
    case 'money':
      return 'number';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'choice':
      return 'choice';
    case 'multichoice':
      return 'multichoice';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

/** The attributes of each section that the schema has (a trimmed schema just shows fewer fields). */
export function formSections(entity: Entity): { title: string; attributes: Attribute[] }[] {
  const byName = new Map(entity.attributes.map((attribute) => [attribute.name, attribute]));
  return contactSections
    .map((section) => ({
      title: section.title,
      attributes: section.fields.flatMap((name) => {
        const attribute = byName.get(name);
        return attribute === undefined || attribute.computed ? [] : [attribute];
      }),
    }))
    .filter((section) => section.attributes.length > 0);
}

function emptyValue(attribute: Attribute): FieldValue {
  const control = controlOf(attribute);
  if (control === 'multichoice') return [];
  if (control === 'boolean') return false;
  return '';
}

function textOf(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';
}

/** The form's values for a stored record (or empty ones for a new record). */
export function formValuesOf(attributes: readonly Attribute[], record?: CrmRecord): FormValues {
  const values: Record<string, FieldValue> = {};
  for (const attribute of attributes) {
    const stored = record?.[attribute.name];
    const control = controlOf(attribute);
    if (stored === null || stored === undefined) values[attribute.name] = emptyValue(attribute);
    else if (control === 'multichoice')
      values[attribute.name] = Array.isArray(stored) ? stored.map(String) : [];
    else if (control === 'boolean') values[attribute.name] = stored === true;
    // A datetime-local box takes minutes without a zone: the stored value is shown as UTC.
    else if (typeof stored === 'object') values[attribute.name] = JSON.stringify(stored);
    else if (control === 'datetime') values[attribute.name] = textOf(stored).slice(0, 16);
    else values[attribute.name] = textOf(stored);
  }
  return values;
}

function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  // Ticked options are a set: the order they were ticked in is no change.
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v) => b.includes(v));
  return a === b;
}

/** The value the API takes for a field: numbers as numbers, empty text as null. */
function apiValue(attribute: Attribute, value: FieldValue): unknown {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length === 0 ? null : value;
  const text = (value as string).trim();
  if (text === '') return null;
  // Numbers go as text: the API reads them exactly (money never passes through a float).
  if (controlOf(attribute) === 'datetime') return text.length === 16 ? `${text}:00Z` : text;
  return text;
}

/**
 * The body to send: on create, every field that has a value; on update, only the fields that changed
 * since `original` (a cleared field is sent as null, which clears it).
 */
export function recordBody(
  attributes: readonly Attribute[],
  values: FormValues,
  original?: FormValues,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const attribute of attributes) {
    const value = values[attribute.name];
    if (value === undefined) continue;
    if (original !== undefined) {
      if (sameValue(value, original[attribute.name])) continue;
      body[attribute.name] = apiValue(attribute, value);
    } else {
      const sent = apiValue(attribute, value);
      if (sent !== null && sent !== false) body[attribute.name] = sent;
    }
  }
  return body;
}
