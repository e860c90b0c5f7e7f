import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ConditionValue } from '../definition/nodes.ts';
import { foldCase } from '../schema/fold-case.ts';
import type { CompileContext } from './compile-context.ts';
import { CompileError } from './compile-error.ts';

/**
 * The positive text operators on a non-null column. Text compares case-insensitively and exactly
 * otherwise, so both sides are folded; several values are OR'd. Matching is by position, never LIKE,
 * so `%`, `_` and `\` are only themselves and a value of any length is a plain parameter.
 */
export function textPredicate(
  column: RawBuilder<unknown>,
  operator: string,
  values: readonly ConditionValue[],
  context: CompileContext,
  path: string,
): RawBuilder<SqlBool> {
  const folded = values.map((v) => foldCase(String(v)));
  const { dialect } = context;
  const text = dialect.lower(column);
  const any = (test: (value: string) => RawBuilder<SqlBool>) =>
    folded.length === 1 && folded[0] !== undefined
      ? test(folded[0])
      : sql<SqlBool>`(${sql.join(folded.map(test), sql` or `)})`;
  switch (operator) {
    case 'equals':
      return sql<SqlBool>`${text} in (${sql.join(folded)})`;
    case 'contains':
      return any((value) => dialect.textContains(text, value));
    case 'beginsWith':
      return any((value) => dialect.textBeginsWith(text, value));
    case 'endsWith':
      return any((value) => dialect.textEndsWith(text, value));
    default:
      throw new CompileError(`"${operator}" is not a text operator`, path);
  }
}
