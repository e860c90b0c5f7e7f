import type { Problem } from './problem.ts';
import { problemList } from './problem-list.ts';

/**
 * The rules for the logical names of custom entities, attributes and relationships. A logical name
 * becomes a table or column name, so it is kept to lower-case letters, digits and `_`.
 */

/** The longest logical name an entity, attribute or relationship may have. */
export const maxLogicalNameLength = 50;

const logicalNamePattern = /^[a-z][a-z0-9_]*$/;

/** Problems with a logical name: lower-case letters, digits and `_`, from a letter, ≤ 50, not `id` or `sm_…`. */
export function logicalNameProblems(value: unknown, path: string, what: string): Problem[] {
  const { problems, add } = problemList();
  if (typeof value !== 'string' || value === '')
    add('missing_name', path, `The ${what} needs a logical name.`);
  else if (!logicalNamePattern.test(value)) {
    add('invalid_name', path, `"${value}" is not a valid ${what} name: use a-z, 0-9 and _, from a letter.`);
  } else if (value.length > maxLogicalNameLength) {
    add('name_too_long', path, `The ${what} name is longer than ${maxLogicalNameLength} characters.`);
  } else if (value === 'id' || value.startsWith('sm_')) {
    add('reserved_name', path, `"${value}" is reserved: a name may not be "id" or start with "sm_".`);
  }
  return problems;
}
