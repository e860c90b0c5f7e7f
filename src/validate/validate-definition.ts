import { assertNever, type SegmentDefinition } from '../definition/nodes.ts';
import type { Problem } from '../schema/problem.ts';
import { problem } from './problem-codes.ts';
import { checkQuery } from './validate-query.ts';
import { validateTimeZone } from './validate-time-zone.ts';
import type { ValidationContext } from './validation-context.ts';

/**
 * Every problem of a parsed segment definition against the schema and the other segments, all at
 * once, each with a stable code, a message a marketer understands and its path. Empty means valid.
 *
 * @example
 * const parsed = parseDefinition(body);
 * const problems = parsed.ok ? validateDefinition(parsed.value, { schema, segments, selfId: id }) : parsed.problems;
 */
export function validateDefinition(definition: SegmentDefinition, context: ValidationContext): Problem[] {
  const problems = validateTimeZone(definition.timeZone, 'timeZone');
  const { query } = definition;
  switch (definition.type) {
    case 'dynamic':
      if (!query) {
        problems.push(
          problem(
            'MISSING_QUERY',
            'query',
            'A dynamic segment needs a query that says who its members are. Add a query block.',
          ),
        );
        return problems;
      }
      return [...problems, ...checkQuery(query, context, 'query', definition.timeZone, definition.name)];
    case 'static':
      // Its query is not checked: static segments hold members added by id or by addByQuery.
      if (query) {
        problems.push(
          problem(
            'QUERY_ON_STATIC',
            'query',
            'A static segment has no query: its members are added by id or by running a query once (add by query). Remove the query, or make the segment dynamic.',
          ),
        );
      }
      return problems;
    default:
      return assertNever(definition.type);
  }
}
