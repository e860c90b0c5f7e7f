import { parseDefinition } from '../../definition/index.ts';
import { CliError } from '../cli-error.ts';
import type { LocationOptions } from '../data-location.ts';
import { ExitCode } from '../exit-codes.ts';
import { nameFromFile, parseMqlFileAt } from '../mql-file.ts';
import { withReads } from '../open-engine.ts';
import { printLines } from '../output.ts';

/**
 * `mql parse <file> [--name NAME]`: prints the segment definition the MQL means, as JSON that
 * `segment create` takes (named after the file unless `--name` says); or every problem with its line
 * and column on stderr, exit 1.
 */
export async function parseMqlFile(
  file: string,
  options: LocationOptions & { name?: string },
): Promise<ExitCode> {
  const query = await parseMqlFileAt(file, options);
  const definition = { name: options.name ?? nameFromFile(file), type: 'dynamic', query };
  await printLines([JSON.stringify(definition, null, 2)]);
  return ExitCode.ok;
}

/** `mql print <id>`: a segment's query as MQL, which `mql parse` and `segment create --mql` read back. */
export async function printSegmentMql(id: string, options: LocationOptions): Promise<ExitCode> {
  const mql = await withReads(options, { create: false }, async (reads) => {
    const segment = await reads.segment(id);
    if (!segment) throw new CliError(`There is no segment "${id}".`);
    if (segment.type === 'static')
      throw new CliError(
        `"${segment.name}" is a static segment: its members are added by id, so it has no query to print as MQL.`,
      );
    const parsed = parseDefinition(segment.definition, { limits: false });
    const query = parsed.ok ? parsed.value.query : undefined;
    if (!query) throw new CliError(`"${segment.name}" has no query yet: there is no MQL to print.`);
    return reads.printMql(query);
  });
  await printLines([mql]);
  return ExitCode.ok;
}
