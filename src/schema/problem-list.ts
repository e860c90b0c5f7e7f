import type { Problem } from './problem.ts';

/** Adds one problem to a `problemList`: its stable code, the path it concerns and the message. */
export type AddProblem = (code: string, path: string, message: string) => void;

/**
 * An empty list of problems and the function that adds to it, so a check can report every problem it
 * finds instead of stopping at the first.
 *
 * @example
 * const { problems, add } = problemList();
 * add('MISSING_NAME', 'name', 'The entity needs a logical name.');
 */
export function problemList(): { readonly problems: Problem[]; readonly add: AddProblem } {
  const problems: Problem[] = [];
  const add: AddProblem = (code, path, message) => void problems.push({ code, message, path });
  return { problems, add };
}

/** True for text with something other than spaces in it: what a display name or a target must be. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
