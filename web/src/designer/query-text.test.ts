import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/index.ts';
import { linesOf, offsetOf, problemLines, problemText, textProblemsOf } from './query-text.ts';

describe('positions in MQL text', () => {
  it('finds the offset of a line and column as the parser counts them', () => {
    expect(offsetOf('ab\ncd', 2, 2)).toBe(4);
    expect(offsetOf('ab\r\ncd', 2, 1)).toBe(4);
    expect(offsetOf('ab\rcd', 2, 2)).toBe(4);
    // A column counts characters: the emoji before "x" is one, though two UTF-16 units.
    expect(offsetOf("'😀x'", 1, 3)).toBe(3);
    expect(offsetOf('ab', 5, 9)).toBe(2);
  });

  it('numbers lines at every break the parser knows', () => {
    expect(linesOf('a\r\nb\rc\nd\u2028e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('says each problem with its line and column, and collects the lines to mark', () => {
    const problems = [
      { message: 'A ) is missing.', line: 3, column: 7 },
      { message: 'Unknown attribute.', line: 3, column: 1 },
      { message: 'The text is too long.' },
    ];
    expect(problems.map(problemText)).toEqual([
      'Line 3, column 7: A ) is missing.',
      'Line 3, column 1: Unknown attribute.',
      'The text is too long.',
    ]);
    expect([...problemLines(problems)]).toEqual([3]);
  });

  it('reads the problems of a refused parse, and any other failure as one problem', () => {
    const refused = new ApiError(422, 'INVALID_MQL', 'The MQL cannot be read.', [
      { code: 'MQL_SYNTAX', message: 'A ) is missing.', path: 'mql', line: 2, column: 4 },
    ]);
    expect(textProblemsOf(refused)).toEqual([{ message: 'A ) is missing.', line: 2, column: 4 }]);
    const offline = new ApiError(0, 'NETWORK', 'The Segmint server cannot be reached.');
    expect(textProblemsOf(offline)).toEqual([{ message: 'The Segmint server cannot be reached.' }]);
  });
});
