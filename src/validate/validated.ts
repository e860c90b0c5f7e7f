import { hasKnownOperators, typedDefinition } from '../definition/known-operators.ts';
import type { Query, SegmentDefinition, ValidDefinition, ValidQuery } from '../definition/nodes.ts';
import type { ParseResult } from '../definition/parse-definition.ts';
import type { Problem } from '../schema/problem.ts';
import { problem } from './problem-codes.ts';
import { validateDefinition } from './validate-definition.ts';
import { validateQuery } from './validate-query.ts';
import type { ValidationContext } from './validation-context.ts';

/**
 * A parsed definition validated into the typed tree that compile and evaluate take (every operator
 * one of the catalogue's), or every problem, as `validateDefinition` reports them.
 *
 * @example
 * const checked = validatedDefinition(parsed.value, { schema, segments });
 * if (checked.ok && checked.value.query) compileQuery(checked.value.query, options);
 */
export function validatedDefinition(
  definition: SegmentDefinition,
  context: ValidationContext,
): ParseResult<ValidDefinition> {
  const problems = validateDefinition(definition, context);
  if (problems.length > 0) return { ok: false, problems };
  const typed = typedDefinition(definition);
  return typed ? { ok: true, value: typed } : { ok: false, problems: [unknownOperator('query')] };
}

/** A parsed query validated into the typed tree, or every problem, as `validateQuery` reports them. */
export function validatedQuery(
  query: Query,
  context: ValidationContext,
  basePath = 'query',
  timeZone?: string,
): ParseResult<ValidQuery> {
  const problems = validateQuery(query, context, basePath, timeZone);
  if (problems.length > 0) return { ok: false, problems };
  return hasKnownOperators(query)
    ? { ok: true, value: query }
    : { ok: false, problems: [unknownOperator(basePath)] };
}

/** Validation checks every operator, so this is never reached; it keeps the typing honest without a cast. */
function unknownOperator(path: string): Problem {
  return problem('UNKNOWN_OPERATOR', path, 'A condition names an operator that does not exist.');
}
