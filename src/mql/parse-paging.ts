import type { Position } from './mql-problem.ts';
import type { Name } from './syntax.ts';
import { describe, type TokenCursor } from './token-cursor.ts';

/**
 * The tail that pages a query's members in Dynamics' FetchContactsByQuery:
 * `.ORDERBY(fullname ASC, …).SKIP(0).TAKE(15).SELECT(contactid, …)`, each part optional, in that order.
 */
export interface PagingExpr {
  readonly orderBy: readonly { readonly name: Name; readonly descending: boolean }[];
  readonly skip?: { readonly value: number; readonly at: Position } | undefined;
  readonly take?: { readonly value: number; readonly at: Position } | undefined;
  readonly select: readonly Name[];
}

const order = ['ORDERBY', 'SKIP', 'TAKE', 'SELECT'] as const;

/** True when the cursor stands at `.ORDERBY`, `.SKIP`, `.TAKE` or `.SELECT`. */
export function atPaging(c: TokenCursor): boolean {
  const fn = c.peek(1);
  return (
    c.isSymbol(c.peek(), '.') &&
    fn.kind === 'ident' &&
    (order as readonly string[]).includes(fn.text.toUpperCase())
  );
}

/** Reads the paging tail; a name may carry an alias (`contact_1.fullname`), which is dropped. */
export function parsePaging(c: TokenCursor): PagingExpr {
  const orderBy: { name: Name; descending: boolean }[] = [];
  const select: Name[] = [];
  let skip: PagingExpr['skip'];
  let take: PagingExpr['take'];
  let last = -1;
  const attribute = (what: string): Name => {
    const first = c.expectName(what);
    if (!c.isSymbol(c.peek(), '.')) return first;
    c.next();
    return c.expectName(what);
  };
  const count = (fn: string): { value: number; at: Position } => {
    const token = c.peek();
    if (token.kind !== 'number' || !/^\d+$/.test(token.text)) {
      return c.fail(
        'MQL_SYNTAX',
        token.at,
        `${fn} takes a whole number of 0 or more, found ${describe(token)}.`,
      );
    }
    c.next();
    return { value: Number(token.text), at: token.at };
  };
  while (atPaging(c)) {
    c.next();
    const fn = c.next();
    const word = fn.text.toUpperCase() as (typeof order)[number];
    const index = order.indexOf(word);
    if (index <= last) {
      c.fail(
        'MQL_SYNTAX',
        fn.at,
        `Write ${order.join(', ')} once each, in that order; ${word} is out of place.`,
      );
    }
    last = index;
    c.expectSymbol('(', `after ${word}`);
    if (word === 'ORDERBY' || word === 'SELECT') {
      do {
        if (orderBy.length + select.length > 0 && c.isSymbol(c.peek(), ',')) c.next();
        const name = attribute(`an attribute for ${word}`);
        if (word === 'SELECT') {
          select.push(name);
          continue;
        }
        const direction = c.peek();
        const descending = c.isWord(direction, 'DESC');
        if (descending || c.isWord(direction, 'ASC')) c.next();
        orderBy.push({ name, descending });
      } while (c.isSymbol(c.peek(), ','));
    } else if (word === 'SKIP') {
      skip = count('SKIP');
    } else {
      take = count('TAKE');
    }
    c.expectSymbol(')', `${word}(…)`);
  }
  return { orderBy, skip, take, select };
}
