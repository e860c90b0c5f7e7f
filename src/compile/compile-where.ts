import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { assertNever, type ValidGroup, type ValidRelated, type ValidWhere } from '../definition/nodes.ts';
import { timeTest } from '../definition/time-range.ts';
import { joinPath } from '../schema/problem.ts';
import type { CompileContext } from './compile-context.ts';
import { compileCondition } from './compile-condition.ts';
import { CompileError } from './compile-error.ts';
import { compileLink, compileSemiJoin } from './compile-link.ts';
import { timePredicate } from './value-predicate.ts';

/** A group, condition or related condition on the record `alias` of `entity`, as a predicate. */
export function compileWhere(
  node: ValidWhere,
  alias: string,
  entity: string,
  context: CompileContext,
  path: string,
): RawBuilder<SqlBool> {
  switch (node.kind) {
    case 'condition':
      return compileCondition(node, alias, entity, context, path);
    case 'group':
      return compileGroup(node, alias, entity, context, path);
    case 'related':
      return compileRelated(node, alias, entity, context, path);
    default:
      return assertNever(node);
  }
}

/** `and`/`or` over the children; `not` is the complement, exact because every child is two-valued. */
export function compileGroup(
  node: ValidGroup,
  alias: string,
  entity: string,
  context: CompileContext,
  path: string,
): RawBuilder<SqlBool> {
  // An empty group is an error, never "everyone" (validation reports it first).
  if (node.children.length === 0) throw new CompileError('a group needs at least one row', path);
  const children = node.children.map((child, i) =>
    compileWhere(child, alias, entity, context, joinPath(path, 'children', i)),
  );
  const joined = sql<SqlBool>`(${sql.join(children, node.op === 'and' ? sql` and ` : sql` or `)})`;
  return node.not ? sql<SqlBool>`(not ${joined})` : joined;
}

/**
 * The records reached through the relationship that match `where` (all of it on the same record)
 * inside the window, counted: `exists` (or, over every contact, a semi-join) for "at least one", its
 * negation for "none", a correlated count otherwise (the shape that measured fastest for behavioural
 * counts).
 */
function compileRelated(
  node: ValidRelated,
  alias: string,
  entity: string,
  context: CompileContext,
  path: string,
): RawBuilder<SqlBool> {
  const relationship = context.schema.relationship(entity, node.relationship);
  if (!relationship) throw new CompileError(`${entity} has no relationship "${node.relationship}"`, path);
  const target = context.nextAlias();
  const filters: RawBuilder<SqlBool>[] = [];
  if (node.where)
    filters.push(compileGroup(node.where, target, relationship.to, context, joinPath(path, 'where')));
  if (node.window) {
    const attribute = context.schema.attribute(relationship.to, node.window.attribute);
    if (attribute?.type !== 'date' && attribute?.type !== 'datetime') {
      throw new CompileError(
        `the window needs a date attribute of ${relationship.to}`,
        joinPath(path, 'window'),
      );
    }
    const test = timeTest(attribute.type, 'inLast', [node.window.last], node.window.unit, context.clock);
    filters.push(timePredicate(sql.id(target, attribute.name), test, context));
  }
  const { operator, value } = node.count;
  if (context.semiJoins) {
    // Over every contact the matching records are read once, as a set of keys (counted per key).
    const set = (having?: RawBuilder<SqlBool>) =>
      compileSemiJoin(relationship, alias, target, filters, having);
    switch (operator) {
      case 'atLeast':
        if (value <= 0) return sql<SqlBool>`true`;
        return value === 1 ? set() : set(sql<SqlBool>`count(*) >= ${value}`);
      case 'atMost':
        return value === 0
          ? sql<SqlBool>`not ${set()}`
          : sql<SqlBool>`not ${set(sql<SqlBool>`count(*) > ${value}`)}`;
      case 'exactly':
        return value === 0 ? sql<SqlBool>`not ${set()}` : set(sql<SqlBool>`count(*) = ${value}`);
      default:
        return assertNever(operator);
    }
  }
  // Over a few contacts each contact's own records are probed.
  const link = compileLink(relationship, alias, target);
  const from = sql`from ${sql.id(relationship.to)} as ${sql.id(target)} where ${sql.join([link, ...filters], sql` and `)}`;
  const exists = sql<SqlBool>`exists (select 1 ${from})`;
  const count = sql<number>`(select count(*) ${from})`;
  switch (operator) {
    case 'atLeast':
      if (value <= 0) return sql<SqlBool>`true`;
      return value === 1 ? exists : sql<SqlBool>`${count} >= ${value}`;
    case 'atMost':
      return value === 0 ? sql<SqlBool>`not ${exists}` : sql<SqlBool>`${count} <= ${value}`;
    case 'exactly':
      return value === 0 ? sql<SqlBool>`not ${exists}` : sql<SqlBool>`${count} = ${value}`;
    default:
      return assertNever(operator);
  }
}
