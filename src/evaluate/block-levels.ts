import type { ValidGroup, ValidQueryBlock } from '../definition/nodes.ts';
import { joinPath } from '../schema/problem.ts';
import type { RelationshipDef } from '../schema/schema-types.ts';
import { EvaluationError } from './evaluation-error.ts';
import type { EvaluationEnv } from './evaluation-env.ts';
import { relationshipOf, requireEntity } from './schema-lookups.ts';

/**
 * One level of a query block's path: the block's own entity first, then the entity each traverse hop
 * arrives at. The last level is always the contact.
 */
export interface BlockLevel {
  /** `query.blocks[0]` for the block's entity, `query.blocks[0].traverse[1]` for a hop. */
  readonly path: string;
  readonly entity: string;
  readonly where: ValidGroup | undefined;
  readonly wherePath: string;
  /** The hop's relationship, arriving here; absent on the block's own entity. */
  readonly arrival: RelationshipDef | undefined;
  /** The reverse of `arrival`: from a record here back to the records of the level before that reach it. */
  readonly back: RelationshipDef | undefined;
}

/** The levels of `block`, checked to end on contact (docs/SEGMENTS.md: a block must select contacts). */
export function blockLevels(block: ValidQueryBlock, env: EvaluationEnv, path: string): readonly BlockLevel[] {
  requireEntity(env.schema, block.entity, joinPath(path, 'entity'));
  const levels: BlockLevel[] = [
    {
      path,
      entity: block.entity,
      where: block.where,
      wherePath: joinPath(path, 'where'),
      arrival: undefined,
      back: undefined,
    },
  ];
  let entity = block.entity;
  block.traverse.forEach((hop, index) => {
    const hopPath = joinPath(path, 'traverse', index);
    const arrival = relationshipOf(env.schema, entity, hop.relationship, joinPath(hopPath, 'relationship'));
    entity = arrival.to;
    levels.push({
      path: hopPath,
      entity,
      where: hop.where,
      wherePath: joinPath(hopPath, 'where'),
      arrival,
      back: env.schema.reverseOf(arrival),
    });
  });
  if (entity !== 'contact') {
    throw new EvaluationError('INVALID_BLOCK', `the block ends on ${entity}, not on contact`, path);
  }
  return levels;
}
