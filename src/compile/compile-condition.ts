import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ConditionNode } from '../definition/nodes.ts';
import { negatedOperators } from '../definition/operator-catalogue.ts';
import type { CompileContext } from './compile-context.ts';
import { CompileError } from './compile-error.ts';
import { valuePredicate } from './value-predicate.ts';

/**
 * One condition on the record `alias` of `entity`, as a two-valued predicate: a missing value makes
 * every operator false except `notContainsData` (docs/SEGMENTS.md), so the result is never NULL and a
 * surrounding `not` is the true complement.
 */
export function compileCondition(
  node: ConditionNode,
  alias: string,
  entity: string,
  context: CompileContext,
  path: string,
): RawBuilder<SqlBool> {
  const attribute = context.schema.attribute(entity, node.attribute);
  if (!attribute) throw new CompileError(`${entity} has no attribute "${node.attribute}"`, path);
  const column = sql.id(alias, attribute.name);
  if (node.operator === 'containsData') return sql<SqlBool>`${column} is not null`;
  if (node.operator === 'notContainsData') return sql<SqlBool>`${column} is null`;
  const positive = Object.hasOwn(negatedOperators, node.operator)
    ? negatedOperators[node.operator as keyof typeof negatedOperators]
    : undefined;
  // Over every contact, an equals test on text the store indexes by its fold is written on the index's
  // key, so the database seeks instead of folding every row. The key is never null ('' for a missing
  // value, which no value equals: validation refuses empty ones), so it needs no guard, and the index
  // alone answers. Probing a few contacts, the row is at hand anyway.
  const foldKey =
    context.semiJoins &&
    node.operator === 'equals' &&
    attribute.type === 'string' &&
    node.values.every((value) => String(value) !== '')
      ? context.dialect.foldIndexKey?.(entity, attribute.name)
      : undefined;
  const test = valuePredicate(column, attribute, node, positive ?? node.operator, context, path, foldKey);
  if (foldKey) return test;
  // A negated operator holds when none of its values match, and never on a missing value.
  return positive === undefined
    ? sql<SqlBool>`(${column} is not null and ${test})`
    : sql<SqlBool>`(${column} is not null and not (${test}))`;
}
