import { Link } from '@fluentui/react-components';
import { problemText, type TextProblem } from './query-text.ts';

interface Props {
  readonly id: string;
  readonly problems: readonly TextProblem[];
  /** Puts the cursor at a problem's line and column in the text. */
  readonly onGoTo: (problem: TextProblem) => void;
}

/**
 * The problems of the MQL text, under it, each with its line and column; a problem with a position is
 * a button that puts the cursor there. Announced when it appears. Renders nothing when there are none.
 */
export function QueryProblemList({ id, problems, onGoTo }: Props) {
  if (problems.length === 0) return null;
  return (
    <div id={id} role="alert" className="designer-problems query-problems">
      <p>
        {problems.length === 1
          ? 'The query has a problem; the design is unchanged:'
          : `The query has ${problems.length} problems; the design is unchanged:`}
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.line === undefined ? (
              problemText(problem)
            ) : (
              <Link
                as="button"
                className="query-problem-link"
                onClick={() => {
                  onGoTo(problem);
                }}
              >
                {problemText(problem)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
