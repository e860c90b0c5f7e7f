import type { Problem } from '../schema/index.ts';

/**
 * One line per problem, as `segment validate` prints them and scripts can grep them:
 * `query.blocks[0].where.children[1].operator: "after" does not apply to text (invalid_operator)`.
 */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map(
    (problem) =>
      `${problem.path === '' ? '(definition)' : problem.path}: ${problem.message} (${problem.code})`,
  );
}
