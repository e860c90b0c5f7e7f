import type { Attribute, CrmRecord, Entity } from '../api/index.ts';

/** A field's value while it is edited: text (a lookup's id, a choice's value too), or ticked options. */
export type FieldValue = string | readonly string[];

/** Every field's value by logical name. */
export type FormValues = Readonly<Record<string, FieldValue>>;

/** Attributes the server fills in itself: shown, never edited. */
const stampedBySystem = new Set(['createdon', 'modifiedon']);

/** True for an attribute a form edits (not computed, not stamped by the server). */
export function isEditable(attribute: Attribute): boolean {
  return !attribute.computed && !stampedBySystem.has(attribute.name);
}

/** A stored scalar as text (objects never come from the records API; JSON just in case). */
const textOf = (stored: unknown): string =>
  typeof stored === 'object' && stored !== null ? JSON.stringify(stored) : String(stored);

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` input holds it, in the browser's time zone. */
function localDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The value a field starts with for a record's stored value. */
export function fieldValueOf(attribute: Attribute, stored: unknown): FieldValue {
  if (stored === null || stored === undefined) return attribute.type === 'multichoice' ? [] : '';
  switch (attribute.type) {
    case 'multichoice':
      return Array.isArray(stored) ? stored.map(String) : [];
    case 'datetime':
      return localDateTime(textOf(stored));
    case 'date':
      return textOf(stored).slice(0, 10);
    default:
      return textOf(stored);
  }
}

/** The fields of a form for `record` (a new record when undefined). */
export function formValuesOf(entity: Entity, record?: CrmRecord): FormValues {
  return Object.fromEntries(
    entity.attributes.filter(isEditable).map((a) => [a.name, fieldValueOf(a, record?.[a.name])]),
  );
}

/**
 * The value the API takes for a field: whole numbers as numbers, yes/no as booleans, an empty field as
 * null. Decimals and money go as the text typed, which the server reads exactly: as a JavaScript
 * number, 12345678901234567.89 would arrive as 12345678901234568. Text that is not a number is sent as
 * it is, for the server to name the problem beside the field.
 */
export function apiValueOf(attribute: Attribute, value: FieldValue): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value;
  const text = (value as string).trim();
  if (text === '') return null;
  switch (attribute.type) {
    case 'integer': {
      const number = Number(text);
      return Number.isFinite(number) ? number : text;
    }
    case 'decimal':
    case 'money':
      return text;
    case 'boolean':
      return text === 'true';
    case 'datetime': {
      const at = new Date(text);
      return Number.isNaN(at.getTime()) ? text : at.toISOString();
    }
    default:
      return value;
  }
}

const same = (a: FieldValue | undefined, b: FieldValue | undefined) =>
  JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/**
 * The body of a save: on create every filled field, on edit only the fields that changed (a cleared
 * one as null), by logical name.
 */
export function bodyOf(entity: Entity, values: FormValues, initial?: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const attribute of entity.attributes.filter(isEditable)) {
    const value = values[attribute.name];
    if (value === undefined) continue;
    if (initial !== undefined && same(value, initial[attribute.name])) continue;
    const sent = apiValueOf(attribute, value);
    if (initial === undefined && sent === null) continue;
    body[attribute.name] = sent;
  }
  return body;
}

/** How a stored value reads in a list: a choice's label, Yes/No, a date as the browser writes it. */
export function displayValue(attribute: Attribute, stored: unknown): string {
  if (stored === null || stored === undefined || stored === '') return '';
  const label = (value: unknown) => attribute.options?.find((o) => o.value === value)?.label ?? textOf(value);
  switch (attribute.type) {
    case 'choice':
      return label(stored);
    case 'multichoice':
      return Array.isArray(stored) ? stored.map(label).join(', ') : textOf(stored);
    case 'boolean':
      return stored === true ? 'Yes' : 'No';
    case 'datetime':
      return new Date(textOf(stored)).toLocaleString();
    default:
      return textOf(stored);
  }
}

/** A record's name: its primary attribute as it reads (a choice by its label), else its id. */
export function recordName(entity: Entity, record: CrmRecord): string {
  const primary = entity.attributes.find((a) => a.name === entity.primaryAttribute);
  const name = primary === undefined ? '' : displayValue(primary, record[primary.name]);
  return name.trim() === '' ? record.id : name;
}
