import type { AttributeValue } from '../schema/index.ts';
import { sqliteMemberCsv } from '../store/member-csv-text.ts';
import { memberBatchSize, memberRows } from '../store/member-rows.ts';
import type { StoreSession } from '../store/index.ts';
import { csvField, csvLine } from './csv.ts';

// What makes `csvField` quote a field; everything else goes out as it is.
const mustQuote = /[",\r\n]/;
const quotes = /"/g;

/**
 * One kept value as a CSV field, exactly as `csvField` writes it: text and numbers (which never need
 * quotes) without its general path, anything else through it.
 */
function fastField(value: AttributeValue): string {
  if (typeof value === 'string') return mustQuote.test(value) ? `"${value.replace(quotes, '""')}"` : value;
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return csvField(value);
}

/**
 * Every member of a segment as CSV (`id` and every contact attribute), header first, read in batches of
 * thousands so memory stays flat: what `GET /api/segments/{id}/members.csv` streams, one chunk per
 * batch. `onPage` hears how many members each chunk held. On SQLite the database writes the lines itself
 * (`sqliteMemberCsv`), the same text several times faster.
 */
export async function* memberCsv(
  store: StoreSession,
  segmentId: string,
  onPage?: (members: number) => void,
  batchSize = memberBatchSize,
): AsyncGenerator<string> {
  const contact = store.schema().entity('contact');
  const columns = ['id', ...(contact?.attributes.map((a) => a.name) ?? [])];
  yield csvLine(columns);
  const written = contact && sqliteMemberCsv(store, contact, segmentId, batchSize);
  if (written) {
    for await (const { members, text } of written) {
      onPage?.(members);
      yield `${text}\r\n`;
    }
    return;
  }
  for await (const { rows } of memberRows(store, segmentId, batchSize)) {
    // Joined arrays, not `+=`: a chunk of thousands of lines built by concatenation is a deep rope of
    // small strings that costs more to collect and to flatten than to write.
    const lines = new Array<string>(rows.length + 1);
    const fields = new Array<string>(columns.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as readonly AttributeValue[];
      for (let c = 0; c < fields.length; c++) fields[c] = fastField(row[c] ?? null);
      lines[r] = fields.join(',');
    }
    lines[rows.length] = '';
    onPage?.(rows.length);
    yield lines.join('\r\n');
  }
}
