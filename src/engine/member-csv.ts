import type { AttributeValue } from '../schema/index.ts';
import { csvCellKinds, databaseMemberCsv, type MemberCsvSource } from '../store/member-csv-text.ts';
import { memberBatchSize, memberRows } from '../store/member-rows.ts';
import { csvFormatted, csvLine, csvText, type FormulaCells } from './csv-fields.ts';

/** How `memberCsv` writes: members per batch, and what it does with text that starts a formula. */
export interface MemberCsvOptions {
  /** Members read per query, one chunk of lines each (5,000 unless told). */
  readonly batchSize?: number;
  /** `escape` (the default) neutralises text a spreadsheet would read as a formula; `keep` does not. */
  readonly formulas?: FormulaCells;
}

type FieldWriter = (value: AttributeValue) => string;

/**
 * Every member of a segment as CSV (`id` and every contact attribute), header first, read in batches of
 * thousands so memory stays flat: what `GET /api/segments/{id}/members.csv` streams, one chunk per
 * batch, and what `segmint export` writes. `onPage` hears how many members each chunk held. On SQLite
 * the database writes the lines itself (`databaseMemberCsv`), the same text several times faster, and
 * given a store (not a transaction) it does so in a reader process, batch by batch (`Store.read`).
 *
 * Text cells (the id, `string`, `choice`, `lookup` and `multichoice` values) that a spreadsheet would
 * read as a formula are neutralised unless `formulas` is `keep`; numbers, booleans and dates are
 * written as Segmint formats them (see `csv.ts`).
 */
export async function* memberCsv(
  store: MemberCsvSource,
  segmentId: string,
  onPage?: (members: number) => void,
  options: MemberCsvOptions = {},
): AsyncGenerator<string> {
  const { batchSize = memberBatchSize, formulas = 'escape' } = options;
  const contact = store.schema().entity('contact');
  const attributes = contact?.attributes ?? [];
  yield csvLine(['id', ...attributes.map((a) => a.name)], formulas);
  const written = contact && databaseMemberCsv(store, contact, segmentId, { batchSize, formulas });
  if (written) {
    for await (const { members, text } of written) {
      onPage?.(members);
      yield `${text}\r\n`;
    }
    return;
  }
  const text: FieldWriter = (value) => (value === null ? '' : csvText(cellText(value), formulas));
  const writers: FieldWriter[] = [
    text,
    ...attributes.map((a) => (csvCellKinds[a.type] === 'text' ? text : formatted)),
  ];
  for await (const { rows } of memberRows(store, segmentId, batchSize)) {
    // Joined arrays, not `+=`: a chunk of thousands of lines built by concatenation is a deep rope of
    // small strings that costs more to collect and to flatten than to write.
    const lines = new Array<string>(rows.length + 1);
    const fields = new Array<string>(writers.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as readonly AttributeValue[];
      for (let c = 0; c < fields.length; c++) fields[c] = (writers[c] as FieldWriter)(row[c] ?? null);
      lines[r] = fields.join(',');
    }
    lines[rows.length] = '';
    onPage?.(rows.length);
    yield lines.join('\r\n');
  }
}

/** A kept value as text: a multi-choice's options joined by ";", as the import reads them. */
function cellText(value: string | number | boolean | readonly string[]): string {
  return typeof value === 'object' ? value.join(';') : String(value);
}

/** A value Segmint formats itself (a number, a boolean, a decimal's or a date's text) as its field. */
function formatted(value: AttributeValue): string {
  return typeof value === 'object' && value !== null ? value.join(';') : csvFormatted(value);
}
