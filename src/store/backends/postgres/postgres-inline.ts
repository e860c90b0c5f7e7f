import type { CompiledQuery } from 'kysely';
import pg from 'pg';

/** `pg`'s own conversion of a parameter to the text it sends (arrays as array literals, dates as instants). */
const { prepareValue } = (pg as unknown as { utils: { prepareValue: (value: unknown) => unknown } }).utils;

/**
 * `query` with its parameters written into the text as literals, for a simple query that carries
 * several statements in one round trip (the extended protocol that parameters need takes one).
 * A literal in place of `$n` is untyped, as the parameter was, so PostgreSQL reads it the same way.
 * Undefined when the text holds a quoted string or a dollar quote (where `$n` might not be a
 * parameter) or a parameter is not text, a number, a boolean, null or an array of those: the
 * statement then runs on its own.
 */
export function inlineParameters(query: CompiledQuery): string | undefined {
  const literals: string[] = [];
  for (const parameter of query.parameters) {
    const literal = pgLiteral(parameter);
    if (literal === undefined) return undefined;
    literals.push(literal);
  }
  let text = '';
  let quoted = false;
  const sql = query.sql;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i] ?? '';
    if (char === '"') quoted = !quoted;
    if (quoted) {
      text += char;
      continue;
    }
    if (char === "'" || char === ';' || (char === '$' && sql[i + 1] === '$')) return undefined;
    const number = char === '$' ? /^\d+/.exec(sql.slice(i + 1))?.[0] : undefined;
    if (number === undefined) {
      text += char;
      continue;
    }
    const literal = literals[Number(number) - 1];
    if (literal === undefined) return undefined;
    text += literal;
    i += number.length;
  }
  return quoted ? undefined : text;
}

/** `value` as a PostgreSQL literal (untyped), or undefined when it is not a kind `inlineParameters` writes. */
export function pgLiteral(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null';
  const simple = (item: unknown) =>
    item === null ||
    typeof item === 'string' ||
    typeof item === 'boolean' ||
    (typeof item === 'number' && Number.isFinite(item));
  if (!simple(value) && !(Array.isArray(value) && value.every(simple))) return undefined;
  return pg.escapeLiteral(String(prepareValue(value)));
}
