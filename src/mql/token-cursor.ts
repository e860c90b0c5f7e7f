import { mqlProblem, type MqlProblem, type MqlProblemCode, type Position } from './mql-problem.ts';
import type { Name } from './syntax.ts';
import type { Token } from './tokenize.ts';

/** A syntax error: thrown inside the parser only, caught where it can resume. */
export class SyntaxProblem extends Error {
  constructor(readonly problem: MqlProblem) {
    super(problem.message);
  }
}

/** Deeper nesting than this is refused rather than risk the stack. */
const maxDepth = 64;

/** A token as a message names it. */
export function describe(token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'the end of the query';
    case 'string':
      return `the text ${token.text}`;
    default:
      return `"${token.text}"`;
  }
}

/** The parser's place in the tokens, and the small steps every rule takes. */
export class TokenCursor {
  #pos = 0;
  #depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** How many tokens have been read. */
  get position(): number {
    return this.#pos;
  }

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.#pos + ahead, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.#pos += 1;
    return token;
  }

  fail(code: MqlProblemCode, at: Position, message: string): never {
    throw new SyntaxProblem(mqlProblem(code, at, message));
  }

  isSymbol(token: Token, text: string): boolean {
    return token.kind === 'symbol' && token.text === text;
  }

  isWord(token: Token, word: string): boolean {
    return token.kind === 'ident' && token.text.toUpperCase() === word;
  }

  expectSymbol(text: string, context: string): Token {
    const token = this.peek();
    if (this.isSymbol(token, text)) return this.next();
    if (text === ')' && token.kind !== 'eof' && !this.isSymbol(token, ',')) {
      return this.fail(
        'MQL_SYNTAX',
        token.at,
        `Expected ")" to close ${context}, found ${describe(token)}: an operator such as == or && may be missing before it.`,
      );
    }
    return this.fail('MQL_SYNTAX', token.at, `Expected "${text}" ${context}, found ${describe(token)}.`);
  }

  expectName(what: string): Name {
    const token = this.peek();
    if (token.kind === 'ident') {
      this.next();
      return { text: token.text, at: token.at };
    }
    return this.fail('MQL_SYNTAX', token.at, `Expected ${what}, found ${describe(token)}.`);
  }

  /** A name, or the same in quotes (`TRAVERSE('SubscribedToActivity')`). */
  nameOrString(what: string): Name {
    const token = this.peek();
    if (token.kind === 'string') {
      this.next();
      return { text: token.value, at: token.at };
    }
    return this.expectName(what);
  }

  /** Reads one bracket level deeper, refusing past `maxDepth`. */
  nested<T>(at: Position, read: () => T): T {
    this.#depth += 1;
    try {
      if (this.#depth > maxDepth) {
        this.fail('MQL_SYNTAX', at, `The query nests brackets deeper than ${maxDepth} levels; simplify it.`);
      }
      return read();
    } finally {
      this.#depth -= 1;
    }
  }
}
