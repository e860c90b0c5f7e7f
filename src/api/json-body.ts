import type { FastifyInstance } from 'fastify';
import { joinPath, type Problem } from '../schema/index.ts';
import { ApiError } from './api-error.ts';

/**
 * The deepest any JSON body may nest arrays and objects. A segment definition at every limit of
 * `definition-limits.ts` nests about 40 deep (each group is an object and its `children` list); no
 * other body comes near.
 */
export const maxJsonDepth = 64;

/**
 * Parses JSON bodies as Fastify does (refusing `__proto__` and `constructor` keys), except that an
 * empty body is no body: clients that send `Content-Type: application/json` on every request, a
 * go-live or a delete included, are not refused for it. Routes that need a body still say so.
 *
 * A body nested deeper than `maxJsonDepth` is refused (400 `JSON_TOO_DEEP`) from its text, before it
 * is parsed, so nothing that walks a body by recursion (schema checks, the definition parser,
 * `JSON.stringify`) ever meets one nested 100,000 deep.
 */
export function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') {
      done(null, undefined);
      return;
    }
    const tooDeep = jsonDepthProblem(text, maxJsonDepth, 'body');
    if (tooDeep) {
      done(new ApiError(400, 'JSON_TOO_DEEP', tooDeep.message, [tooDeep]), undefined);
      return;
    }
    void parse(request, text, done);
  });
}

const quote = 0x22;
const backslash = 0x5c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const colon = 0x3a;
const comma = 0x2c;

/**
 * A `TOO_DEEP` problem when the JSON `text` nests arrays and objects deeper than `limit`, with the path
 * of the first container past the limit (`body.query.blocks[0].where.children[0]…`) and how deep the
 * text nests in all; undefined otherwise. One pass over the characters, without recursion and without
 * building anything, so text nested 8 million deep costs what its length costs. Malformed text is
 * measured as far as it goes and left to the parser to refuse.
 *
 * @example
 * jsonDepthProblem('[[[1]]]', 2, 'body'); // { code: 'TOO_DEEP', path: 'body[0][0]', message: '… 3 deep …' }
 */
export function jsonDepthProblem(text: string, limit: number, base: string): Problem | undefined {
  // For each open container up to the limit: an array (its current index) or an object (its current key).
  const isArray = new Uint8Array(limit + 1);
  const indexes = new Int32Array(limit + 1);
  const keyStarts = new Int32Array(limit + 1);
  const keyEnds = new Int32Array(limit + 1);
  let lastStringStart = 0;
  let lastStringEnd = 0;
  let depth = 0;
  let deepest = 0;
  let path: string | undefined;
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    switch (text.charCodeAt(i)) {
      case quote: {
        const end = stringEnd(text, i);
        if (end === -1) i = length;
        else {
          lastStringStart = i;
          lastStringEnd = end + 1;
          i = end;
        }
        break;
      }
      case openBrace:
      case openBracket:
        depth += 1;
        if (depth > deepest) deepest = depth;
        if (depth <= limit) {
          isArray[depth] = text.charCodeAt(i) === openBracket ? 1 : 0;
          indexes[depth] = 0;
          keyStarts[depth] = -1;
        } else if (path === undefined) {
          path = containerPath(text, base, limit, { isArray, indexes, keyStarts, keyEnds });
        }
        break;
      case closeBrace:
      case closeBracket:
        depth -= 1;
        break;
      case colon:
        if (depth >= 1 && depth <= limit) {
          keyStarts[depth] = lastStringStart;
          keyEnds[depth] = lastStringEnd;
        }
        break;
      case comma:
        if (depth >= 1 && depth <= limit && isArray[depth] === 1) indexes[depth] = (indexes[depth] ?? 0) + 1;
        break;
      default:
        break;
    }
  }
  if (path === undefined) return undefined;
  return {
    code: 'TOO_DEEP',
    message: `The JSON nests arrays and objects ${deepest.toLocaleString('en-US')} deep; at most ${limit} are allowed.`,
    path,
  };
}

/** The index of the quote that closes the string opening at `start`, or -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const end = text.indexOf('"', from);
    if (end === -1) return -1;
    let backslashes = 0;
    while (end - backslashes - 1 > start && text.charCodeAt(end - backslashes - 1) === backslash)
      backslashes += 1;
    if (backslashes % 2 === 0) return end;
    from = end + 1;
  }
}

/** The path of the container opened at depth `limit + 1`: the key or index it sits at on each level. */
function containerPath(
  text: string,
  base: string,
  limit: number,
  levels: {
    readonly isArray: Uint8Array;
    readonly indexes: Int32Array;
    readonly keyStarts: Int32Array;
    readonly keyEnds: Int32Array;
  },
): string {
  const segments: (string | number)[] = [];
  for (let level = 1; level <= limit; level += 1) {
    if (levels.isArray[level] === 1) {
      segments.push(levels.indexes[level] ?? 0);
      continue;
    }
    const start = levels.keyStarts[level] ?? -1;
    segments.push(start === -1 ? '?' : keyText(text.slice(start, levels.keyEnds[level])));
  }
  return joinPath(base, ...segments);
}

/** A key as written, its escapes read; a key that does not parse is shown as it stands. */
function keyText(literal: string): string {
  try {
    const key: unknown = JSON.parse(literal);
    return typeof key === 'string' ? key : literal;
  } catch {
    return literal;
  }
}
