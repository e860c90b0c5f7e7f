import { CliError } from '../cli-error.ts';
import type { LocationOptions } from '../data-location.ts';
import { ExitCode } from '../exit-codes.ts';
import { withEngine } from '../open-engine.ts';
import { counted, write } from '../output.ts';
import { readJsonFile } from '../read-json-file.ts';

/** `eval <definition.json> [--count]`: the member ids a definition selects now (or their count). */
export async function evaluate(
  file: string,
  options: LocationOptions & { count?: boolean },
): Promise<ExitCode> {
  const json = await readJsonFile(file);
  const { query, timeZone } = queryOf(json, file);
  const members = await withEngine(options, { create: false }, (engine) =>
    engine.evaluateQuery(query, timeZone),
  );
  if (options.count === true) {
    await write(process.stdout, `${members.size}\n`);
    return ExitCode.ok;
  }
  const ids = [...members].sort();
  for (let i = 0; i < ids.length; i += 1_000)
    await write(
      process.stdout,
      ids
        .slice(i, i + 1_000)
        .map((id) => `${id}\n`)
        .join(''),
    );
  if (process.stderr.isTTY) process.stderr.write(`${counted(ids.length, 'member')}\n`);
  return ExitCode.ok;
}

/** The query and time zone of a definition (or a bare query, read in UTC). */
function queryOf(json: unknown, file: string): { query: unknown; timeZone: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new CliError(`${file} must hold a JSON object: a segment definition or a query.`);
  const object = json as Record<string, unknown>;
  if ('blocks' in object && !('query' in object)) return { query: object, timeZone: 'UTC' };
  if (!('query' in object))
    throw new CliError(`${file} has no query to evaluate (a static segment's members are added by hand).`);
  const timeZone = typeof object.timeZone === 'string' ? object.timeZone : 'UTC';
  return { query: object.query, timeZone };
}
