import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ConditionNode } from '../definition/nodes.ts';
import { timeTest, type TimeOperator, type TimeTest } from '../definition/time-range.ts';
import { scaleOf } from '../schema/attribute-value.ts';
import { decimalFromInput } from '../schema/decimal.ts';
import type { AttributeDef } from '../schema/schema-types.ts';
import type { CompileContext } from './compile-context.ts';
import { CompileError } from './compile-error.ts';
import { textPredicate } from './text-predicate.ts';
import { inValues } from './value-list.ts';

/**
 * The positive form of a condition, assuming the column is not null: the caller adds the null test
 * and, for a negated operator, the negation.
 */
export function valuePredicate(
  column: RawBuilder<unknown>,
  attribute: AttributeDef,
  node: ConditionNode,
  operator: string,
  context: CompileContext,
  path: string,
  foldKey?: (column: RawBuilder<unknown>) => RawBuilder<string>,
): RawBuilder<SqlBool> {
  const { dialect } = context;
  switch (attribute.type) {
    case 'string':
      return textPredicate(column, operator, node.values, context, path, foldKey);
    case 'integer':
      return orderedPredicate(column, operator, node.values.map(Number), context, path);
    case 'decimal':
    case 'money': {
      const scale = scaleOf(attribute);
      const params = node.values.map((v) => {
        const text = decimalFromInput(v);
        if (text === undefined) throw new CompileError(`"${String(v)}" is not a number`, path);
        return dialect.decimalParam(text, scale);
      });
      return orderedPredicate(column, operator, params, context, path);
    }
    case 'boolean':
      if (operator !== 'equals') throw new CompileError(`"${operator}" is not a yes/no operator`, path);
      return sql<SqlBool>`${column} = ${dialect.booleanParam(node.values[0] === true)}`;
    case 'choice':
    case 'lookup':
      if (operator !== 'equals') throw new CompileError(`"${operator}" is not an option operator`, path);
      return inValues(dialect, column, node.values.map(String));
    case 'multichoice': {
      const values = [...new Set(node.values.map(String))].sort();
      if (operator === 'containsAnyOf') return dialect.multichoiceAny(column, values);
      if (operator === 'containsAllOf') return dialect.multichoiceAll(column, values);
      if (operator === 'equals') return dialect.multichoiceEquals(column, values);
      throw new CompileError(`"${operator}" is not a multiple-choice operator`, path);
    }
    case 'date':
    case 'datetime': {
      const test = timeTest(attribute.type, operator as TimeOperator, node.values, node.unit, context.clock);
      return timePredicate(column, test, context);
    }
  }
}

/** Comparisons of numbers; `between` includes both bounds, several `equals` values are OR'd. */
function orderedPredicate(
  column: RawBuilder<unknown>,
  operator: string,
  params: readonly unknown[],
  context: CompileContext,
  path: string,
): RawBuilder<SqlBool> {
  const [first, second] = params;
  switch (operator) {
    case 'equals':
      return inValues(context.dialect, column, params);
    case 'greaterThan':
      return sql<SqlBool>`${column} > ${first}`;
    case 'greaterOrEqual':
      return sql<SqlBool>`${column} >= ${first}`;
    case 'lessThan':
      return sql<SqlBool>`${column} < ${first}`;
    case 'lessOrEqual':
      return sql<SqlBool>`${column} <= ${first}`;
    case 'between':
      return sql<SqlBool>`(${column} >= ${first} and ${column} <= ${second})`;
    default:
      throw new CompileError(`"${operator}" is not a number operator`, path);
  }
}

/** A resolved date test: a half-open range of stored values, or month-day spans for anniversaries. */
export function timePredicate(
  column: RawBuilder<unknown>,
  test: TimeTest,
  context: CompileContext,
): RawBuilder<SqlBool> {
  if (test.kind === 'anniversary') {
    if (test.spans.length === 0) return sql<SqlBool>`false`;
    const monthDay = context.dialect.monthDay(column);
    const spans = test.spans.map((s) => sql<SqlBool>`${monthDay} between ${s.from} and ${s.to}`);
    return sql<SqlBool>`(${sql.join(spans, sql` or `)})`;
  }
  const bounds: RawBuilder<SqlBool>[] = [];
  if (test.from !== undefined) bounds.push(sql<SqlBool>`${column} >= ${test.from}`);
  if (test.to !== undefined) bounds.push(sql<SqlBool>`${column} < ${test.to}`);
  if (bounds.length === 0) return sql<SqlBool>`true`;
  return bounds.length === 1 && bounds[0] ? bounds[0] : sql<SqlBool>`(${sql.join(bounds, sql` and `)})`;
}
