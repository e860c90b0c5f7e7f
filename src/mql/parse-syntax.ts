import { mqlProblem, type MqlProblem, type Position } from './mql-problem.ts';
import { conditionRules } from './parse-condition.ts';
import { atPaging, parsePaging, type PagingExpr } from './parse-paging.ts';
import type { ChainStep, CondExpr, Name, SetExpr, SetOp, SetOperand } from './syntax.ts';
import { describe, SyntaxProblem, TokenCursor } from './token-cursor.ts';
import type { Token } from './tokenize.ts';

const setOps: Readonly<Record<string, SetOp>> = {
  UNION: 'union',
  INTERSECT: 'intersect',
  EXCEPT: 'exclude',
  MINUS: 'exclude',
};
const pagingFunctions = new Set(['ORDERBY', 'SKIP', 'TAKE', 'SELECT', 'DISTINCT']);

/**
 * Reads tokens into a syntax tree (`syntax.ts`) by recursive descent. After a syntax error it skips to
 * the next UNION, EXCEPT or INTERSECT (or named query) and goes on, so that the problems of later
 * parts are reported too.
 */
export function parseSyntax(
  tokens: readonly Token[],
  { paging = false }: { readonly paging?: boolean } = {},
): {
  expr?: SetExpr | undefined;
  paging?: PagingExpr | undefined;
  problems: MqlProblem[];
} {
  const problems: MqlProblem[] = [];
  const c = new TokenCursor(tokens);
  const { bracketedCondition, filtersAndHaving } = conditionRules(c);

  const setOpAt = (token: Token): SetOp | undefined =>
    token.kind === 'ident' ? setOps[token.text.toUpperCase()] : undefined;

  function setExpr(closing: boolean): SetExpr {
    const first = operand();
    const rest: { op: SetOp; operand: SetOperand; at: Position }[] = [];
    for (;;) {
      const token = c.peek();
      const op = setOpAt(token);
      if (op !== undefined) {
        c.next();
        rest.push({ op, operand: operand(), at: token.at });
        continue;
      }
      if (token.kind === 'eof' || (closing && c.isSymbol(token, ')'))) break;
      trailing(token);
    }
    return { first, rest };
  }

  /** What follows a query where UNION, EXCEPT, INTERSECT or the end was expected: always a problem. */
  function trailing(token: Token): never {
    if (c.isSymbol(token, ')')) {
      c.fail('MQL_SYNTAX', token.at, 'This ")" closes no bracket: remove it.');
    }
    if (c.isSymbol(token, '.') && setOpAt(c.peek(1)) !== undefined) {
      c.fail(
        'MQL_SYNTAX',
        token.at,
        `Write set operations between queries, as in SEGMENT(a) ${c.peek(1).text.toUpperCase()} SEGMENT(b), not as .${c.peek(1).text}(…).`,
      );
    }
    if (
      c.isSymbol(token, '.') &&
      c.peek(1).kind === 'ident' &&
      pagingFunctions.has(c.peek(1).text.toUpperCase())
    ) {
      c.fail(
        'MQL_NOT_EXPRESSIBLE',
        c.peek(1).at,
        `${c.peek(1).text.toUpperCase()} orders or pages the members of a query; a segment query selects members only, so remove it.`,
      );
    }
    return c.fail(
      'MQL_SYNTAX',
      token.at,
      `Expected UNION, EXCEPT or INTERSECT between two queries, or the end of the query, found ${describe(token)}.`,
    );
  }

  function operand(): SetOperand {
    const token = c.peek();
    if (c.isSymbol(token, '(')) {
      c.next();
      const expr = c.nested(token.at, () => setExpr(true));
      c.expectSymbol(')', 'the bracketed queries');
      return { kind: 'parens', expr, at: token.at };
    }
    if (token.kind !== 'ident') {
      return c.fail(
        'MQL_SYNTAX',
        token.at,
        `Expected PROFILE(…), SEGMENT(…) or INTERACTION(…), found ${describe(token)}.`,
      );
    }
    const word = token.text.toUpperCase();
    if (c.isSymbol(c.peek(1), '=')) {
      problems.push(
        mqlProblem(
          'MQL_SYNTAX',
          token.at,
          `"${token.text} = …" names a query, and a segment holds one query: create "${token.text}" as a segment of its own and use it here as SEGMENT(${token.text}).`,
        ),
      );
      c.next();
      c.next();
      return operand();
    }
    if (word === 'PROFILE') return profile();
    if (word === 'SEGMENT') return segment();
    if (word === 'INTERACTION') return interaction();
    if (!c.isSymbol(c.peek(1), '(')) {
      return c.fail(
        'MQL_SYNTAX',
        token.at,
        `"${token.text}" alone is not a query: write SEGMENT(${token.text}) to use the members of a segment.`,
      );
    }
    return c.fail(
      'MQL_UNKNOWN_FUNCTION',
      token.at,
      `A query starts with PROFILE(…), SEGMENT(…) or INTERACTION(…); "${token.text}" is none of them.`,
    );
  }

  function profile(): SetOperand {
    const start = c.next();
    c.expectSymbol('(', 'after PROFILE');
    const entity = c.nameOrString('the entity PROFILE selects, such as contact');
    let alias: Name | undefined;
    if (c.isSymbol(c.peek(), ',')) {
      c.next();
      alias = c.expectName('an alias after the comma, such as contact_1');
    }
    c.expectSymbol(')', 'PROFILE(…)');
    const steps: ChainStep[] = [];
    while (c.isSymbol(c.peek(), '.')) {
      const dot = c.peek();
      const fn = c.peek(1);
      if (c.isWord(fn, 'FILTER')) {
        c.next();
        c.next();
        steps.push({ kind: 'filter', condition: bracketedCondition('FILTER'), at: fn.at });
      } else if (c.isWord(fn, 'TRAVERSE')) {
        c.next();
        c.next();
        steps.push(traverse(fn.at));
      } else if (
        setOpAt(fn) !== undefined ||
        (fn.kind === 'ident' && pagingFunctions.has(fn.text.toUpperCase()))
      ) {
        break;
      } else if (c.isWord(fn, 'HAVING')) {
        c.fail('MQL_SYNTAX', fn.at, 'HAVING follows INTERACTION(…), not PROFILE(…).');
      } else {
        c.fail(
          fn.kind === 'ident' ? 'MQL_UNKNOWN_FUNCTION' : 'MQL_SYNTAX',
          fn.kind === 'eof' ? dot.at : fn.at,
          `After PROFILE(…) expected .FILTER(…) or .TRAVERSE(…), found ${describe(fn)}.`,
        );
      }
    }
    return { kind: 'profile', entity, alias, steps, at: start.at };
  }

  function traverse(at: Position): ChainStep {
    c.expectSymbol('(', 'after TRAVERSE');
    const relationship = c.nameOrString(
      'the relationship TRAVERSE follows, such as contact_account_parentcustomerid',
    );
    let alias: Name | undefined;
    let filter: CondExpr | undefined;
    if (c.isSymbol(c.peek(), ',')) {
      c.next();
      if (c.isWord(c.peek(), 'FILTER') && c.isSymbol(c.peek(1), '(')) {
        c.next();
        filter = bracketedCondition('FILTER');
      } else {
        alias = c.expectName('an alias or FILTER(…) after the comma');
      }
    }
    c.expectSymbol(')', 'TRAVERSE(…)');
    return { kind: 'traverse', relationship, alias, filter, at };
  }

  function segment(): SetOperand {
    const start = c.next();
    c.expectSymbol('(', 'after SEGMENT');
    const token = c.peek();
    let ref: Name;
    let quoted = false;
    if (token.kind === 'string') {
      c.next();
      ref = { text: token.value, at: token.at };
      quoted = true;
    } else {
      ref = c.expectName('the name of a segment, such as SEGMENT(Newsletter)');
    }
    c.expectSymbol(')', 'SEGMENT(…)');
    return { kind: 'segment', ref, quoted, at: start.at };
  }

  function interaction(): SetOperand {
    const start = c.next();
    c.expectSymbol('(', 'after INTERACTION');
    const type = c.nameOrString('the interaction type, such as EmailOpened');
    if (!c.isSymbol(c.peek(), ',')) {
      c.fail(
        'MQL_SYNTAX',
        c.peek().at,
        `INTERACTION needs the type and its link, as in INTERACTION(${type.text}, ${type.text}_ContactLink).`,
      );
    }
    c.next();
    const link = c.nameOrString('the interaction link, such as EmailOpened_ContactLink');
    c.expectSymbol(')', 'INTERACTION(…)');
    const { filters, having } = filtersAndHaving('INTERACTION(…)');
    if (!having && c.isSymbol(c.peek(), ')')) {
      return c.fail('MQL_SYNTAX', c.peek().at, 'This ")" closes no bracket: remove it.');
    }
    if (!having) {
      return c.fail(
        'MQL_SYNTAX',
        c.peek().at,
        'INTERACTION(…) needs .HAVING(COUNT() > 0) or another count of interactions after it.',
      );
    }
    return { kind: 'interaction', type, link, filters, having, at: start.at };
  }

  // ---- the whole text, with recovery ------------------------------------------------------------

  if (c.peek().kind === 'eof') {
    problems.push(
      mqlProblem('MQL_EMPTY', c.peek().at, 'The query is empty: write PROFILE(contact) or SEGMENT(name).'),
    );
    return { problems };
  }
  // Every operand read whole is kept, so that the translator reports its problems too.
  const parts: { op: SetOp; operand: SetOperand; at: Position }[] = [];
  let op: SetOp = 'union';
  let opAt = c.peek().at;
  let pagingTail: PagingExpr | undefined;
  for (;;) {
    try {
      for (;;) {
        parts.push({ op, operand: operand(), at: opAt });
        const token = c.peek();
        const nextOp = setOpAt(token);
        if (nextOp !== undefined) {
          c.next();
          [op, opAt] = [nextOp, token.at];
        } else if (token.kind === 'ident' && c.isSymbol(c.peek(1), '=')) {
          [op, opAt] = ['union', token.at];
        } else if (token.kind === 'eof') {
          break;
        } else if (paging && atPaging(c)) {
          pagingTail = parsePaging(c);
          if (c.peek().kind !== 'eof') trailing(c.peek());
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
      const stuck = c.position;
      let resume: SetOp | 'named' | undefined;
      while (c.peek().kind !== 'eof') {
        const token = c.peek();
        if (c.isSymbol(token, '(')) level += 1;
        if (c.isSymbol(token, ')')) level = Math.max(0, level - 1);
        if (level === 0 && c.position > stuck) {
          resume =
            setOpAt(token) ?? (token.kind === 'ident' && c.isSymbol(c.peek(1), '=') ? 'named' : undefined);
          if (resume !== undefined) break;
        }
        c.next();
      }
      if (resume === undefined) break;
      opAt = c.peek().at;
      if (resume === 'named') {
        op = 'union';
      } else {
        op = resume;
        c.next();
      }
    }
  }
  const [head, ...tail] = parts;
  const expr: SetExpr | undefined = head && { first: head.operand, rest: tail };
  return { expr, paging: pagingTail, problems };
}
