import { basename, extname } from 'node:path';
import { parseMql, segmentResolver, type MqlProblem } from '../mql/index.ts';
import { Schema } from '../schema/index.ts';
import type { Engine } from '../engine/index.ts';
import { CliError } from './cli-error.ts';
import { dataLocation, type LocationOptions } from './data-location.ts';
import { hasDatabase, withReads } from './open-engine.ts';
import { counted } from './output.ts';
import { readTextFile } from './read-json-file.ts';

/**
 * One line per problem of an MQL file, as compilers write them, so an editor can jump to each:
 * `women.mql:2:11: There is no attribute "address1_cty" … (MQL_UNKNOWN_ATTRIBUTE)`.
 */
export function mqlProblemLines(file: string, problems: readonly MqlProblem[]): string[] {
  return problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message} (${p.code})`);
}

/** The refusal of an MQL file: how many problems, then each at its line and column. */
export function invalidMqlFile(file: string, problems: readonly MqlProblem[]): CliError {
  return new CliError(
    `${file} cannot be read as MQL (${counted(problems.length, 'problem')}):`,
    undefined,
    mqlProblemLines(file, problems),
  );
}

/** A segment's name taken from its MQL file's: `women-of-seattle.mql` → `women-of-seattle`. */
export function nameFromFile(file: string): string {
  const base = basename(file);
  const name = base.slice(0, base.length - extname(base).length);
  return name === '' ? base : name;
}

/** The text of an MQL file, or a CliError for a file that is missing or holds nothing. */
export async function readMqlFile(file: string): Promise<string> {
  const text = await readTextFile(file);
  if (text.trim() === '') throw new CliError(`${file} is empty: expected a segment query (MQL).`);
  return text;
}

/** Reads MQL over the installation's schema and segments, or throws every problem with its line and column. */
export async function queryOfMqlFile(
  file: string,
  text: string,
  reads: Pick<Engine, 'readMql'>,
): Promise<unknown> {
  const result = await reads.readMql(text);
  if (!result.ok) throw invalidMqlFile(file, result.problems);
  return result.query;
}

/**
 * Reads an MQL file over the schema and segments of the command's database; where there is no
 * database yet, over the built-in schema and no segments (as `segment validate` does).
 */
export async function parseMqlFileAt(file: string, options: LocationOptions): Promise<unknown> {
  const text = await readMqlFile(file);
  const location = dataLocation(options);
  if (hasDatabase(location))
    return withReads(options, { create: false }, (reads) => queryOfMqlFile(file, text, reads));
  const result = parseMql(text, Schema.builtin(), { resolveSegment: segmentResolver([]) });
  if (!result.ok) throw invalidMqlFile(file, result.problems);
  return result.query;
}
