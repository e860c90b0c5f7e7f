import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ValidCondition } from '../definition/nodes.ts';
import type { PresenceOperator } from '../definition/operator-catalogue.ts';
import { isPresenceTest, valueTestOf } from '../definition/operator-sets.ts';
import type { CompileContext } from './compile-context.ts';
import { CompileError } from './compile-error.ts';
import { valuePredicate } from './value-predicate.ts';

/** The presence tests, which read no value: true on any value there, or on a missing one. */
const presenceTests = {
  containsData: (column) => sql<SqlBool>`${column} is not null`,
  notContainsData: (column) => sql<SqlBool>`${column} is null`,
} satisfies Record<PresenceOperator, (column: RawBuilder<unknown>) => RawBuilder<SqlBool>>;

/**
 * One condition on the record `alias` of `entity`, as a two-valued predicate: a missing value makes
 * every operator false except `notContainsData` (docs/SEGMENTS.md), so the result is never NULL and a
 * surrounding `not` is the true complement.
 */
export function compileCondition(
  node: ValidCondition,
  alias: string,
  entity: string,
  context: CompileContext,
  path: string,
): RawBuilder<SqlBool> {
  const attribute = context.schema.attribute(entity, node.attribute);
  if (!attribute) throw new CompileError(`${entity} has no attribute "${node.attribute}"`, path);
  const column = sql.id(alias, attribute.name);
  const { operator } = node;
  if (isPresenceTest(operator)) return presenceTests[operator](column);
  const { positive, negated } = valueTestOf(operator);
  // Over every contact, an equals test on text the store indexes by its fold is written on the index's
  // key, so the database seeks instead of folding every row. The key is never null ('' for a missing
  // value, which no value equals: validation refuses empty ones), so it needs no guard, and the index
  // alone answers. Probing a few contacts, the row is at hand anyway.
  const foldKey =
    context.semiJoins &&
    operator === 'equals' &&
    attribute.type === 'string' &&
    node.values.every((value) => String(value) !== '')
      ? context.dialect.foldIndexKey?.(entity, attribute.name)
      : undefined;
  const test = valuePredicate(column, attribute, node, positive, context, path, foldKey);
  if (foldKey) return test;
  // A negated operator holds when none of its values match, and never on a missing value.
  return negated
    ? sql<SqlBool>`(${column} is not null and not (${test}))`
    : sql<SqlBool>`(${column} is not null and ${test})`;
}
