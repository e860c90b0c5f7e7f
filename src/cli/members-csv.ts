import { memberCsv, type FormulaCells } from '../engine/index.ts';
import type { StoreSession } from '../store/index.ts';
import { CliError } from './cli-error.ts';
import { memberRecords } from './member-records.ts';
import { write } from './output.ts';

/**
 * Writes a segment's members as CSV, exactly as `GET /api/segments/{id}/members.csv` streams it
 * (`memberCsv`): a header of `id` and every contact attribute by logical name (custom ones included),
 * then one row per member, multi-choice values joined with `;` (the form `segmint import` reads back).
 * Text a spreadsheet would read as a formula is neutralised unless `formulas` is `keep`
 * (`--keep-formulas`). Fails naming the segment, writing nothing, when there is none with that id.
 * Returns the number of members written.
 */
export async function writeMembersCsv(
  store: StoreSession,
  segmentId: string,
  out: NodeJS.WritableStream,
  formulas: FormulaCells = 'escape',
): Promise<number> {
  if (!(await store.segments.get(segmentId))) throw new CliError(`There is no segment "${segmentId}".`);
  let written = 0;
  const counted = (members: number) => (written += members);
  for await (const chunk of memberCsv(store, segmentId, counted, { formulas })) await write(out, chunk);
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
