import { ApiError, type Problem } from '../api/index.ts';

/** What a failed save says: messages by field, and those that name no field of the form. */
export interface FieldProblems {
  readonly byField: Readonly<Record<string, readonly string[]>>;
  readonly general: readonly string[];
}

/** No problems. */
export const noProblems: FieldProblems = { byField: {}, general: [] };

/** The field (attribute) a problem's path names: `birthdate`, `body.birthdate`, `['body', 'birthdate']`. */
function fieldOf(path: Problem['path'], fields: ReadonlySet<string>): string | undefined {
  const parts = typeof path === 'string' ? path.split(/[.[\]]/) : path.map(String);
  return parts.find((part) => fields.has(part));
}

/**
 * Sorts an error from the API into the fields it concerns (each problem with a `path` naming one), so
 * that each message is shown next to its field; the rest, and an error with no problems, are general.
 *
 * @example
 * problemsOf(error, new Set(['birthdate'])).byField.birthdate; // ['Birthday: expected a date …']
 */
export function problemsOf(error: unknown, fields: ReadonlySet<string>): FieldProblems {
  if (!(error instanceof ApiError)) return { byField: {}, general: [String(error)] };
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const problem of error.problems) {
    const field = fieldOf(problem.path, fields);
    if (field === undefined) general.push(problem.message);
    else (byField[field] ??= []).push(problem.message);
  }
  if (error.problems.length === 0) general.push(error.message);
  else if (general.length === 0)
    general.unshift(`${error.message.split(':')[0] ?? 'Not saved'}. Correct the fields marked below.`);
  return { byField, general };
}
