import { ApiError, type MqlProblem, type Problem } from '../api/index.ts';
import { messageOf } from './problem-list.tsx';

/**
 * A problem with MQL text as `POST /api/mql/parse` reports it (the OpenAPI document's `MqlProblem`):
 * what to do, and where: the line, from 1, and the column in it, from 1, counting characters
 * (Unicode code points) as the parser does; both absent for a problem of the whole text (too long, say).
 */
export type TextProblem = Pick<MqlProblem, 'message'> & Partial<Pick<MqlProblem, 'line' | 'column'>>;

// The parser's line breaks (src/mql/tokenize.ts): \r\n, a lone \r, \n, and the Unicode separators.
const lineBreak = /\r\n|\r|\n|\u2028|\u2029/;

/** The lines of `text`, as the parser numbers them. */
export function linesOf(text: string): readonly string[] {
  return text.split(lineBreak);
}

/**
 * The offset in `text` (UTF-16 units, as a text area's selection counts) of `line` and `column`;
 * past the end of a line or of the text, its end.
 *
 * @example
 * offsetOf('ab\ncd', 2, 2); // 4, the "d"
 */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  const lines = linesOf(text);
  for (let at = 1; at < line && at <= lines.length; at += 1) {
    const current = lines[at - 1] ?? '';
    offset += current.length;
    // The break's own length: two units for \r\n.
    offset += text.startsWith('\r\n', offset) ? 2 : offset < text.length ? 1 : 0;
  }
  const chars = Array.from(lines[line - 1] ?? '');
  return offset + chars.slice(0, Math.max(0, column - 1)).join('').length;
}

/** "Line 2, column 11: …", or the message alone for a problem of the whole text. */
export function problemText(problem: TextProblem): string {
  if (problem.line === undefined) return problem.message;
  return `Line ${problem.line}, column ${problem.column ?? 1}: ${problem.message}`;
}

/** The lines that have problems, for the marks beside them. */
export function problemLines(problems: readonly TextProblem[]): ReadonlySet<number> {
  return new Set(problems.flatMap((p) => (p.line === undefined ? [] : [p.line])));
}

/** The line and column of a problem that has them (an MQL problem; a definition's has a path instead). */
function positionOf({ line, column }: Problem): Pick<TextProblem, 'line' | 'column'> {
  return typeof line === 'number' ? { line, ...(typeof column === 'number' ? { column } : {}) } : {};
}

/**
 * The problems a refused parse answers, each with its line and column (422 INVALID_MQL); a refusal
 * without details (a network failure, a key without the scope) as one problem of the whole text.
 */
export function textProblemsOf(error: unknown): readonly TextProblem[] {
  if (error instanceof ApiError && error.problems.length > 0) {
    return error.problems.map((problem) => ({ message: messageOf(problem), ...positionOf(problem) }));
  }
  return [{ message: error instanceof Error ? error.message : String(error) }];
}
