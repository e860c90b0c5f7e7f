import {
  attributeTypes,
  textMaxLength,
  type AttributeDef,
  type EntityDef,
  type Schema,
} from '../schema/index.ts';
import { operatorsFor, type OperatorInfo } from '../definition/index.ts';
import type { AttributeType } from '../schema/index.ts';

/**
 * An attribute as the API describes it, with the Dynamics vocabulary where the schema has it: each
 * option's Dataverse integer value (`gendercode` Female is 2) and a yes/no attribute's Dataverse labels
 * (`donotbulkemail`: Do Not Allow / Allow).
 */
export function attributeView(attribute: AttributeDef) {
  return {
    name: attribute.name,
    displayName: attribute.displayName,
    type: attribute.type,
    ...(attribute.options
      ? {
          options: attribute.options.map((o) => ({
            value: o.value,
            label: o.label,
            ...(o.dataverseValue === undefined ? {} : { dataverseValue: o.dataverseValue }),
          })),
        }
      : {}),
    ...(attribute.booleanLabels === undefined
      ? {}
      : { booleanLabels: { true: attribute.booleanLabels.true, false: attribute.booleanLabels.false } }),
    ...(attribute.target === undefined ? {} : { target: attribute.target }),
    ...(attribute.scale === undefined ? {} : { scale: attribute.scale }),
    ...(attribute.type === 'string' ? { maxLength: textMaxLength(attribute) } : {}),
    custom: attribute.custom ?? false,
    computed: attribute.computed ?? false,
  };
}

/**
 * An entity with its attributes and the relationships that start at it, each with its Dataverse
 * names (`schemaNames`, as MQL's TRAVERSE takes them: `contact_account_parentcustomerid`).
 */
export function entityView(schema: Schema, entity: EntityDef) {
  return {
    name: entity.name,
    displayName: entity.displayName,
    pluralDisplayName: entity.pluralDisplayName,
    primaryAttribute: entity.primaryAttribute,
    custom: entity.custom ?? false,
    attributes: entity.attributes.map(attributeView),
    relationships: schema.relationshipsOf(entity.name).map((r) => ({
      name: r.name,
      displayName: r.displayName,
      to: r.to,
      cardinality: r.cardinality,
      lookupEntity: r.lookupEntity,
      lookupAttribute: r.lookupAttribute,
      reverse: r.reverse,
      ...(r.schemaName === undefined ? {} : { schemaName: r.schemaName }),
      schemaNames: [...r.schemaNames],
    })),
  };
}

/** The schema as `GET /api/schema` answers it: every entity, and the operators of every type. */
export function schemaView(schema: Schema) {
  const operators = Object.fromEntries(
    attributeTypes.map((type) => [type, operatorsFor(type).map((o) => ({ ...o }))]),
  ) as Record<AttributeType, OperatorInfo[]>;
  return { entities: [...schema.entities.values()].map((e) => entityView(schema, e)), operators };
}
