import { mqlProblem, type MqlProblem, type MqlProblemCode, type Position } from './mql-problem.ts';
import type {
  ChainStep,
  CompareOp,
  CondExpr,
  HavingExpr,
  Name,
  RelatedExpr,
  SetExpr,
  SetOp,
  SetOperand,
  TextOp,
  ValueExpr,
} from './syntax.ts';
import type { Token } from './tokenize.ts';

/** A syntax error: thrown inside the parser only, caught where it can resume. */
class SyntaxProblem extends Error {
  constructor(readonly problem: MqlProblem) {
    super(problem.message);
  }
}

const setOps: Readonly<Record<string, SetOp>> = {
  UNION: 'union',
  INTERSECT: 'intersect',
  EXCEPT: 'exclude',
  MINUS: 'exclude',
};
const compareOps: readonly string[] = ['==', '!=', '>', '>=', '<', '<='];
const textOps: readonly string[] = ['CONTAINS', 'STARTSWITH', 'ENDSWITH'];
const pagingFunctions = new Set(['ORDERBY', 'SKIP', 'TAKE', 'SELECT', 'DISTINCT']);

/** Deeper nesting than this is refused rather than risk the stack. */
const maxDepth = 64;

function describe(token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'the end of the query';
    case 'string':
      return `the text ${token.text}`;
    default:
      return `"${token.text}"`;
  }
}

/**
 * Reads tokens into a syntax tree (`syntax.ts`) by recursive descent. After a syntax error it skips to
 * the next UNION, EXCEPT or INTERSECT and goes on, so that the problems of later parts are reported too.
 */
export function parseSyntax(tokens: readonly Token[]): {
  expr?: SetExpr | undefined;
  problems: MqlProblem[];
} {
  const problems: MqlProblem[] = [];
  let pos = 0;
  let depth = 0;

  const peek = (ahead = 0): Token => tokens[Math.min(pos + ahead, tokens.length - 1)] as Token;
  const next = (): Token => {
    const token = peek();
    if (token.kind !== 'eof') pos += 1;
    return token;
  };
  const fail = (code: MqlProblemCode, at: Position, message: string): never => {
    throw new SyntaxProblem(mqlProblem(code, at, message));
  };
  const isSymbol = (token: Token, text: string): boolean => token.kind === 'symbol' && token.text === text;
  const isWord = (token: Token, word: string): boolean =>
    token.kind === 'ident' && token.text.toUpperCase() === word;
  const expectSymbol = (text: string, context: string): Token => {
    const token = peek();
    if (isSymbol(token, text)) return next();
    if (text === ')' && token.kind !== 'eof' && !isSymbol(token, ',')) {
      return fail(
        'MQL_SYNTAX',
        token.at,
        `Expected ")" to close ${context}, found ${describe(token)}: an operator such as == or && may be missing before it.`,
      );
    }
    return fail('MQL_SYNTAX', token.at, `Expected "${text}" ${context}, found ${describe(token)}.`);
  };
  const expectName = (what: string): Name => {
    const token = peek();
    if (token.kind === 'ident') {
      next();
      return { text: token.text, at: token.at };
    }
    return fail('MQL_SYNTAX', token.at, `Expected ${what}, found ${describe(token)}.`);
  };
  const nested = <T>(at: Position, read: () => T): T => {
    depth += 1;
    try {
      if (depth > maxDepth)
        fail('MQL_SYNTAX', at, `The query nests brackets deeper than ${maxDepth} levels; simplify it.`);
      return read();
    } finally {
      depth -= 1;
    }
  };

  // ---- set expressions -------------------------------------------------------------------------

  const setOpAt = (token: Token): SetOp | undefined =>
    token.kind === 'ident' ? setOps[token.text.toUpperCase()] : undefined;

  function setExpr(closing: boolean): SetExpr {
    const first = operand();
    const rest: { op: SetOp; operand: SetOperand; at: Position }[] = [];
    for (;;) {
      const token = peek();
      const op = setOpAt(token);
      if (op !== undefined) {
        next();
        rest.push({ op, operand: operand(), at: token.at });
        continue;
      }
      if (token.kind === 'eof' || (closing && isSymbol(token, ')'))) break;
      trailing(token);
    }
    return { first, rest };
  }

  /** What follows a query where UNION, EXCEPT, INTERSECT or the end was expected: always a problem. */
  function trailing(token: Token): never {
    if (isSymbol(token, ')')) {
      fail('MQL_SYNTAX', token.at, 'This ")" closes no bracket: remove it.');
    }
    if (isSymbol(token, '.') && setOpAt(peek(1)) !== undefined) {
      fail(
        'MQL_SYNTAX',
        token.at,
        `Write set operations between queries, as in SEGMENT(a) ${peek(1).text.toUpperCase()} SEGMENT(b), not as .${peek(1).text}(…).`,
      );
    }
    if (isSymbol(token, '.') && peek(1).kind === 'ident' && pagingFunctions.has(peek(1).text.toUpperCase())) {
      fail(
        'MQL_NOT_EXPRESSIBLE',
        peek(1).at,
        `${peek(1).text.toUpperCase()} orders or pages the members of a query; a segment query selects members only, so remove it.`,
      );
    }
    return fail(
      'MQL_SYNTAX',
      token.at,
      `Expected UNION, EXCEPT or INTERSECT between two queries, or the end of the query, found ${describe(token)}.`,
    );
  }

  function operand(): SetOperand {
    const token = peek();
    if (isSymbol(token, '(')) {
      next();
      const expr = nested(token.at, () => setExpr(true));
      expectSymbol(')', 'the bracketed queries');
      return { kind: 'parens', expr, at: token.at };
    }
    if (token.kind !== 'ident') {
      return fail(
        'MQL_SYNTAX',
        token.at,
        `Expected PROFILE(…), SEGMENT(…) or INTERACTION(…), found ${describe(token)}.`,
      );
    }
    const word = token.text.toUpperCase();
    if (isSymbol(peek(1), '=')) {
      problems.push(
        mqlProblem(
          'MQL_SYNTAX',
          token.at,
          `"${token.text} = …" names a query, and a segment holds one query: create "${token.text}" as a segment of its own and use it here as SEGMENT(${token.text}).`,
        ),
      );
      next();
      next();
      return operand();
    }
    if (word === 'PROFILE') return profile();
    if (word === 'SEGMENT') return segment();
    if (word === 'INTERACTION') return interaction();
    if (!isSymbol(peek(1), '(')) {
      return fail(
        'MQL_SYNTAX',
        token.at,
        `"${token.text}" alone is not a query: write SEGMENT(${token.text}) to use the members of a segment.`,
      );
    }
    return fail(
      'MQL_UNKNOWN_FUNCTION',
      token.at,
      `A query starts with PROFILE(…), SEGMENT(…) or INTERACTION(…); "${token.text}" is none of them.`,
    );
  }

  function profile(): SetOperand {
    const start = next();
    expectSymbol('(', 'after PROFILE');
    const entity = nameOrString('the entity PROFILE selects, such as contact');
    let alias: Name | undefined;
    if (isSymbol(peek(), ',')) {
      next();
      alias = expectName('an alias after the comma, such as contact_1');
    }
    expectSymbol(')', 'PROFILE(…)');
    const steps: ChainStep[] = [];
    while (isSymbol(peek(), '.')) {
      const dot = peek();
      const fn = peek(1);
      if (isWord(fn, 'FILTER')) {
        next();
        next();
        steps.push({ kind: 'filter', condition: bracketedCondition('FILTER'), at: fn.at });
      } else if (isWord(fn, 'TRAVERSE')) {
        next();
        next();
        steps.push(traverse(fn.at));
      } else if (
        setOpAt(fn) !== undefined ||
        (fn.kind === 'ident' && pagingFunctions.has(fn.text.toUpperCase()))
      ) {
        break;
      } else if (isWord(fn, 'HAVING')) {
        fail('MQL_SYNTAX', fn.at, 'HAVING follows INTERACTION(…), not PROFILE(…).');
      } else {
        fail(
          fn.kind === 'ident' ? 'MQL_UNKNOWN_FUNCTION' : 'MQL_SYNTAX',
          fn.kind === 'eof' ? dot.at : fn.at,
          `After PROFILE(…) expected .FILTER(…) or .TRAVERSE(…), found ${describe(fn)}.`,
        );
      }
    }
    return { kind: 'profile', entity, alias, steps, at: start.at };
  }

  function nameOrString(what: string): Name {
    const token = peek();
    if (token.kind === 'string') {
      next();
      return { text: token.value, at: token.at };
    }
    return expectName(what);
  }

  function traverse(at: Position): ChainStep {
    expectSymbol('(', 'after TRAVERSE');
    const relationship = nameOrString(
      'the relationship TRAVERSE follows, such as contact_account_parentcustomerid',
    );
    let alias: Name | undefined;
    let filter: CondExpr | undefined;
    if (isSymbol(peek(), ',')) {
      next();
      if (isWord(peek(), 'FILTER') && isSymbol(peek(1), '(')) {
        next();
        filter = bracketedCondition('FILTER');
      } else {
        alias = expectName('an alias or FILTER(…) after the comma');
      }
    }
    expectSymbol(')', 'TRAVERSE(…)');
    return { kind: 'traverse', relationship, alias, filter, at };
  }

  function segment(): SetOperand {
    const start = next();
    expectSymbol('(', 'after SEGMENT');
    const token = peek();
    let ref: Name;
    let quoted = false;
    if (token.kind === 'string') {
      next();
      ref = { text: token.value, at: token.at };
      quoted = true;
    } else {
      ref = expectName('the name of a segment, such as SEGMENT(Newsletter)');
    }
    expectSymbol(')', 'SEGMENT(…)');
    return { kind: 'segment', ref, quoted, at: start.at };
  }

  function interaction(): SetOperand {
    const start = next();
    expectSymbol('(', 'after INTERACTION');
    const type = nameOrString('the interaction type, such as EmailOpened');
    if (!isSymbol(peek(), ',')) {
      fail(
        'MQL_SYNTAX',
        peek().at,
        `INTERACTION needs the type and its link, as in INTERACTION(${type.text}, ${type.text}_ContactLink).`,
      );
    }
    next();
    const link = nameOrString('the interaction link, such as EmailOpened_ContactLink');
    expectSymbol(')', 'INTERACTION(…)');
    const { filters, having } = filtersAndHaving('INTERACTION(…)');
    if (!having && isSymbol(peek(), ')')) {
      return fail('MQL_SYNTAX', peek().at, 'This ")" closes no bracket: remove it.');
    }
    if (!having) {
      return fail(
        'MQL_SYNTAX',
        peek().at,
        'INTERACTION(…) needs .HAVING(COUNT() > 0) or another count of interactions after it.',
      );
    }
    return { kind: 'interaction', type, link, filters, having, at: start.at };
  }

  function filtersAndHaving(owner: string): { filters: CondExpr[]; having?: HavingExpr | undefined } {
    const filters: CondExpr[] = [];
    let having: HavingExpr | undefined;
    while (isSymbol(peek(), '.')) {
      const fn = peek(1);
      if (isWord(fn, 'FILTER')) {
        if (having) {
          fail('MQL_SYNTAX', fn.at, `Put .FILTER(…) before .HAVING(…): ${owner}.FILTER(…).HAVING(…).`);
        }
        next();
        next();
        filters.push(bracketedCondition('FILTER'));
      } else if (isWord(fn, 'HAVING')) {
        if (having) fail('MQL_SYNTAX', fn.at, `${owner} takes one HAVING(…).`);
        next();
        next();
        having = havingExpr(fn.at);
      } else if (isWord(fn, 'TRAVERSE')) {
        fail(
          'MQL_NOT_EXPRESSIBLE',
          fn.at,
          `${owner} cannot be followed by TRAVERSE: its interactions already belong to contacts.`,
        );
      } else {
        break;
      }
    }
    return { filters, having };
  }

  function havingExpr(at: Position): HavingExpr {
    expectSymbol('(', 'after HAVING');
    const aggregate = expectName('COUNT() inside HAVING');
    expectSymbol('(', `after ${aggregate.text}`);
    if (!isSymbol(peek(), ')')) expectName(`the attribute ${aggregate.text} reads`);
    expectSymbol(')', `${aggregate.text}(…)`);
    const opToken = peek();
    if (opToken.kind !== 'symbol' || !compareOps.includes(opToken.text)) {
      fail(
        'MQL_SYNTAX',
        opToken.at,
        `Expected a comparison such as > 0 after ${aggregate.text}(), found ${describe(opToken)}.`,
      );
    }
    next();
    const count = value();
    let window: HavingExpr['window'];
    if (isSymbol(peek(), ',')) {
      next();
      const unit = expectName('UTCDAYS(n), UTCMONTHS(n) or UTCYEARS(n)');
      expectSymbol('(', `after ${unit.text}`);
      const last = value();
      let attribute: Name | undefined;
      if (isSymbol(peek(), ',')) {
        next();
        attribute = expectName('the date attribute the window reads');
      }
      expectSymbol(')', `${unit.text}(…)`);
      window = { unit, last, attribute };
    }
    expectSymbol(')', 'HAVING(…)');
    return { aggregate, op: opToken.text as CompareOp, count, window, at };
  }

  // ---- conditions -----------------------------------------------------------------------------

  function bracketedCondition(owner: string): CondExpr {
    const open = expectSymbol('(', `after ${owner}`);
    if (isSymbol(peek(), ')'))
      fail('MQL_SYNTAX', peek().at, `${owner}() is empty: write a condition inside it.`);
    const condition = nested(open.at, () => orExpr());
    expectSymbol(')', `${owner}(…)`);
    return condition;
  }

  function orExpr(): CondExpr {
    const first = andExpr();
    const items = [first];
    while (isSymbol(peek(), '||') || isWord(peek(), 'OR')) {
      next();
      items.push(andExpr());
    }
    return items.length === 1 ? first : { kind: 'or', items, at: first.at };
  }

  function andExpr(): CondExpr {
    const first = unary();
    const items = [first];
    while (isSymbol(peek(), '&&') || isWord(peek(), 'AND')) {
      next();
      items.push(unary());
    }
    return items.length === 1 ? first : { kind: 'and', items, at: first.at };
  }

  function unary(): CondExpr {
    const token = peek();
    if (isWord(token, 'NOT') && isSymbol(peek(1), '(')) {
      next();
      return { kind: 'not', expr: bracketedCondition('NOT'), at: token.at };
    }
    if ((isWord(token, 'ISNULL') || isWord(token, 'ISNOTNULL')) && isSymbol(peek(1), '(')) {
      next();
      next();
      const arg = value();
      expectSymbol(')', `${token.text.toUpperCase()}(…)`);
      return { kind: 'null', fn: token.text.toUpperCase() as 'ISNULL' | 'ISNOTNULL', arg, at: token.at };
    }
    if (isWord(token, 'TRAVERSE') && isSymbol(peek(1), '(')) {
      next();
      return { kind: 'related', related: related(token.at), at: token.at };
    }
    if (isSymbol(token, '(')) {
      next();
      const inner = nested(token.at, () => orExpr());
      expectSymbol(')', 'the bracketed condition');
      return inner;
    }
    return comparison();
  }

  function related(at: Position): RelatedExpr {
    expectSymbol('(', 'after TRAVERSE');
    const relationship = nameOrString('the relationship TRAVERSE follows');
    const filters: CondExpr[] = [];
    if (isSymbol(peek(), ',')) {
      next();
      if (!isWord(peek(), 'FILTER')) fail('MQL_SYNTAX', peek().at, 'Expected FILTER(…) after the comma.');
      next();
      filters.push(bracketedCondition('FILTER'));
    }
    expectSymbol(')', 'TRAVERSE(…)');
    const more = filtersAndHaving('TRAVERSE(…)');
    return { relationship, filters: [...filters, ...more.filters], having: more.having, at };
  }

  function comparison(): CondExpr {
    const left = value();
    const token = peek();
    if (token.kind === 'symbol' && compareOps.includes(token.text)) {
      next();
      return {
        kind: 'compare',
        op: token.text as CompareOp,
        left,
        right: value(),
        at: left.at,
        opAt: token.at,
      };
    }
    if (token.kind === 'ident' && textOps.includes(token.text.toUpperCase())) {
      next();
      return { kind: 'text', op: token.text.toUpperCase() as TextOp, left, right: value(), at: left.at };
    }
    if (isSymbol(token, '=')) {
      fail('MQL_SYNTAX', token.at, 'MQL compares with ==, not =: write == here.');
    }
    if (
      token.kind === 'number' ||
      token.kind === 'string' ||
      (token.kind === 'ident' && !isWord(token, 'OR') && !isWord(token, 'AND'))
    ) {
      fail(
        'MQL_SYNTAX',
        token.at,
        `A comparison operator (==, !=, >, >=, <, <=) or CONTAINS, STARTSWITH, ENDSWITH is missing before ${describe(token)}.`,
      );
    }
    return { kind: 'value', value: left, at: left.at };
  }

  // ---- values ---------------------------------------------------------------------------------

  function value(): ValueExpr {
    let left = term();
    while (isSymbol(peek(), '+') || isSymbol(peek(), '-')) {
      const op = next();
      left = { kind: 'arithmetic', op: op.text, left, right: term(), at: left.at };
    }
    return left;
  }

  function term(): ValueExpr {
    let left = factor();
    while (isSymbol(peek(), '*') || isSymbol(peek(), '/')) {
      const op = next();
      left = { kind: 'arithmetic', op: op.text, left, right: factor(), at: left.at };
    }
    return left;
  }

  function factor(): ValueExpr {
    const token = peek();
    if (isSymbol(token, '-') && peek(1).kind === 'number') {
      next();
      const number = next();
      return { kind: 'number', text: `-${number.text}`, at: token.at };
    }
    if (token.kind === 'number') {
      next();
      return { kind: 'number', text: token.text, at: token.at };
    }
    if (token.kind === 'string') {
      next();
      return { kind: 'string', value: token.value, at: token.at };
    }
    if (isSymbol(token, '(')) {
      next();
      const inner = nested(token.at, () => value());
      expectSymbol(')', 'the bracketed value');
      return inner;
    }
    if (token.kind === 'ident') {
      next();
      const word = token.text.toUpperCase();
      if (isSymbol(peek(), '(')) {
        const open = next();
        const args = nested(open.at, () => {
          const list: ValueExpr[] = [];
          if (!isSymbol(peek(), ')')) {
            list.push(value());
            while (isSymbol(peek(), ',')) {
              next();
              list.push(value());
            }
          }
          return list;
        });
        expectSymbol(')', `${token.text}(…)`);
        return { kind: 'call', name: { text: token.text, at: token.at }, args, at: token.at };
      }
      if (word === 'TRUE' || word === 'FALSE')
        return { kind: 'boolean', value: word === 'TRUE', at: token.at };
      if (word === 'NULL') return { kind: 'null', at: token.at };
      if (isSymbol(peek(), '.') && peek(1).kind === 'ident') {
        next();
        const name = next();
        return {
          kind: 'name',
          qualifier: { text: token.text, at: token.at },
          name: { text: name.text, at: name.at },
          at: token.at,
        };
      }
      return { kind: 'name', name: { text: token.text, at: token.at }, at: token.at };
    }
    if (isSymbol(token, ')')) {
      return fail('MQL_SYNTAX', token.at, 'A value is missing before this ")".');
    }
    return fail(
      'MQL_SYNTAX',
      token.at,
      `Expected a value (a name, a number or a 'text'), found ${describe(token)}.`,
    );
  }

  // ---- the whole text, with recovery ------------------------------------------------------------

  if (peek().kind === 'eof') {
    problems.push(
      mqlProblem('MQL_EMPTY', peek().at, 'The query is empty: write PROFILE(contact) or SEGMENT(name).'),
    );
    return { problems };
  }
  // Every operand read whole is kept, so that the translator reports its problems too.
  const parts: { op: SetOp; operand: SetOperand; at: Position }[] = [];
  let op: SetOp = 'union';
  let opAt = peek().at;
  for (;;) {
    try {
      for (;;) {
        parts.push({ op, operand: operand(), at: opAt });
        const token = peek();
        const nextOp = setOpAt(token);
        if (nextOp !== undefined) {
          next();
          [op, opAt] = [nextOp, token.at];
        } else if (token.kind === 'ident' && isSymbol(peek(1), '=')) {
          [op, opAt] = ['union', token.at];
        } else if (token.kind === 'eof') {
          break;
        } else {
          trailing(token);
        }
      }
      break;
    } catch (error) {
      if (!(error instanceof SyntaxProblem)) throw error;
      problems.push(error.problem);
      // Resume at the next set operator (or named query) outside brackets.
      let level = 0;
      const stuck = pos;
      let resume: SetOp | 'named' | undefined;
      while (peek().kind !== 'eof') {
        const token = peek();
        if (isSymbol(token, '(')) level += 1;
        if (isSymbol(token, ')')) level = Math.max(0, level - 1);
        if (level === 0 && pos > stuck) {
          resume = setOpAt(token) ?? (token.kind === 'ident' && isSymbol(peek(1), '=') ? 'named' : undefined);
          if (resume !== undefined) break;
        }
        next();
      }
      if (resume === undefined) break;
      opAt = peek().at;
      if (resume === 'named') {
        op = 'union';
      } else {
        op = resume;
        next();
      }
    }
  }
  const [head, ...tail] = parts;
  const expr: SetExpr | undefined = head && { first: head.operand, rest: tail };
  return { expr, problems };
}
