import type { Problem } from '../api/index.ts';
import { problemPath } from './problem-index.ts';

/** What to do about a control left empty, in place of the shape check's wording. */
const emptyControlMessages: Readonly<Record<string, string>> = {
  attribute: 'Select an attribute for this row.',
  operator: 'Select an attribute for this row.',
  relationship: 'Select the related entity.',
  segment: 'Select the segment this block reads.',
};

/**
 * The message shown for a problem: the server's, except for controls left empty, whose shape-check
 * wording ("Too small: expected string to have >=1 characters.") says nothing to a marketer.
 */
export function messageOf(problem: Problem): string {
  if (problem.code !== 'INVALID_SHAPE' || !problem.message.startsWith('Too small')) return problem.message;
  const control = /\.(\w+)$/.exec(problemPath(problem))?.[1] ?? '';
  return emptyControlMessages[control] ?? problem.message;
}

/**
 * The problems of one node, shown right under it; the controls they concern point here with
 * `aria-describedby={id}`. Renders nothing when there are none.
 */
export function ProblemList({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const messages = [...new Set(problems.map(messageOf))];
  return (
    <div id={id} role="alert" className="designer-problems">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

/** ARIA props for a control that has `problems`, pointing at the list with `listId`. */
export function invalidProps(problems: readonly Problem[], listId: string) {
  return problems.length === 0 ? {} : ({ 'aria-invalid': true, 'aria-describedby': listId } as const);
}
