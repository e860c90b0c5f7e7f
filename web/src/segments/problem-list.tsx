import type { Problem } from '../api/index.ts';

/** Every problem, each with where it is, as a list a screen reader announces. */
export function ProblemList({ problems, title }: { problems: readonly Problem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="problem-list card">
      <p className="error">{title}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${problem.path}-${problem.code}-${i}`}>
            {problem.message}
            {problem.path === '' ? null : <span className="muted"> (at {problem.path})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** An error message in an alert, or nothing. */
export function ErrorAlert({ message }: { message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}

/** The message of anything thrown: ApiError messages already say what to do. */
export function messageOf(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}
