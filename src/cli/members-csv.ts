import type { AttributeValue } from '../schema/index.ts';
import type { StoredRecord, StoreSession } from '../store/index.ts';
import { memberRecords } from './member-records.ts';
import { write } from './output.ts';

/**
 * Writes a segment's members as CSV (RFC 4180): a header of `id` and every contact attribute by
 * logical name (custom ones included), then one row per member. Multi-choice values are joined with
 * `;`, the form `segmint import` reads back. Returns the number of members written.
 */
export async function writeMembersCsv(
  store: StoreSession,
  segmentId: string,
  out: NodeJS.WritableStream,
): Promise<number> {
  const columns = [
    'id',
    ...(store
      .schema()
      .entity('contact')
      ?.attributes.map((a) => a.name) ?? []),
  ];
  const records = memberRecords(store, segmentId);
  // The first record is read before the header, so that an unknown segment writes nothing.
  const first = await records.next();
  await write(out, `${columns.map(csvCell).join(',')}\r\n`);
  if (first.done === true) return 0;
  let written = 0;
  let batch: string[] = [];
  const flush = async () => {
    await write(out, batch.join(''));
    batch = [];
  };
  const add = async (record: StoredRecord) => {
    batch.push(`${columns.map((column) => csvCell(record[column] ?? null)).join(',')}\r\n`);
    written++;
    if (batch.length >= 500) await flush();
  };
  await add(first.value);
  for await (const record of records) await add(record);
  await flush();
  return written;
}

/** A JSON array of a segment's members, streamed one record per line. Returns the number written. */
export async function writeMembersJson(
  store: StoreSession,
  segmentId: string,
  out: NodeJS.WritableStream,
): Promise<number> {
  let written = 0;
  for await (const record of memberRecords(store, segmentId)) {
    await write(out, `${written === 0 ? '[\n' : ',\n'}  ${JSON.stringify(record)}`);
    written++;
  }
  await write(out, written === 0 ? '[]\n' : '\n]\n');
  return written;
}

/** One CSV field: quoted when it holds a comma, quote, line break or edge space. */
export function csvCell(value: AttributeValue): string {
  if (value === null) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
