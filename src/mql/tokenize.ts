import { mqlProblem, type MqlProblem, type Position } from './mql-problem.ts';

/** The tokens of MQL. `symbol` holds punctuation and operators: `( ) , . == != >= <= > < && || + - * / =`. */
export type Token =
  | { readonly kind: 'ident'; readonly text: string; readonly at: Position; readonly end: Position }
  | {
      readonly kind: 'string';
      readonly text: string;
      readonly value: string;
      readonly at: Position;
      readonly end: Position;
    }
  | { readonly kind: 'number'; readonly text: string; readonly at: Position; readonly end: Position }
  | { readonly kind: 'symbol'; readonly text: string; readonly at: Position; readonly end: Position }
  | { readonly kind: 'eof'; readonly text: ''; readonly at: Position; readonly end: Position };

const symbols = ['==', '!=', '>=', '<=', '&&', '||', '(', ')', ',', '.', '>', '<', '+', '-', '*', '/', '='];

// Real queries hold non-breaking and other Unicode spaces; `\s` with the `u` flag matches them all.
const space = /\s/u;
const identStart = /[\p{L}_]/u;
const identPart = /[\p{L}\p{N}_]/u;
const digit = /[0-9]/;

/**
 * Splits MQL into tokens, tracking 1-based line and column (a column counts Unicode code points).
 * Never throws: characters MQL does not use and unterminated strings become problems, and the
 * rest of the text is still read so that every problem is reported at once.
 */
export function tokenize(text: string): { tokens: Token[]; problems: MqlProblem[] } {
  const chars = Array.from(text);
  const tokens: Token[] = [];
  const problems: MqlProblem[] = [];
  let i = 0;
  let offset = 0;
  let line = 1;
  let column = 1;
  const here = (): Position => ({ line, column, offset });
  const advance = (): string => {
    const c = chars[i] ?? '';
    i += 1;
    offset += c.length;
    if (c === '\n' || (c === '\r' && chars[i] !== '\n') || c === '\u2028' || c === '\u2029') {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
    return c;
  };
  while (i < chars.length) {
    const c = chars[i] ?? '';
    const at = here();
    if (space.test(c) || c === '\ufeff' || c === '\u200b') {
      advance();
    } else if (identStart.test(c)) {
      let word = '';
      while (i < chars.length && identPart.test(chars[i] ?? '')) word += advance();
      tokens.push({ kind: 'ident', text: word, at, end: here() });
    } else if (digit.test(c)) {
      let number = '';
      while (i < chars.length && digit.test(chars[i] ?? '')) number += advance();
      if (chars[i] === '.' && digit.test(chars[i + 1] ?? '')) {
        number += advance();
        while (i < chars.length && digit.test(chars[i] ?? '')) number += advance();
      }
      tokens.push({ kind: 'number', text: number, at, end: here() });
    } else if (c === "'" || c === '‘' || c === '’') {
      advance();
      let value = '';
      let raw = c;
      let closed = false;
      while (i < chars.length) {
        const d = chars[i] ?? '';
        if (d === '\\' && (chars[i + 1] === "'" || chars[i + 1] === '\\')) {
          raw += advance();
          const escaped = advance();
          raw += escaped;
          value += escaped;
        } else if (d === "'" && chars[i + 1] === "'") {
          raw += advance() + advance();
          value += "'";
        } else if (d === "'" || d === '’' || d === '‘') {
          raw += advance();
          closed = true;
          break;
        } else {
          value += d;
          raw += advance();
        }
      }
      if (!closed) {
        problems.push(
          mqlProblem(
            'MQL_UNTERMINATED_STRING',
            at,
            "This text has no closing quote ('): close it where the text ends.",
          ),
        );
      }
      tokens.push({ kind: 'string', text: raw, value, at, end: here() });
    } else if (c === '"') {
      problems.push(
        mqlProblem(
          'MQL_UNEXPECTED_CHARACTER',
          at,
          'MQL writes text in single quotes: write \'text\', not "text".',
        ),
      );
      advance();
      let value = '';
      while (i < chars.length && chars[i] !== '"' && chars[i] !== '\n') value += advance();
      if (chars[i] === '"') advance();
      tokens.push({ kind: 'string', text: `"${value}"`, value, at, end: here() });
    } else {
      const two = c + (chars[i + 1] ?? '');
      const symbol = symbols.find((s) => s === two) ?? symbols.find((s) => s === c);
      if (symbol === undefined) {
        problems.push(
          mqlProblem(
            'MQL_UNEXPECTED_CHARACTER',
            at,
            `MQL does not use the character "${c}" here; remove it.`,
          ),
        );
        advance();
      } else {
        for (let k = 0; k < symbol.length; k++) advance();
        tokens.push({ kind: 'symbol', text: symbol, at, end: here() });
      }
    }
  }
  const end = here();
  tokens.push({ kind: 'eof', text: '', at: end, end });
  return { tokens, problems };
}
