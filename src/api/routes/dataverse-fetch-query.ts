/**
 * The paging tail of the query `msdyncrm_FetchContactsByQuery` takes:
 * `(SEGMENT(…)).ORDERBY(fullname ASC).SKIP(0).TAKE(15).SELECT(contactid)`. A segment query selects
 * members only, so `parseMql` refuses these calls; here they are split off the end of the text and
 * read, and the rest goes to `parseMql`.
 */

/** One problem with the tail: a message and where it is in the whole text (1-based). */
export interface TailProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export interface FetchTail {
  /** The query before the tail, for `parseMql`. */
  readonly query: string;
  readonly orderBy: readonly { readonly attribute: string; readonly descending: boolean }[];
  readonly skip: number;
  readonly take: number | undefined;
  /** The attributes to answer; undefined for all. */
  readonly select: readonly string[] | undefined;
  readonly problems: readonly TailProblem[];
}

const tailCalls = new Set(['ORDERBY', 'SKIP', 'TAKE', 'SELECT']);

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * The offsets of every `.NAME(` outside brackets and quotes, with the offset of its closing bracket
 * (-1 when it never closes).
 */
function topLevelCalls(text: string): { start: number; name: string; open: number; close: number }[] {
  const calls: { start: number; name: string; open: number; close: number }[] = [];
  let depth = 0;
  let current: { start: number; name: string; open: number; close: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0 && current) {
        current.close = i;
        current = undefined;
      }
    } else if (c === '.' && depth === 0) {
      const call = /^\.\s*([A-Za-z_]+)\s*\(/.exec(text.slice(i));
      if (call) {
        current = { start: i, name: (call[1] ?? '').toUpperCase(), open: i + call[0].length - 1, close: -1 };
        calls.push(current);
      }
    }
  }
  return calls;
}

/** Splits `text` into the segment query and its ORDERBY, SKIP, TAKE and SELECT. */
export function splitFetchTail(text: string, maxTake: number): FetchTail {
  const problems: TailProblem[] = [];
  const at = (offset: number, message: string) => problems.push({ message, ...position(text, offset) });
  const calls = topLevelCalls(text);
  const first = calls.findIndex((c) => tailCalls.has(c.name));
  const tail = first === -1 ? [] : calls.slice(first);
  const query = first === -1 ? text : text.slice(0, tail[0]?.start ?? text.length);
  let orderBy: { attribute: string; descending: boolean }[] = [];
  let skip = 0;
  let take: number | undefined;
  let select: string[] | undefined;
  const seen = new Set<string>();
  let end = tail[0]?.start ?? text.length;
  for (const call of tail) {
    if (text.slice(end, call.start).trim() !== '')
      at(
        end,
        `Expected .ORDERBY, .SKIP, .TAKE or .SELECT, found "${text.slice(end, call.start).trim().slice(0, 40)}".`,
      );
    if (call.close === -1) {
      at(call.open, `${call.name}( is not closed.`);
      end = text.length;
      break;
    }
    end = call.close + 1;
    const args = text.slice(call.open + 1, call.close).trim();
    if (!tailCalls.has(call.name)) {
      at(
        call.start + 1,
        `${call.name}(…) cannot follow the paging calls; put ORDERBY, SKIP, TAKE and SELECT last.`,
      );
      continue;
    }
    if (seen.has(call.name)) at(call.start + 1, `${call.name} is given twice.`);
    seen.add(call.name);
    if (call.name === 'SKIP' || call.name === 'TAKE') {
      if (!/^\d{1,9}$/.test(args)) {
        at(call.open + 1, `${call.name} takes a whole number, such as ${call.name}(15).`);
        continue;
      }
      const n = Number(args);
      if (call.name === 'SKIP') skip = n;
      else if (n > maxTake) at(call.open + 1, `TAKE is at most ${maxTake}; fetch more pages with SKIP.`);
      else take = n;
    } else if (call.name === 'SELECT') {
      const names = args.split(',').map((a) => a.trim());
      if (names.some((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)))
        at(
          call.open + 1,
          'SELECT takes attribute names separated by commas, such as SELECT(contactid, fullname).',
        );
      else select = names.map((n) => n.toLowerCase());
    } else {
      orderBy = [];
      for (const part of args.split(',')) {
        const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(ASC|DESC))?\s*$/i.exec(part);
        if (!match) {
          at(
            call.open + 1,
            'ORDERBY takes attributes, each with ASC or DESC, such as ORDERBY(fullname ASC).',
          );
          break;
        }
        orderBy.push({
          attribute: (match[1] ?? '').toLowerCase(),
          descending: match[2]?.toUpperCase() === 'DESC',
        });
      }
    }
  }
  if (tail.length > 0 && text.slice(end).trim() !== '')
    at(end, `Nothing may follow the paging calls; found "${text.slice(end).trim().slice(0, 40)}".`);
  return { query, orderBy, skip, take, select, problems };
}
