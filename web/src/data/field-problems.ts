import { ApiError, type Problem } from '../api/index.ts';

/** What a failed save says: messages by field, and those that name no field of the form. */
export interface FieldProblems {
  readonly byField: Readonly<Record<string, readonly string[]>>;
  readonly general: readonly string[];
}

/** No problems. */
export const noProblems: FieldProblems = { byField: {}, general: [] };

/**
 * The field a problem's path names: its first part (`birthdate`, `options[0].value`, `lookups[0].to`),
 * or the one after the request's `body` (`body.birthdate`), when a field of
 * the form has that name.
 */
function fieldOf(path: Problem['path'], fields: ReadonlySet<string>): string | undefined {
  const [first, second] = path.split(/[.[\]]/);
  if (first !== undefined && fields.has(first)) return first;
  return first === 'body' && second !== undefined && fields.has(second) ? second : undefined;
}

/** What failed, from an error's message: up to its first colon, without a closing full stop. */
function headline(message: string): string {
  return (message.split(':')[0] ?? 'Not saved').replace(/\.$/, '');
}

/**
 * Sorts an error from the API into the fields it concerns (each problem with a `path` naming one), so
 * that each message is shown next to its field; the rest, and an error with no problems, are general.
 * When every problem has its field, the general message says the save failed (the error's message up
 * to its first colon) and points at the fields.
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
    general.unshift(`${headline(error.message)}. Correct the fields marked below.`);
  return { byField, general };
}
