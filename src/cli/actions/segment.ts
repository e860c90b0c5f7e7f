import { definitionProblems, type Engine } from '../../engine/index.ts';
import type { StoredSegment } from '../../store/index.ts';
import { CliError } from '../cli-error.ts';
import { auditCommandLine } from '../command-line-audit.ts';
import { dataLocation, type LocationOptions } from '../data-location.ts';
import { ExitCode } from '../exit-codes.ts';
import { writeMembersCsv, writeMembersJson } from '../members-csv.ts';
import { nameFromFile, queryOfMqlFile, readMqlFile } from '../mql-file.ts';
import { hasDatabase, withEngine, withReads } from '../open-engine.ts';
import { count, counted, printLines } from '../output.ts';
import { problemLines } from '../problem-lines.ts';
import { readJsonFile } from '../read-json-file.ts';
import { textTable } from '../text-table.ts';

interface CreateOptions extends LocationOptions {
  readonly id?: string;
  readonly mql?: string;
  readonly name?: string;
  readonly timeZone?: string;
}

/**
 * `segment create [definition.json] [--mql FILE] [--name NAME] [--time-zone ZONE] [--id ID]`: saves a
 * draft and prints its id. With `--mql`, the query is read from a Dynamics segment query (over the
 * database's schema and segments) and the definition file, when given, holds the rest.
 */
export async function createSegment(file: string | undefined, options: CreateOptions): Promise<ExitCode> {
  if (file === undefined && options.mql === undefined)
    throw new CliError('Give a definition file (JSON), or the query as MQL with --mql FILE.', ExitCode.usage);
  const json = file === undefined ? undefined : await readJsonFile(file);
  const mql = options.mql === undefined ? undefined : await readMqlFile(options.mql);
  const created = await withEngine(options, { create: true }, async (engine) => {
    const definition =
      options.mql === undefined || mql === undefined
        ? withOptions(json, options)
        : await definitionWithMql(file, json, options.mql, mql, options, engine);
    const segment = await engine.createSegment(definition, options.id);
    await auditCommandLine(engine.access, 'segment.create', 'segment', segment.id);
    return segment;
  });
  await printLines([created.id]);
  return ExitCode.ok;
}

/** `segment go-live <id>`: validates, computes the members and keeps them right. */
export async function goLive(id: string, options: LocationOptions): Promise<ExitCode> {
  const live = await withEngine(options, { create: false }, async (engine) => {
    const segment = await engine.goLive(id);
    await auditCommandLine(engine.access, 'segment.go-live', 'segment', segment.id);
    return segment;
  });
  await printLines([`"${live.name}" (${live.id}) is live with ${counted(live.memberCount, 'member')}.`]);
  return ExitCode.ok;
}

/** `segment stop <id>`: stops maintaining it; refused while a live segment reads it. */
export async function stopSegment(id: string, options: LocationOptions): Promise<ExitCode> {
  const stopped = await withEngine(options, { create: false }, async (engine) => {
    const segment = await engine.stopSegment(id);
    await auditCommandLine(engine.access, 'segment.stop', 'segment', segment.id);
    return segment;
  });
  await printLines([
    `"${stopped.name}" (${stopped.id}) is stopped and keeps its ${counted(stopped.memberCount, 'member')}.`,
  ]);
  return ExitCode.ok;
}

/** `segment list [--format table|json]`. */
export async function listSegments(
  options: LocationOptions & { format: 'table' | 'json' },
): Promise<ExitCode> {
  // Through the engine, so that segments that read the clock have caught up with the time first.
  const segments = await withEngine(options, { create: false }, (engine) => engine.segments());
  await printLines(
    options.format === 'json' ? [JSON.stringify(segments.map(summary), null, 2)] : table(segments),
  );
  return ExitCode.ok;
}

/**
 * `segment members <id> [--format csv|json] [--keep-formulas]`: to stdout; in CSV, text a spreadsheet
 * would read as a formula is neutralised unless `--keep-formulas` is given.
 */
export async function listMembers(
  id: string,
  options: LocationOptions & { format: 'csv' | 'json'; keepFormulas?: boolean },
): Promise<ExitCode> {
  const formulas = options.keepFormulas === true ? 'keep' : 'escape';
  await withEngine(options, { create: false }, (engine) =>
    options.format === 'json'
      ? writeMembersJson(engine, id, process.stdout)
      : writeMembersCsv(engine, id, process.stdout, formulas),
  );
  return ExitCode.ok;
}

/** `segment validate <definition.json>`: every problem with its path; exit 1 when there are any. */
export async function validateSegment(file: string, options: LocationOptions): Promise<ExitCode> {
  const json = await readJsonFile(file);
  const location = dataLocation(options);
  // Without a database yet, validate against the built-in schema.
  const problems = hasDatabase(location)
    ? await withReads(options, { create: false }, (reads) => reads.definitionProblems(json))
    : await definitionProblems(json);
  if (problems.length === 0) {
    await printLines([`${file}: valid`]);
    return ExitCode.ok;
  }
  await printLines([
    `${file}: ${counted(problems.length, 'problem')}`,
    ...problemLines(problems).map((line) => `  ${line}`),
  ]);
  return ExitCode.failure;
}

/** A definition with `--name` and `--time-zone` put in, when given. */
function withOptions(json: unknown, options: CreateOptions): unknown {
  if (options.name === undefined && options.timeZone === undefined) return json;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  return {
    ...json,
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  };
}

/**
 * The definition of `segment create --mql`: the definition file's (or a dynamic segment named after
 * the MQL file) with the query the MQL reads as. A definition file that has a query of its own, or is
 * static, is refused: the query would be given twice, or to a segment that takes none.
 */
async function definitionWithMql(
  file: string | undefined,
  json: unknown,
  mqlFile: string,
  mql: string,
  options: CreateOptions,
  engine: Pick<Engine, 'readMql'>,
): Promise<unknown> {
  if (json !== undefined && (typeof json !== 'object' || json === null || Array.isArray(json)))
    throw new CliError(`${file ?? ''} does not hold a segment definition (a JSON object).`);
  const base = (json ?? { name: nameFromFile(mqlFile), type: 'dynamic' }) as Readonly<
    Record<string, unknown>
  >;
  if (base.query !== undefined)
    throw new CliError(
      `${file ?? ''} has a query and --mql gives another: leave the query out of the file, or drop --mql.`,
    );
  if (base.type === 'static')
    throw new CliError(
      `${file ?? ''} is a static segment, which has no query: its members are added by id. Make it dynamic, or drop --mql.`,
    );
  return withOptions({ ...base, query: await queryOfMqlFile(mqlFile, mql, engine) }, options);
}

function summary(segment: StoredSegment) {
  return {
    id: segment.id,
    name: segment.name,
    type: segment.type,
    state: segment.state,
    memberCount: segment.memberCount,
    updatedAt: segment.updatedAt,
  };
}

/** Segments as aligned columns, or a line saying there are none. */
function table(segments: readonly StoredSegment[]): string[] {
  if (segments.length === 0)
    return ['No segments yet. Create one with `segmint segment create <definition.json>`.'];
  return textTable(
    [
      ['ID', 'STATE', 'TYPE', 'MEMBERS', 'NAME'],
      ...segments.map((s) => [s.id, s.state, s.type, count(s.memberCount), s.name]),
    ],
    [3],
  );
}
