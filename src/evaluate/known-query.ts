import { hasKnownOperators } from '../definition/known-operators.ts';
import type { Query, ValidQuery } from '../definition/nodes.ts';
import { EvaluationError } from './evaluation-error.ts';

/**
 * The query with its operators typed: the one check of operators, for callers holding a parsed query
 * (`validatedQuery` gives a typed one). A validated query always passes.
 */
export function knownQuery(query: Query): ValidQuery {
  if (hasKnownOperators(query)) return query;
  throw new EvaluationError(
    'UNSUPPORTED_OPERATOR',
    'a condition names an unknown operator: validate the query first',
    'query',
  );
}
