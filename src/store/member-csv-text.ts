import { sql, type RawBuilder } from 'kysely';
import { scaleOf, type AttributeDef, type EntityDef } from '../schema/index.ts';
import type { StoreSession } from './store.ts';

/**
 * Every member of a segment as CSV text that SQLite writes itself, a batch of thousands of lines per
 * query: the same text `memberCsv` builds in JavaScript from `memberRows` (RFC 4180, a field quoted
 * when it holds a comma, a quote or a line break, booleans as `true`/`false`, decimals in canonical
 * form, multi-choice values joined by ";", lines joined by CRLF), without a JavaScript value per field.
 * On a million members this is what keeps the export within seconds.
 */

/** A batch of CSV lines (joined by CRLF, no line break after the last) and how many members it holds. */
export interface MemberCsvBatch {
  readonly members: number;
  readonly text: string;
}

// concat_ws takes at most 127 arguments on a default SQLite build; wider contacts are written in JavaScript.
const maxColumns = 100;

/**
 * The batches of `segmentId`'s members in contact id order, or undefined when SQLite cannot write
 * them (another backend, or more columns than one SQL function takes).
 */
export function sqliteMemberCsv(
  session: StoreSession,
  contact: EntityDef,
  segmentId: string,
  batchSize: number,
): AsyncGenerator<MemberCsvBatch> | undefined {
  if (session.kind !== 'sqlite' || contact.attributes.length + 1 > maxColumns) return undefined;
  return batches(session, contact, segmentId, batchSize);
}

async function* batches(
  session: StoreSession,
  contact: EntityDef,
  segmentId: string,
  batchSize: number,
): AsyncGenerator<MemberCsvBatch> {
  const line = sql`concat_ws(',', ${sql.join([quoted(sql.ref('id')), ...contact.attributes.map(field)])})`;
  let after: string | undefined;
  for (;;) {
    const { rows } = await sql<{ slice: number; found: number; text: string | null; last: string | null }>`
      with ${sql.ref('slice')} as (select ${sql.ref('contact_id')} from ${sql.table('sm_member')}
        where ${sql.ref('segment_id')} = ${segmentId}
        ${after === undefined ? sql`` : sql`and ${sql.ref('contact_id')} > ${after}`}
        order by ${sql.ref('contact_id')} limit ${batchSize})
      select (select count(*) from ${sql.ref('slice')}) as ${sql.ref('slice')}, count(*) as ${sql.ref('found')},
        group_concat(${sql.ref('line')}, char(13, 10) order by ${sql.ref('id')}) as ${sql.ref('text')},
        (select max(${sql.ref('contact_id')}) from ${sql.ref('slice')}) as ${sql.ref('last')}
      from (select ${sql.ref('id')}, ${line} as ${sql.ref('line')} from ${sql.table('contact')}
        where ${sql.ref('id')} in (select ${sql.ref('contact_id')} from ${sql.ref('slice')}))`.execute(
      session.db,
    );
    const batch = rows[0];
    if (!batch || batch.last === null) return;
    if (batch.found > 0 && batch.text !== null) yield { members: batch.found, text: batch.text };
    // A member whose contact is gone leaves a gap, so the slice decides where the next one starts.
    if (batch.slice < batchSize) return;
    after = batch.last;
  }
}

/** Text as a CSV field: quoted, with its quotes doubled, when it holds a comma, a quote or a line break. */
function quoted(text: RawBuilder<unknown>): RawBuilder<string> {
  return sql`case when ${text} glob ${sql.lit('*[",\r\n]*')}
    then '"' || replace(${text}, '"', '""') || '"' else ${text} end`;
}

/** One attribute's column as its CSV field, as `csvField` writes the kept value `fromColumn` reads. */
function field(attribute: AttributeDef): RawBuilder<string> {
  const column = sql.ref(attribute.name);
  switch (attribute.type) {
    case 'boolean':
      return sql`case when ${column} is null then '' when ${column} = 1 then 'true' else 'false' end`;
    case 'integer':
      // Whole numbers within ±2^53 (all `normalizeValue` keeps) are integers in SQLite, printed as such.
      return sql`coalesce(cast(${column} as text), '')`;
    case 'decimal':
    case 'money':
      return decimalField(column, scaleOf(attribute));
    case 'multichoice':
      // Kept sorted and without repeats, so the array's own order is the order `fromColumn` gives.
      return sql`coalesce((select ${quoted(sql.ref('joined'))} from (select group_concat(${sql.ref('value')}, ';'
        order by ${sql.ref('key')}) as ${sql.ref('joined')} from json_each(${column}))), '')`;
    default:
      return sql`coalesce(${quoted(column)}, '')`;
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
