import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { assertNever, type ValidCondition } from '../definition/nodes.ts';
import type { PositiveOperator, PositiveOperatorOf } from '../definition/operator-catalogue.ts';
import { typeOffers } from '../definition/operator-sets.ts';
import { timeTest, type TimeTest } from '../definition/time-range.ts';
import type { AttributeType } from '../schema/attribute-type.ts';
import { scaleOf } from '../schema/attribute-value.ts';
import { decimalFromInput } from '../schema/decimal.ts';
import type { AttributeDef } from '../schema/schema-types.ts';
import type { CompileContext } from './compile-context.ts';
import { CompileError } from './compile-error.ts';
import { textPredicate } from './text-predicate.ts';
import type { SqlDialect } from './sql-dialect.ts';
import { inValues } from './value-list.ts';

/**
 * The positive form of a condition, assuming the column is not null: the caller adds the null test
 * and, for a negated operator, the negation.
 */
export function valuePredicate(
  column: RawBuilder<unknown>,
  attribute: AttributeDef,
  node: ValidCondition,
  operator: PositiveOperator,
  context: CompileContext,
  path: string,
  foldKey?: (column: RawBuilder<unknown>) => RawBuilder<string>,
): RawBuilder<SqlBool> {
  const { dialect } = context;
  const type = attribute.type;
  switch (type) {
    case 'string':
      return textPredicate(column, offered(type, operator, path), node.values, context, foldKey);
    case 'integer':
      return numberTests[offered(type, operator, path)](column, node.values.map(Number), dialect);
    case 'decimal':
    case 'money': {
      const scale = scaleOf(attribute);
      const params = node.values.map((v) => {
        const text = decimalFromInput(v);
        if (text === undefined) throw new CompileError(`"${String(v)}" is not a number`, path);
        return dialect.decimalParam(text, scale);
      });
      return numberTests[offered(type, operator, path)](column, params, dialect);
    }
    case 'boolean':
      return booleanTests[offered(type, operator, path)](column, [
        dialect.booleanParam(node.values[0] === true),
      ]);
    case 'choice':
    case 'lookup':
      return optionTests[offered(type, operator, path)](column, node.values.map(String), dialect);
    case 'multichoice': {
      const values = [...new Set(node.values.map(String))].sort();
      return multichoiceTests[offered(type, operator, path)](column, values, dialect);
    }
    case 'date':
    case 'datetime': {
      const test = timeTest(type, offered(type, operator, path), node.values, node.unit, context.clock);
      return timePredicate(column, test, context);
    }
    default:
      return assertNever(type);
  }
}

/**
 * The operator as one that attribute type `type` offers. Validation has checked it (OPERATOR_NOT_ALLOWED),
 * so this refuses only a query compiled without it.
 */
function offered<T extends AttributeType>(
  type: T,
  operator: PositiveOperator,
  path: string,
): PositiveOperatorOf<T> {
  if (typeOffers(type, operator)) return operator;
  throw new CompileError(`${type} attributes do not offer "${operator}"`, path);
}

type ValueTest = (
  column: RawBuilder<unknown>,
  params: readonly unknown[],
  dialect: SqlDialect,
) => RawBuilder<SqlBool>;

/** Comparisons of numbers; `between` includes both bounds, several `equals` values are OR'd. */
const numberTests = {
  equals: (column, params, dialect) => inValues(dialect, column, params),
  greaterThan: (column, [first]) => sql<SqlBool>`${column} > ${first}`,
  greaterOrEqual: (column, [first]) => sql<SqlBool>`${column} >= ${first}`,
  lessThan: (column, [first]) => sql<SqlBool>`${column} < ${first}`,
  lessOrEqual: (column, [first]) => sql<SqlBool>`${column} <= ${first}`,
  between: (column, [first, second]) => sql<SqlBool>`(${column} >= ${first} and ${column} <= ${second})`,
} satisfies Record<PositiveOperatorOf<'integer' | 'decimal' | 'money'>, ValueTest>;

/** Yes/no: the one value given. */
const booleanTests = {
  equals: (column, [value]) => sql<SqlBool>`${column} = ${value}`,
} satisfies Record<PositiveOperatorOf<'boolean'>, ValueTest>;

/** Choices and lookups: one of the option values or record ids, exactly. */
const optionTests = {
  equals: (column, values, dialect) => inValues(dialect, column, values),
} satisfies Record<PositiveOperatorOf<'choice' | 'lookup'>, ValueTest>;

/** Multiple choices, over the sorted distinct option values: any of, all of, or exactly the set. */
const multichoiceTests = {
  containsAnyOf: (column, values, dialect) => dialect.multichoiceAny(column, values.map(String)),
  containsAllOf: (column, values, dialect) => dialect.multichoiceAll(column, values.map(String)),
  equals: (column, values, dialect) => dialect.multichoiceEquals(column, values.map(String)),
} satisfies Record<PositiveOperatorOf<'multichoice'>, ValueTest>;

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
