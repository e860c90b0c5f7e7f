import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { SqlDialect } from './sql-dialect.ts';

/**
 * How many values of one condition are written inline, each its own parameter (`in (?, ?, ?)`,
 * `instr(…, ?) > 0 or …`). A longer list is bound as one parameter (a JSON array on SQLite, an array
 * on PostgreSQL) and read back as rows, so no list a definition may hold (up to 1,000 values,
 * `definitionLimits`) can reach SQLite's 32,766 parameters, its expression depth of 1,000 (an `or` of
 * n terms is n deep) or PostgreSQL's 65,535 parameters. With at most 300 conditions in a definition
 * and at most 4 parameters per inline value (a `beginsWith` tested twice on SQLite), a statement binds
 * at most about 12,300. Ten, not more: SQLite takes time to prepare many inline terms (about 0.8 s
 * for the largest legal definition at ten, 3 s at twenty) while a list parameter costs little to
 * prepare and about a third more per row to test.
 */
export const inlineValueLimit = 10;

/** The expression is one of `values`: inline up to `inlineValueLimit`, otherwise over one list parameter. */
export function inValues(
  dialect: SqlDialect,
  expression: RawBuilder<unknown>,
  values: readonly unknown[],
): RawBuilder<SqlBool> {
  if (values.length <= inlineValueLimit) return sql<SqlBool>`${expression} in (${sql.join(values)})`;
  return dialect.inList(expression, values);
}

/**
 * `test` holds for at least one of the text `values` (the OR of several chips in a row): each written
 * inline up to `inlineValueLimit`, otherwise tested on the rows of one list parameter.
 */
export function anyValue(
  dialect: SqlDialect,
  values: readonly string[],
  test: (value: string | RawBuilder<string>) => RawBuilder<SqlBool>,
): RawBuilder<SqlBool> {
  const [only] = values;
  if (values.length === 1 && only !== undefined) return test(only);
  if (values.length <= inlineValueLimit) return sql<SqlBool>`(${sql.join(values.map(test), sql` or `)})`;
  return dialect.anyInList(values, test);
}

/**
 * A list as a JSON array, for SQLite's `json_each`. Scaled decimals past 2^53 are bigints, written as
 * their digits: SQLite reads a JSON integer within 64 bits exactly.
 */
export function jsonList(values: readonly unknown[]): string {
  return `[${values.map((v) => (typeof v === 'bigint' ? v.toString() : JSON.stringify(v))).join(',')}]`;
}
