import type { QueryBlock } from '../definition/nodes.ts';
import { joinPath, type Problem } from '../schema/problem.ts';
import type { EntityDef } from '../schema/schema-types.ts';
import { problem } from './problem-codes.ts';
import { relationshipChoice, unknownEntity, unknownRelationship } from './unknown-names.ts';
import { validateGroup } from './validate-where.ts';
import type { WhereScope } from './validation-context.ts';

/** The entity every block must end on: a segment is a set of contacts (docs/SEGMENTS.md). */
const contactEntity = 'contact';

/**
 * A query block: its entity, its `where`, each traverse hop (whose `where` reads the entity the hop
 * reaches) and that the last entity reached is contact.
 */
export function validateQueryBlock(block: QueryBlock, path: string, scope: WhereScope): Problem[] {
  const entity = scope.schema.entity(block.entity);
  if (!entity) return [unknownEntity(scope.schema, block.entity, joinPath(path, 'entity'))];
  const problems = block.where ? validateGroup(block.where, entity, joinPath(path, 'where'), scope) : [];

  let reached: EntityDef = entity;
  for (const [j, hop] of block.traverse.entries()) {
    const hopPath = joinPath(path, 'traverse', j);
    const relationship = scope.schema.relationship(reached.name, hop.relationship);
    if (!relationship) {
      problems.push(
        unknownRelationship(
          scope.schema,
          reached,
          hop.relationship,
          joinPath(hopPath, 'relationship'),
          'traverse',
        ),
      );
      return problems;
    }
    const next = scope.schema.entity(relationship.to);
    if (!next) return problems;
    reached = next;
    if (hop.where) problems.push(...validateGroup(hop.where, reached, joinPath(hopPath, 'where'), scope));
  }

  if (reached.name !== contactEntity) {
    const endPath = joinPath(path, block.traverse.length > 0 ? 'traverse' : 'entity');
    problems.push(notOnContact(reached, endPath, scope));
  }
  return problems;
}

function notOnContact(reached: EntityDef, path: string, scope: WhereScope): Problem {
  const ways = scope.schema.relationshipsOf(reached.name).filter((r) => r.to === contactEntity);
  const hint =
    ways.length > 0
      ? ` Add a traverse step from ${reached.displayName} to contacts: ${ways.map((r) => relationshipChoice(scope.schema, r)).join(' or ')}.`
      : '';
  return problem(
    'BLOCK_NOT_ON_CONTACT',
    path,
    `This block finds ${reached.pluralDisplayName}, but a segment holds contacts.${hint}`,
  );
}
