import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { CliError } from '../cli-error.ts';
import type { LocationOptions } from '../data-location.ts';
import { ExitCode } from '../exit-codes.ts';
import { writeMembersCsv } from '../members-csv.ts';
import { withEngine } from '../open-engine.ts';
import { counted } from '../output.ts';
import { fileError } from '../read-json-file.ts';

/**
 * `export <segmentId> [--output FILE] [--keep-formulas]`: the members as CSV, to stdout or a file, text
 * that a spreadsheet would read as a formula neutralised unless `--keep-formulas` is given.
 */
export async function exportMembers(
  segmentId: string,
  options: LocationOptions & { output?: string; keepFormulas?: boolean },
): Promise<ExitCode> {
  const formulas = options.keepFormulas === true ? 'keep' : 'escape';
  await withEngine(options, { create: false }, async (engine) => {
    if (!(await engine.segment(segmentId))) throw new CliError(`There is no segment "${segmentId}".`);
    if (options.output === undefined) {
      await writeMembersCsv(engine, segmentId, process.stdout, formulas);
      return;
    }
    const path = options.output;
    const file = createWriteStream(path);
    try {
      await once(file, 'open');
    } catch (error) {
      throw fileError(path, error);
    }
    let written: number;
    try {
      written = await writeMembersCsv(engine, segmentId, file, formulas);
      file.end();
      await finished(file);
    } catch (error) {
      // No half-written export is left behind to be mistaken for a whole one.
      file.destroy();
      await rm(path, { force: true });
      throw error;
    }
    process.stderr.write(`Wrote ${counted(written, 'member')} to ${path}.\n`);
  });
  return ExitCode.ok;
}
