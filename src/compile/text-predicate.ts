import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ConditionValue } from '../definition/nodes.ts';
import type { CompileContext } from './compile-context.ts';
import { CompileError } from './compile-error.ts';
import { likeEscape, likePattern } from './like-pattern.ts';

/**
 * The positive text operators on a non-null column. Text compares case-insensitively and exactly
 * otherwise, so both sides are folded to lower case; several values are OR'd.
 */
export function textPredicate(
  column: RawBuilder<unknown>,
  operator: string,
  values: readonly ConditionValue[],
  context: CompileContext,
  path: string,
): RawBuilder<SqlBool> {
  const folded = values.map((v) => String(v).toLowerCase());
  const lowered = context.dialect.lower(column);
  switch (operator) {
    case 'equals':
      return sql<SqlBool>`${lowered} in (${sql.join(folded)})`;
    case 'contains':
    case 'beginsWith':
    case 'endsWith': {
      const tests = folded.map(
        (v) => sql<SqlBool>`${lowered} like ${likePattern(v, operator)} escape ${sql.lit(likeEscape)}`,
      );
      return sql<SqlBool>`(${sql.join(tests, sql` or `)})`;
    }
    default:
      throw new CompileError(`"${operator}" is not a text operator`, path);
  }
}
