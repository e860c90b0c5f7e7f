/** The schema stage: entities, attributes, types and relationships, and the values attributes hold. */
export { attributeTypes, decimalTypes, defaultScale, isAttributeType, maxScale } from './attribute-type.ts';
export type { AttributeType } from './attribute-type.ts';
export type { AttributeDef, ChoiceOption, EntityDef, LookupDef, RelationshipDef } from './schema-types.ts';
export { Schema, type PlacedLookup } from './schema.ts';
export { attributesByName } from './attributes-by-name.ts';
export { builtinEntities, builtinLookups } from './builtin-schema.ts';
export {
  canonicalInstant,
  isCalendarDate,
  normalizeValue,
  scaleOf,
  type AttributeValue,
  type ValueResult,
} from './attribute-value.ts';
export {
  canonicalDecimal,
  compareDecimals,
  decimalFromInput,
  decimalPlaces,
  fromScaled,
  toScaled,
} from './decimal.ts';
export { joinPath, type Problem } from './problem.ts';
export {
  addCustomAttribute,
  maxAttributesPerEntity,
  type CustomAttributeInput,
  type CustomAttributeResult,
} from './custom-attribute.ts';
export {
  addCustomEntity,
  type CustomEntityInput,
  type CustomEntityResult,
  type CustomLookupInput,
} from './custom-entity.ts';
export { logicalNameProblems, maxLogicalNameLength, type LogicalNameKind } from './logical-name.ts';
export { foldCase } from './fold-case.ts';
export {
  defaultTextMaxLength,
  maxSingleLineLength,
  maxTextLength,
  textLength,
  textMaxLength,
} from './text-length.ts';
export { deleteBehaviour, type DeleteBehaviour } from './delete-behaviour.ts';
export {
  findAttribute,
  findEntity,
  findInteractionLink,
  findRelationship,
  resolveBooleanLabel,
  resolveChoice,
  type ChoiceMatch,
} from './dataverse-names.ts';
