import type { RawBuilder, SqlBool } from 'kysely';
import type { ConditionValue } from '../definition/nodes.ts';
import type { PositiveOperatorOf } from '../definition/operator-catalogue.ts';
import { foldCase } from '../schema/fold-case.ts';
import type { CompileContext } from './compile-context.ts';
import type { SqlDialect } from './sql-dialect.ts';
import { anyValue, inValues } from './value-list.ts';

/**
 * The positive text operators on a non-null column. Text compares case-insensitively and exactly
 * otherwise, so both sides are folded; several values are OR'd. Matching is by position, never LIKE,
 * so `%`, `_` and `\` are only themselves and a value of any length is a plain parameter. `foldKey` is
 * an index's key on the fold of the column (`SqlDialect.foldIndexKey`), which `equals` tests instead.
 */
export function textPredicate(
  column: RawBuilder<unknown>,
  operator: PositiveOperatorOf<'string'>,
  values: readonly ConditionValue[],
  context: CompileContext,
  foldKey?: (column: RawBuilder<unknown>) => RawBuilder<string>,
): RawBuilder<SqlBool> {
  const folded = values.map((v) => foldCase(String(v)));
  const { dialect } = context;
  const test = foldedTests[operator](folded, dialect);
  // The indexed key is the fold itself ('' only for a missing value, which the caller excludes).
  if (foldKey && operator === 'equals') return test(foldKey(column));
  return dialect.asciiFoldedTest && folded.every((v) => isAscii(v))
    ? dialect.asciiFoldedTest(column, test)
    : test(dialect.lower(column));
}

/** Whether every character of `text` is ASCII. */
function isAscii(text: string): boolean {
  return /^\p{ASCII}*$/u.test(text);
}

type FoldedTest = (
  folded: readonly string[],
  dialect: SqlDialect,
) => (text: RawBuilder<string>) => RawBuilder<SqlBool>;

/**
 * Each operator as a test of the folded text against the folded values. Several values are OR'd; a
 * long list is one parameter (value-list.ts).
 */
const foldedTests = {
  equals: (folded, dialect) => (text) => inValues(dialect, text, folded),
  contains: (folded, dialect) => (text) =>
    anyValue(dialect, folded, (value) => dialect.textContains(text, value)),
  beginsWith: (folded, dialect) => (text) =>
    anyValue(dialect, folded, (value) => dialect.textBeginsWith(text, value)),
  endsWith: (folded, dialect) => (text) =>
    anyValue(dialect, folded, (value) => dialect.textEndsWith(text, value)),
} satisfies Record<PositiveOperatorOf<'string'>, FoldedTest>;
