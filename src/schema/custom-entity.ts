import {
  checkAttribute,
  maxAttributesPerEntity,
  type CheckedAttribute,
  type CustomAttributeInput,
} from './custom-attribute.ts';
import { logicalNameProblems } from './logical-name.ts';
import { joinPath, type Problem } from './problem.ts';
import { isText, problemList } from './problem-list.ts';
import { relationshipClashes, type NewRelationship } from './relationship-clashes.ts';
import type { Schema } from './schema.ts';
import type { AttributeDef, EntityDef, LookupDef } from './schema-types.ts';

/**
 * Custom entities added at run time (docs/API.md `POST /api/schema/entities`), with their attributes and
 * lookups: every problem with what a user sent, or the new schema. Pure: the store creates the table.
 */

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

export type CustomEntityResult =
  | {
      readonly ok: true;
      readonly schema: Schema;
      readonly entity: EntityDef;
      readonly lookups: readonly LookupDef[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

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
    add('MISSING_DISPLAY_NAME', 'displayName', 'The entity needs a display name.');
  if (schema.entity(name)) add('DUPLICATE_ENTITY', 'name', `There is already an entity "${name}".`);
  const plural: unknown = input.pluralDisplayName;
  if (plural !== undefined && !isText(plural))
    add('MISSING_DISPLAY_NAME', 'pluralDisplayName', 'Must be text.');
  const attributeInputs: unknown = input.attributes ?? [];
  const lookupInputs: unknown = input.lookups ?? [];
  if (!Array.isArray(attributeInputs)) add('INVALID_ATTRIBUTES', 'attributes', 'Attributes must be a list.');
  if (!Array.isArray(lookupInputs)) add('INVALID_LOOKUPS', 'lookups', 'Lookups must be a list.');
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
      add('DUPLICATE_ATTRIBUTE', joinPath(path, nameField), `"${attribute.name}" appears more than once.`);
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
    add('NO_ATTRIBUTES', 'attributes', 'An entity needs at least one attribute.');
  }
  if (attributes.length > maxAttributesPerEntity) {
    add(
      'TOO_MANY_ATTRIBUTES',
      'attributes',
      `An entity may have at most ${maxAttributesPerEntity} attributes.`,
    );
  }
  const primary: unknown = input.primaryAttribute;
  if (primary !== undefined && !attributes.some((a) => a.name === primary)) {
    add(
      'UNKNOWN_ATTRIBUTE',
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
