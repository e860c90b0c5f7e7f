import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery, type Kysely } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { ColumnValue, SegmintTables } from './tables.ts';

/**
 * Loading rows into PostgreSQL with `COPY … FROM STDIN` (text format), on the connection of the
 * transaction that asks, so the rows commit or roll back with everything else it wrote.
 *
 * Each value is sent as the text `pg` would send for it as a parameter of an INSERT (the same text goes
 * through the same input function of the column's type, so both paths store the same value), then
 * escaped for COPY's text format: backslash, tab, newline and carriage return are the only characters
 * that format reads specially, and `\N` is null.
 */

/** An identifier quoted for PostgreSQL. */
export function quotePgName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Bytes of COPY text gathered before they are handed to the connection. */
const chunkChars = 256 * 1024;

/** `pg`'s text for a parameter value: numbers as JavaScript prints them, booleans, `{…}` for arrays. */
export function pgParameterText(value: Exclude<ColumnValue, null>): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  // As pg's arrayString: every element quoted, with \ and " escaped inside the quotes.
  return `{${value.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

const copyEscapes: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One field of COPY's text format. */
export function copyField(value: ColumnValue): string {
  if (value === null) return '\\N';
  const text = pgParameterText(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => copyEscapes[c] ?? c) : text;
}

/** The lines of COPY text for `rows`, in chunks of about `chunkChars`. */
function* copyText(
  columns: readonly string[],
  rows: Iterable<Readonly<Record<string, ColumnValue>>>,
): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += '\t';
      line += copyField(row[columns[i] as string] ?? null);
    }
    chunk += `${line}\n`;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Copies `rows` into `table` (only `columns`; a column a row lacks is null) with one `COPY FROM STDIN`
 * on `db`'s connection. `db` must be a transaction (or hold one connection): the COPY is handed to the
 * `pg` client underneath through Kysely's own query path, because `pg` runs any object with a `submit`
 * method that its `query` is given (a Submittable, as pg-copy-streams' stream is) in its queue of
 * statements for that connection, and Kysely passes a compiled query's text to `query` as it is.
 * Kysely returns as soon as `pg` has queued it; statements sent afterwards on the same connection wait
 * behind the COPY in `pg`'s queue, and this function returns once PostgreSQL has accepted every row.
 * Throws PostgreSQL's error (a duplicate key, a value its column refuses) and the COPY is void.
 */
export async function copyRows(
  db: Pick<Kysely<SegmintTables>, 'executeQuery'>,
  table: string,
  columns: readonly string[],
  rows: Iterable<Readonly<Record<string, ColumnValue>>>,
): Promise<void> {
  if (columns.length === 0) throw new RangeError('COPY needs at least one column');
  const list = columns.map(quotePgName).join(', ');
  const stream = copyFrom(`copy ${quotePgName(table)} (${list}) from stdin`);
  const done = pipeline(Readable.from(copyText(columns, rows)), stream);
  // Not a string: pg's `client.query` runs a Submittable it is given. See the comment above.
  const submit = { ...CompiledQuery.raw(''), sql: stream as unknown as string };
  try {
    await db.executeQuery(submit);
  } catch (error) {
    // Never queued, so never answered: nothing to wait for.
    done.catch(() => undefined);
    throw error;
  }
  await done;
}
