import type { Engine, FormulaCells } from '../engine/index.ts';
import { CliError } from './cli-error.ts';
import { write } from './output.ts';

/** The engine's reads that list a segment's members. */
type MemberReads = Pick<Engine, 'segment' | 'memberCsv' | 'memberRecords'>;

/** Fails naming the segment when there is none with that id. */
async function requireSegment(engine: MemberReads, segmentId: string): Promise<void> {
  if (!(await engine.segment(segmentId))) throw new CliError(`There is no segment "${segmentId}".`);
}

/**
 * Writes a segment's members as CSV, exactly as `GET /api/segments/{id}/members.csv` streams it
 * (`memberCsv`): a header of `id` and every contact attribute by logical name (custom ones included),
 * then one row per member, multi-choice values joined with `;` (the form `segmint import` reads back).
 * Text a spreadsheet would read as a formula is neutralised unless `formulas` is `keep`
 * (`--keep-formulas`). Fails naming the segment, writing nothing, when there is none with that id.
 * Returns the number of members written.
 */
export async function writeMembersCsv(
  engine: MemberReads,
  segmentId: string,
  out: NodeJS.WritableStream,
  formulas: FormulaCells = 'escape',
): Promise<number> {
  await requireSegment(engine, segmentId);
  let written = 0;
  const onPage = (members: number) => (written += members);
  for await (const chunk of engine.memberCsv(segmentId, { onPage, formulas })) await write(out, chunk);
  return written;
}

/**
 * A JSON array of a segment's members, streamed one record per line, a page of records in memory at
 * a time. Fails naming the segment when there is none with that id. Returns the number written.
 */
export async function writeMembersJson(
  engine: MemberReads,
  segmentId: string,
  out: NodeJS.WritableStream,
): Promise<number> {
  await requireSegment(engine, segmentId);
  let written = 0;
  for await (const record of engine.memberRecords(segmentId)) {
    await write(out, `${written === 0 ? '[\n' : ',\n'}  ${JSON.stringify(record)}`);
    written++;
  }
  await write(out, written === 0 ? '[]\n' : '\n]\n');
  return written;
}
