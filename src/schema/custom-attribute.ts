import { attributeTypes, defaultScale, isAttributeType, maxScale } from './attribute-type.ts';
import type { AttributeType } from './attribute-type.ts';
import { logicalNameProblems } from './logical-name.ts';
import { joinPath, type Problem } from './problem.ts';
import { isText, problemList, type AddProblem } from './problem-list.ts';
import { relationshipClashes } from './relationship-clashes.ts';
import type { Schema } from './schema.ts';
import type { AttributeDef, ChoiceOption, LookupDef } from './schema-types.ts';
import { defaultTextMaxLength, maxSingleLineLength, maxTextLength } from './text-length.ts';

/**
 * Custom attributes added at run time (docs/API.md `POST /api/schema/{entity}/attributes`): every problem
 * with what a user sent, or the new schema. Pure: the store applies the result to the database.
 */

/** A custom attribute as a user sends it. `relationship` names a lookup's one-to-many on its target. */
export interface CustomAttributeInput {
  readonly name: string;
  readonly displayName: string;
  readonly type: string;
  readonly options?: readonly { readonly value: string; readonly label?: string }[];
  readonly scale?: number;
  /** The most characters a text attribute holds: 100 unless it says, at most 1,048,576. */
  readonly maxLength?: number;
  readonly target?: string;
  readonly relationship?: string;
  readonly relationshipDisplayName?: string;
}

export type CustomAttributeResult =
  | {
      readonly ok: true;
      readonly schema: Schema;
      readonly attribute: AttributeDef;
      readonly lookup?: LookupDef;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The most attributes one entity may have (PostgreSQL allows 1,600 columns per table). */
export const maxAttributesPerEntity = 1000;

/** One attribute input checked: its problems, or the attribute (and lookup) it describes. */
export interface CheckedAttribute {
  readonly problems: readonly Problem[];
  readonly attribute?: AttributeDef;
  readonly lookup?: LookupDef;
}

/** The attribute (and lookup) an input describes, or its problems. Uniqueness is the caller's to check. */
export function checkAttribute(
  input: CustomAttributeInput,
  path: string,
  entity: string,
  entityExists: (name: string) => boolean,
): CheckedAttribute {
  const at = (field: string) => joinPath(path, field);
  const { problems, add } = problemList();
  problems.push(...logicalNameProblems(input.name, at('name'), 'attribute'));
  if (!isText(input.displayName))
    add('MISSING_DISPLAY_NAME', at('displayName'), 'The attribute needs a display name.');
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
  const maxLength = checkMaxLength(input.maxLength, type, at('maxLength'), add);
  let lookup: LookupDef | undefined;
  if (type === 'lookup') {
    const target: unknown = input.target;
    if (!isText(target)) add('MISSING_TARGET', at('target'), 'A lookup needs the entity it points to.');
    else if (!entityExists(target)) add('UNKNOWN_TARGET', at('target'), `There is no entity "${target}".`);
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
      if (input[field] !== undefined) add('NOT_ALLOWED', at(field), `Only a lookup has a ${field}.`);
    }
  }
  if (problems.length > 0) return { problems };
  const attribute: AttributeDef = {
    name: input.name,
    displayName: input.displayName.trim(),
    type,
    ...(options ? { options } : {}),
    ...(scale === undefined ? {} : { scale }),
    ...(maxLength === undefined ? {} : { maxLength }),
    ...(lookup ? { target: lookup.to } : {}),
    custom: true,
  };
  return lookup ? { problems, attribute, lookup } : { problems, attribute };
}

function checkOptions(
  raw: unknown,
  type: AttributeType,
  path: string,
  add: AddProblem,
): ChoiceOption[] | undefined {
  if (type !== 'choice' && type !== 'multichoice') {
    if (raw !== undefined) add('NOT_ALLOWED', path, 'Only a choice or multi-choice has options.');
    return undefined;
  }
  if (!Array.isArray(raw) || raw.length === 0) {
    add('MISSING_OPTIONS', path, 'A choice needs at least one option.');
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
      add('INVALID_OPTION', valuePath, 'An option needs a value with no spaces around it.');
    } else if (type === 'multichoice' && value.includes(';')) {
      // A CSV cell lists multi-choice values separated by ";" (normalizeValue), so a value cannot hold one.
      add('INVALID_OPTION', valuePath, `The option value "${value}" may not contain ";".`);
    } else if (options.some((o) => o.value === value)) {
      add('DUPLICATE_OPTION', valuePath, `The option value "${value}" appears more than once.`);
    } else if (label !== undefined && !isText(label)) {
      add('INVALID_OPTION', joinPath(path, i, 'label'), 'An option label must be text.');
    } else {
      options.push({ value, label: label ?? value });
    }
  });
  return options;
}

function checkScale(raw: unknown, type: AttributeType, path: string, add: AddProblem): number | undefined {
  if (type !== 'decimal' && type !== 'money') {
    if (raw !== undefined) add('NOT_ALLOWED', path, 'Only a decimal or money attribute has a scale.');
    return undefined;
  }
  if (raw === undefined) return defaultScale[type];
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= maxScale) return raw;
  add('INVALID_SCALE', path, `The scale must be a whole number from 0 to ${maxScale}.`);
  return undefined;
}

function checkMaxLength(
  raw: unknown,
  type: AttributeType,
  path: string,
  add: AddProblem,
): number | undefined {
  if (type !== 'string') {
    if (raw !== undefined) add('NOT_ALLOWED', path, 'Only a text attribute has a maximum length.');
    return undefined;
  }
  if (raw === undefined) return defaultTextMaxLength;
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= maxTextLength) return raw;
  add(
    'invalid_max_length',
    path,
    `The maximum length must be a whole number of characters from 1 to ${maxTextLength.toLocaleString('en-US')} (up to ${maxSingleLineLength.toLocaleString('en-US')} is a single line of text in Dataverse, more a multiple lines one); ${JSON.stringify(raw)} is not.`,
  );
  return undefined;
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
    add('UNKNOWN_ENTITY', 'entity', `There is no entity "${entity}".`);
    return { ok: false, problems };
  }
  const checked = checkAttribute(input, '', entity, (name) => schema.entity(name) !== undefined);
  problems.push(...checked.problems);
  if (holder.attributes.some((a) => a.name === input.name)) {
    add('DUPLICATE_ATTRIBUTE', 'name', `"${entity}" already has an attribute "${input.name}".`);
  } else if (holder.attributes.length >= maxAttributesPerEntity) {
    add('TOO_MANY_ATTRIBUTES', 'name', `An entity may have at most ${maxAttributesPerEntity} attributes.`);
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
