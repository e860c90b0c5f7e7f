import { attributeTypes, defaultScale, isAttributeType, maxScale } from './attribute-type.ts';
import type { AttributeType } from './attribute-type.ts';
import { joinPath, type Problem } from './problem.ts';
import type { Schema } from './schema.ts';
import type { AttributeDef, ChoiceOption, EntityDef, LookupDef } from './schema-types.ts';

/**
 * Run-time schema additions (API.md `POST /api/schema/{entity}/attributes`, `POST /api/schema/entities`):
 * every problem with what a user sent, or the new schema. Pure: the store applies the result to the
 * database.
 */

/** A custom attribute as a user sends it. `relationship` names a lookup's one-to-many on its target. */
export interface CustomAttributeInput {
  readonly name: string;
  readonly displayName: string;
  readonly type: string;
  readonly options?: readonly { readonly value: string; readonly label?: string }[];
  readonly scale?: number;
  readonly target?: string;
  readonly relationship?: string;
  readonly relationshipDisplayName?: string;
}

/** A lookup declared with a custom entity: `contactid` → contact, seen from a contact as `relationship`. */
export interface CustomLookupInput {
  readonly attribute: string;
  readonly to: string;
  readonly relationship?: string;
  readonly displayName?: string;
  readonly relationshipDisplayName?: string;
}

/** A custom entity as a user sends it. */
export interface CustomEntityInput {
  readonly name: string;
  readonly displayName: string;
  readonly pluralDisplayName?: string;
  readonly primaryAttribute?: string;
  readonly attributes?: readonly CustomAttributeInput[];
  readonly lookups?: readonly CustomLookupInput[];
}

export type CustomAttributeResult =
  | {
      readonly ok: true;
      readonly schema: Schema;
      readonly attribute: AttributeDef;
      readonly lookup?: LookupDef;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export type CustomEntityResult =
  | {
      readonly ok: true;
      readonly schema: Schema;
      readonly entity: EntityDef;
      readonly lookups: readonly LookupDef[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The longest logical name an entity, attribute or relationship may have. */
export const maxLogicalNameLength = 50;

/** The most attributes one entity may have (PostgreSQL allows 1,600 columns per table). */
export const maxAttributesPerEntity = 1000;

const logicalNamePattern = /^[a-z][a-z0-9_]*$/;

/** Collects problems: `add(code, path, message)`. */
function problemList() {
  const problems: Problem[] = [];
  const add = (code: string, path: string, message: string) => void problems.push({ code, message, path });
  return { problems, add };
}

/** Problems with a logical name: lower-case letters, digits and `_`, from a letter, ≤ 50, not `id` or `sm_…`. */
export function logicalNameProblems(value: unknown, path: string, what: string): Problem[] {
  const { problems, add } = problemList();
  if (typeof value !== 'string' || value === '')
    add('missing_name', path, `The ${what} needs a logical name.`);
  else if (!logicalNamePattern.test(value)) {
    add('invalid_name', path, `"${value}" is not a valid ${what} name: use a-z, 0-9 and _, from a letter.`);
  } else if (value.length > maxLogicalNameLength) {
    add('name_too_long', path, `The ${what} name is longer than ${maxLogicalNameLength} characters.`);
  } else if (value === 'id' || value.startsWith('sm_')) {
    add('reserved_name', path, `"${value}" is reserved: a name may not be "id" or start with "sm_".`);
  }
  return problems;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** A relationship about to be added: its name on `entity`, and where in the input it came from. */
interface NewRelationship {
  readonly entity: string;
  readonly name: string;
  readonly path: string;
}

interface CheckedAttribute {
  readonly problems: readonly Problem[];
  readonly attribute?: AttributeDef;
  readonly lookup?: LookupDef;
}

/** The attribute (and lookup) an input describes, or its problems. Uniqueness is the caller's to check. */
function checkAttribute(
  input: CustomAttributeInput,
  path: string,
  entity: string,
  entityExists: (name: string) => boolean,
): CheckedAttribute {
  const at = (field: string) => joinPath(path, field);
  const { problems, add } = problemList();
  problems.push(...logicalNameProblems(input.name, at('name'), 'attribute'));
  if (!isText(input.displayName))
    add('missing_display_name', at('displayName'), 'The attribute needs a display name.');
  const rawType: unknown = input.type;
  if (typeof rawType !== 'string' || !isAttributeType(rawType)) {
    add(
      'unknown_type',
      at('type'),
      `${JSON.stringify(rawType)} is not a type: use ${attributeTypes.join(', ')}.`,
    );
    return { problems };
  }
  const type: AttributeType = rawType;
  const options = checkOptions(input.options, type, at('options'), add);
  const scale = checkScale(input.scale, type, at('scale'), add);
  let lookup: LookupDef | undefined;
  if (type === 'lookup') {
    const target: unknown = input.target;
    if (!isText(target)) add('missing_target', at('target'), 'A lookup needs the entity it points to.');
    else if (!entityExists(target)) add('unknown_target', at('target'), `There is no entity "${target}".`);
    const relationship: unknown = input.relationship ?? `${entity}_${input.name}`;
    if (input.relationship !== undefined) {
      problems.push(...logicalNameProblems(relationship, at('relationship'), 'relationship'));
    }
    if (isText(target) && typeof relationship === 'string') {
      const { relationshipDisplayName } = input;
      lookup = { attribute: input.name, displayName: input.displayName, to: target, relationship };
      if (relationshipDisplayName !== undefined) lookup = { ...lookup, relationshipDisplayName };
    }
  } else {
    for (const field of ['target', 'relationship', 'relationshipDisplayName'] as const) {
      if (input[field] !== undefined) add('not_allowed', at(field), `Only a lookup has a ${field}.`);
    }
  }
  if (problems.length > 0) return { problems };
  const attribute: AttributeDef = {
    name: input.name,
    displayName: input.displayName.trim(),
    type,
    ...(options ? { options } : {}),
    ...(scale === undefined ? {} : { scale }),
    ...(lookup ? { target: lookup.to } : {}),
    custom: true,
  };
  return lookup ? { problems, attribute, lookup } : { problems, attribute };
}

type Add = ReturnType<typeof problemList>['add'];

function checkOptions(raw: unknown, type: AttributeType, path: string, add: Add): ChoiceOption[] | undefined {
  if (type !== 'choice' && type !== 'multichoice') {
    if (raw !== undefined) add('not_allowed', path, 'Only a choice or multi-choice has options.');
    return undefined;
  }
  if (!Array.isArray(raw) || raw.length === 0) {
    add('missing_options', path, 'A choice needs at least one option.');
    return undefined;
  }
  const options: ChoiceOption[] = [];
  (raw as unknown[]).forEach((option, i) => {
    const { value, label } = (typeof option === 'object' && option !== null ? option : {}) as {
      value?: unknown;
      label?: unknown;
    };
    const valuePath = joinPath(path, i, 'value');
    if (!isText(value) || value !== value.trim()) {
      add('invalid_option', valuePath, 'An option needs a value with no spaces around it.');
    } else if (type === 'multichoice' && value.includes(';')) {
      // A CSV cell lists multi-choice values separated by ";" (normalizeValue), so a value cannot hold one.
      add('invalid_option', valuePath, `The option value "${value}" may not contain ";".`);
    } else if (options.some((o) => o.value === value)) {
      add('duplicate_option', valuePath, `The option value "${value}" appears more than once.`);
    } else if (label !== undefined && !isText(label)) {
      add('invalid_option', joinPath(path, i, 'label'), 'An option label must be text.');
    } else {
      options.push({ value, label: label ?? value });
    }
  });
  return options;
}

function checkScale(raw: unknown, type: AttributeType, path: string, add: Add): number | undefined {
  if (type !== 'decimal' && type !== 'money') {
    if (raw !== undefined) add('not_allowed', path, 'Only a decimal or money attribute has a scale.');
    return undefined;
  }
  if (raw === undefined) return defaultScale[type];
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= maxScale) return raw;
  add('invalid_scale', path, `The scale must be a whole number from 0 to ${maxScale}.`);
  return undefined;
}

/** Problems for relationships whose names are taken on their entity, or taken twice in `added`. */
function relationshipClashes(schema: Schema, added: readonly NewRelationship[]): Problem[] {
  const taken = new Map<string, Set<string>>();
  const { problems, add } = problemList();
  for (const { entity, name, path } of added) {
    const names = taken.get(entity) ?? new Set(schema.relationshipsOf(entity).map((r) => r.name));
    taken.set(entity, names);
    if (names.has(name))
      add('duplicate_relationship', path, `"${entity}" already has a relationship "${name}".`);
    names.add(name);
  }
  return problems;
}

/**
 * Checks a custom attribute for `entity` and returns the schema with it, or every problem.
 *
 * @example
 * addCustomAttribute(schema, 'contact', { name: 'loyaltypoints', displayName: 'Loyalty Points', type: 'integer' });
 */
export function addCustomAttribute(
  schema: Schema,
  entity: string,
  input: CustomAttributeInput,
): CustomAttributeResult {
  const holder = schema.entity(entity);
  const { problems, add } = problemList();
  if (!holder) {
    add('unknown_entity', 'entity', `There is no entity "${entity}".`);
    return { ok: false, problems };
  }
  const checked = checkAttribute(input, '', entity, (name) => schema.entity(name) !== undefined);
  problems.push(...checked.problems);
  if (holder.attributes.some((a) => a.name === input.name)) {
    add('duplicate_attribute', 'name', `"${entity}" already has an attribute "${input.name}".`);
  } else if (holder.attributes.length >= maxAttributesPerEntity) {
    add('too_many_attributes', 'name', `An entity may have at most ${maxAttributesPerEntity} attributes.`);
  }
  const { attribute, lookup } = checked;
  if (lookup) {
    problems.push(
      ...relationshipClashes(schema, [
        { entity, name: lookup.attribute, path: 'name' },
        { entity: lookup.to, name: lookup.relationship, path: 'relationship' },
      ]),
    );
  }
  if (problems.length > 0 || !attribute) return { ok: false, problems };
  const next = schema.withAttribute(entity, attribute, lookup);
  return lookup ? { ok: true, schema: next, attribute, lookup } : { ok: true, schema: next, attribute };
}

/** A lookup of a new entity, as the attribute input it amounts to. */
function lookupAsAttribute(
  schema: Schema,
  input: CustomEntityInput,
  lookup: CustomLookupInput,
): CustomAttributeInput {
  const targetName =
    schema.entity(lookup.to)?.displayName ?? (lookup.to === input.name ? input.displayName : lookup.to);
  return {
    name: lookup.attribute,
    displayName: lookup.displayName ?? targetName,
    type: 'lookup',
    target: lookup.to,
    ...(lookup.relationship === undefined ? {} : { relationship: lookup.relationship }),
    ...(lookup.relationshipDisplayName === undefined
      ? {}
      : { relationshipDisplayName: lookup.relationshipDisplayName }),
  };
}

/**
 * Checks a custom entity, with its attributes and lookups, and returns the schema with it, or every
 * problem. A lookup may point to an existing entity or to the new entity itself.
 *
 * @example
 * addCustomEntity(schema, {
 *   name: 'eventregistration', displayName: 'Event Registration',
 *   attributes: [{ name: 'eventname', displayName: 'Event', type: 'string' }],
 *   lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
 * }); // contact gains the one-to-many relationship `eventregistrations`
 */
export function addCustomEntity(schema: Schema, input: CustomEntityInput): CustomEntityResult {
  const { name } = input;
  const { problems, add } = problemList();
  problems.push(...logicalNameProblems(name, 'name', 'entity'));
  if (!isText(input.displayName))
    add('missing_display_name', 'displayName', 'The entity needs a display name.');
  if (schema.entity(name)) add('duplicate_entity', 'name', `There is already an entity "${name}".`);
  const plural: unknown = input.pluralDisplayName;
  if (plural !== undefined && !isText(plural))
    add('missing_display_name', 'pluralDisplayName', 'Must be text.');
  const attributeInputs: unknown = input.attributes ?? [];
  const lookupInputs: unknown = input.lookups ?? [];
  if (!Array.isArray(attributeInputs)) add('invalid_attributes', 'attributes', 'Attributes must be a list.');
  if (!Array.isArray(lookupInputs)) add('invalid_lookups', 'lookups', 'Lookups must be a list.');
  if (!Array.isArray(attributeInputs) || !Array.isArray(lookupInputs)) return { ok: false, problems };

  const entityExists = (target: string) => target === name || schema.entity(target) !== undefined;
  const attributes: AttributeDef[] = [];
  const lookups: LookupDef[] = [];
  const relationships: NewRelationship[] = [];
  const place = (checked: CheckedAttribute, path: string, nameField: string) => {
    problems.push(...checked.problems);
    const { attribute, lookup } = checked;
    if (!attribute) return;
    if (attributes.some((a) => a.name === attribute.name)) {
      add('duplicate_attribute', joinPath(path, nameField), `"${attribute.name}" appears more than once.`);
      return;
    }
    attributes.push(attribute);
    if (!lookup) return;
    lookups.push(lookup);
    relationships.push({ entity: name, name: attribute.name, path: joinPath(path, nameField) });
    relationships.push({
      entity: lookup.to,
      name: lookup.relationship,
      path: joinPath(path, 'relationship'),
    });
  };
  (attributeInputs as readonly CustomAttributeInput[]).forEach((attribute, i) => {
    const path = joinPath('attributes', i);
    place(checkAttribute(attribute, path, name, entityExists), path, 'name');
  });
  (lookupInputs as readonly CustomLookupInput[]).forEach((lookup, i) => {
    const path = joinPath('lookups', i);
    const checked = checkAttribute(lookupAsAttribute(schema, input, lookup), path, name, entityExists);
    // Report a lookup's fields under the names the user wrote (`attribute`, `to`).
    const renamed = checked.problems.map((p) => ({
      ...p,
      path: p.path.replace(/\.name$/, '.attribute').replace(/\.target$/, '.to'),
    }));
    place({ ...checked, problems: renamed }, path, 'attribute');
  });

  if (attributeInputs.length === 0 && lookupInputs.length === 0) {
    add('no_attributes', 'attributes', 'An entity needs at least one attribute.');
  }
  if (attributes.length > maxAttributesPerEntity) {
    add(
      'too_many_attributes',
      'attributes',
      `An entity may have at most ${maxAttributesPerEntity} attributes.`,
    );
  }
  const primary: unknown = input.primaryAttribute;
  if (primary !== undefined && !attributes.some((a) => a.name === primary)) {
    add(
      'unknown_attribute',
      'primaryAttribute',
      `${JSON.stringify(primary)} is not one of the entity's attributes.`,
    );
  }
  problems.push(...relationshipClashes(schema, relationships));
  if (problems.length > 0) return { ok: false, problems };

  const displayName = input.displayName.trim();
  const entity: EntityDef = {
    name,
    displayName,
    pluralDisplayName: input.pluralDisplayName?.trim() ?? `${displayName}s`,
    primaryAttribute:
      input.primaryAttribute ?? (attributes.find((a) => a.type === 'string') ?? attributes[0])?.name ?? 'id',
    attributes,
    custom: true,
  };
  return { ok: true, schema: schema.withEntity(entity, lookups), entity, lookups };
}
