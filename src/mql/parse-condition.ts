import type { Position } from './mql-problem.ts';
import type { CompareOp, CondExpr, HavingExpr, Name, RelatedExpr, TextOp, ValueExpr } from './syntax.ts';
import { describe, type TokenCursor } from './token-cursor.ts';

export const compareOps: readonly string[] = ['==', '!=', '>', '>=', '<', '<='];
const textOps: readonly string[] = ['CONTAINS', 'STARTSWITH', 'ENDSWITH'];

/** The rules of conditions and values, over one cursor: FILTER(…), HAVING(…), comparisons, values. */
export interface ConditionRules {
  /** `(condition)` after FILTER or NOT. */
  readonly bracketedCondition: (owner: string) => CondExpr;
  /** `.FILTER(…)…` then an optional `.HAVING(…)`, after INTERACTION(…) or a related TRAVERSE(…). */
  readonly filtersAndHaving: (owner: string) => { filters: CondExpr[]; having?: HavingExpr | undefined };
}

/**
 * The condition grammar of MQL by recursive descent: `||` (or OR) over `&&` (or AND) over NOT(…),
 * ISNULL(…), ISNOTNULL(…), brackets, Segmint's related TRAVERSE(…) and comparisons of values.
 */
export function conditionRules(c: TokenCursor): ConditionRules {
  function filtersAndHaving(owner: string): { filters: CondExpr[]; having?: HavingExpr | undefined } {
    const filters: CondExpr[] = [];
    let having: HavingExpr | undefined;
    while (c.isSymbol(c.peek(), '.')) {
      const fn = c.peek(1);
      if (c.isWord(fn, 'FILTER')) {
        if (having) {
          c.fail('MQL_SYNTAX', fn.at, `Put .FILTER(…) before .HAVING(…): ${owner}.FILTER(…).HAVING(…).`);
        }
        c.next();
        c.next();
        filters.push(bracketedCondition('FILTER'));
      } else if (c.isWord(fn, 'HAVING')) {
        if (having) c.fail('MQL_SYNTAX', fn.at, `${owner} takes one HAVING(…).`);
        c.next();
        c.next();
        having = havingExpr(fn.at);
      } else if (c.isWord(fn, 'TRAVERSE')) {
        c.fail(
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
    c.expectSymbol('(', 'after HAVING');
    const aggregate = c.expectName('COUNT() inside HAVING');
    c.expectSymbol('(', `after ${aggregate.text}`);
    if (!c.isSymbol(c.peek(), ')')) c.expectName(`the attribute ${aggregate.text} reads`);
    c.expectSymbol(')', `${aggregate.text}(…)`);
    const opToken = c.peek();
    if (opToken.kind !== 'symbol' || !compareOps.includes(opToken.text)) {
      c.fail(
        'MQL_SYNTAX',
        opToken.at,
        `Expected a comparison such as > 0 after ${aggregate.text}(), found ${describe(opToken)}.`,
      );
    }
    c.next();
    const count = value();
    let window: HavingExpr['window'];
    if (c.isSymbol(c.peek(), ',')) {
      c.next();
      const unit = c.expectName('UTCDAYS(n), UTCMONTHS(n) or UTCYEARS(n)');
      c.expectSymbol('(', `after ${unit.text}`);
      const last = value();
      let attribute: Name | undefined;
      if (c.isSymbol(c.peek(), ',')) {
        c.next();
        attribute = c.expectName('the date attribute the window reads');
      }
      c.expectSymbol(')', `${unit.text}(…)`);
      window = { unit, last, attribute };
    }
    c.expectSymbol(')', 'HAVING(…)');
    return { aggregate, op: opToken.text as CompareOp, count, window, at };
  }

  function bracketedCondition(owner: string): CondExpr {
    const open = c.expectSymbol('(', `after ${owner}`);
    if (c.isSymbol(c.peek(), ')'))
      c.fail('MQL_SYNTAX', c.peek().at, `${owner}() is empty: write a condition inside it.`);
    const condition = c.nested(open.at, () => orExpr());
    c.expectSymbol(')', `${owner}(…)`);
    return condition;
  }

  function orExpr(): CondExpr {
    const first = andExpr();
    const items = [first];
    while (c.isSymbol(c.peek(), '||') || c.isWord(c.peek(), 'OR')) {
      c.next();
      items.push(andExpr());
    }
    return items.length === 1 ? first : { kind: 'or', items, at: first.at };
  }

  function andExpr(): CondExpr {
    const first = unary();
    const items = [first];
    while (c.isSymbol(c.peek(), '&&') || c.isWord(c.peek(), 'AND')) {
      c.next();
      items.push(unary());
    }
    return items.length === 1 ? first : { kind: 'and', items, at: first.at };
  }

  function unary(): CondExpr {
    const token = c.peek();
    if (c.isWord(token, 'NOT') && c.isSymbol(c.peek(1), '(')) {
      c.next();
      return { kind: 'not', expr: bracketedCondition('NOT'), at: token.at };
    }
    if ((c.isWord(token, 'ISNULL') || c.isWord(token, 'ISNOTNULL')) && c.isSymbol(c.peek(1), '(')) {
      c.next();
      c.next();
      const arg = value();
      c.expectSymbol(')', `${token.text.toUpperCase()}(…)`);
      return { kind: 'null', fn: token.text.toUpperCase() as 'ISNULL' | 'ISNOTNULL', arg, at: token.at };
    }
    if (c.isWord(token, 'TRAVERSE') && c.isSymbol(c.peek(1), '(')) {
      c.next();
      return { kind: 'related', related: related(token.at), at: token.at };
    }
    if (c.isSymbol(token, '(')) {
      c.next();
      const inner = c.nested(token.at, () => orExpr());
      c.expectSymbol(')', 'the bracketed condition');
      return inner;
    }
    return comparison();
  }

  function related(at: Position): RelatedExpr {
    c.expectSymbol('(', 'after TRAVERSE');
    const relationship = c.nameOrString('the relationship TRAVERSE follows');
    const filters: CondExpr[] = [];
    if (c.isSymbol(c.peek(), ',')) {
      c.next();
      if (!c.isWord(c.peek(), 'FILTER'))
        c.fail('MQL_SYNTAX', c.peek().at, 'Expected FILTER(…) after the comma.');
      c.next();
      filters.push(bracketedCondition('FILTER'));
    }
    c.expectSymbol(')', 'TRAVERSE(…)');
    const more = filtersAndHaving('TRAVERSE(…)');
    return { relationship, filters: [...filters, ...more.filters], having: more.having, at };
  }

  function comparison(): CondExpr {
    const left = value();
    const token = c.peek();
    if (token.kind === 'symbol' && compareOps.includes(token.text)) {
      c.next();
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
      c.next();
      return { kind: 'text', op: token.text.toUpperCase() as TextOp, left, right: value(), at: left.at };
    }
    if (c.isSymbol(token, '=')) {
      c.fail('MQL_SYNTAX', token.at, 'MQL compares with ==, not =: write == here.');
    }
    if (
      token.kind === 'number' ||
      token.kind === 'string' ||
      (token.kind === 'ident' && !c.isWord(token, 'OR') && !c.isWord(token, 'AND'))
    ) {
      c.fail(
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
    while (c.isSymbol(c.peek(), '+') || c.isSymbol(c.peek(), '-')) {
      const op = c.next();
      left = { kind: 'arithmetic', op: op.text, left, right: term(), at: left.at };
    }
    return left;
  }

  function term(): ValueExpr {
    let left = factor();
    while (c.isSymbol(c.peek(), '*') || c.isSymbol(c.peek(), '/')) {
      const op = c.next();
      left = { kind: 'arithmetic', op: op.text, left, right: factor(), at: left.at };
    }
    return left;
  }

  function factor(): ValueExpr {
    const token = c.peek();
    if (c.isSymbol(token, '-') && c.peek(1).kind === 'number') {
      c.next();
      const number = c.next();
      return { kind: 'number', text: `-${number.text}`, at: token.at };
    }
    if (token.kind === 'number') {
      c.next();
      return { kind: 'number', text: token.text, at: token.at };
    }
    if (token.kind === 'string') {
      c.next();
      return { kind: 'string', value: token.value, at: token.at };
    }
    if (c.isSymbol(token, '(')) {
      c.next();
      const inner = c.nested(token.at, () => value());
      c.expectSymbol(')', 'the bracketed value');
      return inner;
    }
    if (token.kind === 'ident') {
      c.next();
      const word = token.text.toUpperCase();
      if (c.isSymbol(c.peek(), '(')) {
        const open = c.next();
        const args = c.nested(open.at, () => {
          const list: ValueExpr[] = [];
          if (!c.isSymbol(c.peek(), ')')) {
            list.push(value());
            while (c.isSymbol(c.peek(), ',')) {
              c.next();
              list.push(value());
            }
          }
          return list;
        });
        c.expectSymbol(')', `${token.text}(…)`);
        return { kind: 'call', name: { text: token.text, at: token.at }, args, at: token.at };
      }
      if (word === 'TRUE' || word === 'FALSE')
        return { kind: 'boolean', value: word === 'TRUE', at: token.at };
      if (word === 'NULL') return { kind: 'null', at: token.at };
      if (c.isSymbol(c.peek(), '.') && c.peek(1).kind === 'ident') {
        c.next();
        const name = c.next();
        return {
          kind: 'name',
          qualifier: { text: token.text, at: token.at },
          name: { text: name.text, at: name.at },
          at: token.at,
        };
      }
      return { kind: 'name', name: { text: token.text, at: token.at }, at: token.at };
    }
    if (c.isSymbol(token, ')')) {
      return c.fail('MQL_SYNTAX', token.at, 'A value is missing before this ")".');
    }
    return c.fail(
      'MQL_SYNTAX',
      token.at,
      `Expected a value (a name, a number or a 'text'), found ${describe(token)}.`,
    );
  }

  return { bracketedCondition, filtersAndHaving };
}
