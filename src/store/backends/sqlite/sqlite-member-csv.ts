import { sql, type RawBuilder } from 'kysely';
import { assertNever } from '../../../definition/index.ts';
import { scaleOf, type AttributeDef, type EntityDef } from '../../../schema/index.ts';
import type { MemberCsvBatch, MemberCsvFormulas, MemberCsvSource } from '../../member-csv-text.ts';

/**
 * Every member of a segment as CSV text that SQLite writes itself, a batch of thousands of lines per
 * query: the same text `memberCsv` builds in JavaScript from `memberRows` (RFC 4180, a field quoted
 * when it holds a comma, a quote or a line break, booleans as `true`/`false`, decimals in canonical
 * form, multi-choice values joined by ";", lines joined by CRLF, text cells neutralised against
 * spreadsheet formulas as `csvText` does it), without a JavaScript value per field. On a million
 * members this is what keeps the export within seconds.
 */

// concat_ws takes at most 127 arguments on a default SQLite build; wider contacts are written in JavaScript.
const maxColumns = 100;

/**
 * The batches of `segmentId`'s members in contact id order, or undefined when SQLite cannot write
 * them (more columns than one SQL function takes).
 */
export function sqliteMemberCsv(
  session: MemberCsvSource,
  contact: EntityDef,
  segmentId: string,
  options: { readonly batchSize: number; readonly formulas: MemberCsvFormulas },
): AsyncGenerator<MemberCsvBatch> | undefined {
  if (contact.attributes.length + 1 > maxColumns) return undefined;
  const text = (value: RawBuilder<unknown>) => textField(value, options.formulas);
  const fields = [text(sql.ref('id')), ...contact.attributes.map((a) => field(a, text))];
  return batches(session, sql`concat_ws(',', ${sql.join(fields)})`, segmentId, options.batchSize);
}

/** Batches whose text is being written at once, each by its own reader (two cores' worth). */
const batchesAhead = 2;

/**
 * The batches in contact id order. Each is bounded by member ids found first by a cheap walk of the
 * member index (the id `batchSize` members on), so that the next batch's text is written by another
 * reader while this one's is handed on: the text, not the walk, is the work.
 */
async function* batches(
  session: MemberCsvSource,
  line: RawBuilder<string>,
  segmentId: string,
  batchSize: number,
): AsyncGenerator<MemberCsvBatch> {
  const run = async <Row>(query: RawBuilder<Row>): Promise<Row[]> =>
    (session.read
      ? await session.read((reader) => query.execute(reader.db))
      : await query.execute(session.db)
    ).rows;
  const member = sql.ref('contact_id');
  const after = (from: string | undefined) => (from === undefined ? sql`` : sql`and ${member} > ${from}`);
  /** The last member of the batch after `from`, or undefined when it runs to the end. */
  const lastOf = async (from: string | undefined): Promise<string | undefined> => {
    const [row] = await run(sql<{
      id: string;
    }>`select ${member} as ${sql.ref('id')} from ${sql.table('sm_member')}
      where ${sql.ref('segment_id')} = ${segmentId} ${after(from)}
      order by ${member} limit 1 offset ${batchSize - 1}`);
    return row?.id;
  };
  const textOf = async (from: string | undefined, upTo: string | undefined): Promise<MemberCsvBatch> => {
    const [batch] = await run(sql<{ found: number; text: string | null }>`
      select count(*) as ${sql.ref('found')},
        group_concat(${sql.ref('line')}, char(13, 10) order by ${sql.ref('id')}) as ${sql.ref('text')}
      from (select ${sql.ref('id')}, ${line} as ${sql.ref('line')} from ${sql.table('contact')}
        where ${sql.ref('id')} in (select ${member} from ${sql.table('sm_member')}
          where ${sql.ref('segment_id')} = ${segmentId} ${after(from)}
          ${upTo === undefined ? sql`` : sql`and ${member} <= ${upTo}`}))`);
    // A member whose contact is gone is left out: `found` counts the lines written.
    return { members: batch?.found ?? 0, text: batch?.text ?? '' };
  };
  const pending: Promise<MemberCsvBatch>[] = [];
  try {
    let from: string | undefined;
    let more = true;
    while (more || pending.length > 0) {
      while (more && pending.length < batchesAhead) {
        const upTo = await lastOf(from);
        const batch = textOf(from, upTo);
        // Awaited in turn below; until then a failure must not surface as unhandled.
        batch.catch(() => undefined);
        pending.push(batch);
        more = upTo !== undefined;
        from = upTo;
      }
      const batch = await (pending.shift() as Promise<MemberCsvBatch>);
      if (batch.members > 0) yield batch;
    }
  } finally {
    // Stopped early (the client went away): let the batches in flight end before the readers are reused.
    await Promise.allSettled(pending);
  }
}

// What `csvText` quotes: RFC 4180's comma, quote and line breaks; escaping adds `;` and tab, the other
// separators spreadsheets split on.
const mustQuote = { escape: sql.lit('*[",;\t\r\n]*'), keep: sql.lit('*[",\r\n]*') };
// What no cell may begin with (OWASP): =, +, -, @, tab, carriage return. A class first in a glob
// fails on the first character, which costs less than reading it with unicode() or substr() and
// comparing; in SQLite's glob a "-" first in a class is itself, not a range.
const formulaStart = sql.lit('[-+=@\t\r]*');

/**
 * Text as the CSV field `csvText` writes (empty for null): when escaping, a `'` in front of text that
 * begins a formula; quoted, with its quotes doubled, when it holds a character that must be quoted.
 */
function textField(text: RawBuilder<unknown>, formulas: MemberCsvFormulas): RawBuilder<string> {
  const quote = mustQuote[formulas];
  const written = sql`case when ${text} glob ${quote} then '"' || replace(${text}, '"', '""') || '"'
    else ${text} end`;
  if (formulas === 'keep') return sql`coalesce(${written}, '')`;
  return sql`coalesce(case when ${text} glob ${formulaStart}
    then case when ${text} glob ${quote} then '"''' || replace(${text}, '"', '""') || '"' else '''' || ${text} end
    else ${written} end, '')`;
}

/**
 * One attribute's column as its CSV field, as `memberCsv` writes the kept value `fromColumn` reads:
 * text through `text` (`textField`), the values Segmint formats as it formats them.
 */
function field(
  attribute: AttributeDef,
  text: (value: RawBuilder<unknown>) => RawBuilder<string>,
): RawBuilder<string> {
  const column = sql.ref(attribute.name);
  const type = attribute.type;
  switch (type) {
    case 'string':
    case 'choice':
    case 'lookup':
      return text(column);
    case 'multichoice':
      // Kept sorted and without repeats, so the array's own order is the order `fromColumn` gives.
      return sql`coalesce((select ${text(sql.ref('joined'))} from (select group_concat(${sql.ref('value')}, ';'
        order by ${sql.ref('key')}) as ${sql.ref('joined')} from json_each(${column}))), '')`;
    case 'boolean':
      return sql`case when ${column} is null then '' when ${column} = 1 then 'true' else 'false' end`;
    case 'integer':
      // Whole numbers within ±2^53 (all `normalizeValue` keeps) are integers in SQLite, printed as such.
      return sql`coalesce(cast(${column} as text), '')`;
    case 'decimal':
    case 'money':
      return decimalField(column, scaleOf(attribute));
    case 'date':
    case 'datetime':
      // `YYYY-MM-DD` and ISO date-times: nothing to quote.
      return sql`coalesce(${column}, '')`;
    default:
      return assertNever(type);
  }
}

/** A decimal kept as an integer of 10^-scale units, in the canonical text `fromScaled` writes. */
function decimalField(column: RawBuilder<unknown>, scale: number): RawBuilder<string> {
  if (scale === 0) return sql`coalesce(cast(${column} as text), '')`;
  const unit = sql.lit(10 ** scale);
  const whole = sql`${column} / ${unit}`;
  const fraction = sql`abs(${column} % ${unit})`;
  return sql`case when ${column} is null then ''
    else case when ${column} < 0 and ${whole} = 0 then '-' else '' end || cast(${whole} as text)
      || case when ${fraction} = 0 then ''
        else '.' || rtrim(printf(${sql.lit(`%0${scale}d`)}, ${fraction}), '0') end end`;
}
