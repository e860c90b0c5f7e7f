import type { RelationshipDef, AttributeDef } from '../schema/schema-types.ts';
import type { Schema } from '../schema/schema.ts';
import { EvaluationError } from './evaluation-error.ts';

/** The attribute `name` of `entity`, or an `EvaluationError` naming the definition path. */
export function attributeOf(schema: Schema, entity: string, name: string, path: string): AttributeDef {
  const attribute = schema.attribute(entity, name);
  if (!attribute)
    throw new EvaluationError('UNKNOWN_ATTRIBUTE', `${entity} has no attribute "${name}"`, path);
  return attribute;
}

/** The relationship `name` starting at `entity`, or an `EvaluationError` naming the definition path. */
export function relationshipOf(schema: Schema, entity: string, name: string, path: string): RelationshipDef {
  const relationship = schema.relationship(entity, name);
  if (!relationship) {
    throw new EvaluationError('UNKNOWN_RELATIONSHIP', `${entity} has no relationship "${name}"`, path);
  }
  return relationship;
}

/** Checks that `entity` exists. */
export function requireEntity(schema: Schema, entity: string, path: string): void {
  if (!schema.entity(entity))
    throw new EvaluationError('UNKNOWN_ENTITY', `there is no entity "${entity}"`, path);
}
