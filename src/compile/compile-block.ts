import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { assertNever, type ValidBlock, type ValidQueryBlock } from '../definition/nodes.ts';
import { joinPath } from '../schema/problem.ts';
import type { RelationshipDef } from '../schema/schema-types.ts';
import type { CompileContext } from './compile-context.ts';
import { CompileError } from './compile-error.ts';
import { compileLink } from './compile-link.ts';
import { compileGroup } from './compile-where.ts';

/** The table that holds the stored members of every segment. */
export const memberTable = 'sm_member';

/**
 * Whether the contact `contactAlias` belongs to the block, as a predicate; `excluded` when the query
 * takes the block away (`exclude`), so that the predicate is negated.
 */
export function compileBlock(
  block: ValidBlock,
  contactAlias: string,
  context: CompileContext,
  path: string,
  excluded = false,
): RawBuilder<SqlBool> {
  switch (block.kind) {
    case 'segmentBlock': {
      const m = context.nextAlias();
      // Over every contact, the stored members are read once as a set (contact_id is never null).
      if (context.semiJoins && (context.dialect.membersAsSet || !excluded))
        return sql<SqlBool>`(${sql.id(contactAlias, 'id')} in (select ${sql.id(m, 'contact_id')} from ${sql.id(memberTable)} as ${sql.id(m)} where ${sql.id(m, 'segment_id')} = ${block.segment}))`;
      return sql<SqlBool>`exists (select 1 from ${sql.id(memberTable)} as ${sql.id(m)} where ${sql.id(m, 'segment_id')} = ${block.segment} and ${sql.id(m, 'contact_id')} = ${sql.id(contactAlias, 'id')})`;
    }
    case 'queryBlock':
      return compileQueryBlock(block, contactAlias, context, path);
    default:
      return assertNever(block);
  }
}

/**
 * Over every contact: whether `contactAlias` is a stored member of any of `segments`, read once as one
 * set. A run of segment blocks joined by `union` (from the first block) reads the members of all of
 * them in one index range instead of testing each block on every contact.
 */
export function compileStoredMembers(
  segments: readonly string[],
  contactAlias: string,
  context: CompileContext,
): RawBuilder<SqlBool> {
  const m = context.nextAlias();
  const ids = sql.join(segments.map((segment) => sql`${segment}`));
  return sql<SqlBool>`(${sql.id(contactAlias, 'id')} in (select ${sql.id(m, 'contact_id')} from ${sql.id(memberTable)} as ${sql.id(m)} where ${sql.id(m, 'segment_id')} in (${ids})))`;
}

/**
 * A query block seen from the contact it ends on: the contact matches the last hop's `where`, and a
 * chain of records back along the hops matches each earlier `where`, down to a record of the block's
 * entity that matches the block's own `where`.
 */
function compileQueryBlock(
  block: ValidQueryBlock,
  contactAlias: string,
  context: CompileContext,
  path: string,
): RawBuilder<SqlBool> {
  // entities[i] is the entity after i hops; relationships[i] leads from entities[i] to entities[i + 1].
  const entities = [block.entity];
  const relationships: RelationshipDef[] = [];
  block.traverse.forEach((hop, i) => {
    const from = entities[entities.length - 1] ?? block.entity;
    const relationship = context.schema.relationship(from, hop.relationship);
    if (!relationship) {
      throw new CompileError(
        `${from} has no relationship "${hop.relationship}"`,
        joinPath(path, 'traverse', i),
      );
    }
    relationships.push(relationship);
    entities.push(relationship.to);
  });
  if (entities[entities.length - 1] !== 'contact')
    throw new CompileError('a block must end on contact', path);

  const whereAt = (level: number) => (level === 0 ? block.where : block.traverse[level - 1]?.where);
  const wherePath = (level: number) =>
    level === 0 ? joinPath(path, 'where') : joinPath(path, 'traverse', level - 1, 'where');

  const chain = (level: number, alias: string): RawBuilder<SqlBool> => {
    const entity = entities[level] ?? 'contact';
    const tests: RawBuilder<SqlBool>[] = [];
    const where = whereAt(level);
    if (where) tests.push(compileGroup(where, alias, entity, context, wherePath(level)));
    const relationship = relationships[level - 1];
    if (relationship) {
      const previous = context.nextAlias();
      const link = compileLink(relationship, previous, alias);
      const inner = chain(level - 1, previous);
      tests.push(
        context.semiJoins
          ? linkedFrom(relationship, previous, alias, inner)
          : sql<SqlBool>`exists (select 1 from ${sql.id(relationship.from)} as ${sql.id(previous)} where ${link} and ${inner})`,
      );
    }
    return tests.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`(${sql.join(tests, sql` and `)})`;
  };
  return chain(entities.length - 1, contactAlias);
}

/**
 * The record `toAlias` of `relationship.to` is linked from a record `fromAlias` of `relationship.from`
 * that passes `inner` (which reads `fromAlias` and deeper only), as an uncorrelated semi-join read once
 * over every contact. Never NULL: the keys compared are never null.
 */
function linkedFrom(
  relationship: RelationshipDef,
  fromAlias: string,
  toAlias: string,
  inner: RawBuilder<SqlBool>,
): RawBuilder<SqlBool> {
  const table = sql`${sql.id(relationship.from)} as ${sql.id(fromAlias)}`;
  const lookup = relationship.lookupAttribute;
  if (relationship.cardinality === 'manyToOne') {
    const key = sql.id(fromAlias, lookup);
    return sql<SqlBool>`(${sql.id(toAlias, 'id')} in (select ${key} from ${table} where ${key} is not null and ${inner}))`;
  }
  const column = sql.id(toAlias, lookup);
  return sql<SqlBool>`(${column} is not null and ${column} in (select ${sql.id(fromAlias, 'id')} from ${table} where ${inner}))`;
}
