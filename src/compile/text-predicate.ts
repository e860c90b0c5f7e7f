import type { RawBuilder, SqlBool } from 'kysely';
import type { ConditionValue } from '../definition/nodes.ts';
import { foldCase } from '../schema/fold-case.ts';
import type { CompileContext } from './compile-context.ts';
import { CompileError } from './compile-error.ts';
import type { TextOperand } from './sql-dialect.ts';
import { anyValue, inValues } from './value-list.ts';

/**
 * The positive text operators on a non-null column. Text compares case-insensitively and exactly
 * otherwise, so both sides are folded; several values are OR'd. Matching is by position, never LIKE,
 * so `%`, `_` and `\` are only themselves and a value of any length is a plain parameter. `foldKey` is
 * an index's key on the fold of the column (`SqlDialect.foldIndexKey`), which `equals` tests instead.
 */
export function textPredicate(
  column: RawBuilder<unknown>,
  operator: string,
  values: readonly ConditionValue[],
  context: CompileContext,
  path: string,
  foldKey?: (column: RawBuilder<unknown>) => RawBuilder<string>,
): RawBuilder<SqlBool> {
  const folded = values.map((v) => foldCase(String(v)));
  const { dialect } = context;
  const test = foldedTest(operator, folded, context, path);
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

/** The operator as a test of the folded text against the folded values. */
function foldedTest(
  operator: string,
  folded: readonly string[],
  context: CompileContext,
  path: string,
): (text: RawBuilder<string>) => RawBuilder<SqlBool> {
  const { dialect } = context;
  // Several values are OR'd; a long list is one parameter (value-list.ts).
  const any = (test: (value: TextOperand) => RawBuilder<SqlBool>) => anyValue(dialect, folded, test);
  switch (operator) {
    case 'equals':
      return (text) => inValues(dialect, text, folded);
    case 'contains':
      return (text) => any((value) => dialect.textContains(text, value));
    case 'beginsWith':
      return (text) => any((value) => dialect.textBeginsWith(text, value));
    case 'endsWith':
      return (text) => any((value) => dialect.textEndsWith(text, value));
    default:
      throw new CompileError(`"${operator}" is not a text operator`, path);
  }
}
