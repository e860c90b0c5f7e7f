import {
  parseDefinition,
  parseQuery,
  type ParseResult,
  type Query,
  type SegmentDefinition,
} from '../definition/index.ts';
import { Schema, type Problem } from '../schema/index.ts';
import type { StoreSession } from '../store/index.ts';
import { validateDefinition, validateQuery, type ValidationContext } from '../validate/index.ts';
import { segmentCatalog } from './engine-state.ts';

/**
 * What a definition is checked against in `session`: its schema, custom attributes included (another
 * process may have added some), and the saved segments a definition may reference. For a definition
 * kept outside the segments, such as a template's.
 */
export async function validationContext(session: StoreSession): Promise<ValidationContext> {
  return { schema: await session.syncSchema(), segments: await segmentCatalog(session) };
}

/**
 * Every problem of a segment definition at once, as going live would find them, shape and meaning,
 * over the schema of `session` (custom attributes included) and the segments saved there; without a
 * session (a command with no database yet), the built-in schema and no saved segments. `selfId` is
 * the saved segment the definition is for, so that a reference back to it is found.
 *
 * A problem in the segment's own fields (a missing name, say) does not hide those of its query: the
 * query is then validated as well, with those fields set aside. A query whose JSON is malformed
 * reports its shape problems alone, since its meaning cannot be read.
 *
 * @example
 * const problems = await store.read((session) => definitionProblems(json, session));
 */
export async function definitionProblems(
  json: unknown,
  session?: StoreSession,
  selfId?: string,
): Promise<readonly Problem[]> {
  const context = {
    schema: session ? await session.syncSchema() : Schema.builtin(),
    segments: session ? await segmentCatalog(session) : { get: () => undefined },
    ...(selfId === undefined ? {} : { selfId }),
  };
  return everyProblem(json, (parsed) => validateDefinition(parsed, context));
}

/** The segment's own fields, which a shape problem may name without hiding the query's problems. */
const ownFields = { name: 'Unnamed', type: undefined, description: undefined, timeZone: 'UTC' } as const;

function everyProblem(json: unknown, validate: (parsed: SegmentDefinition) => Problem[]): Problem[] {
  const parsed = parseDefinition(json);
  if (parsed.ok) return validate(parsed.value);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [...parsed.problems];
  const wrong = new Set(parsed.problems.map((p) => p.path.split(/[.[]/)[0] ?? ''));
  if (wrong.has('query') || wrong.has('type')) return [...parsed.problems];
  const patched: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(json)) {
    if (!(field in ownFields) && field !== 'query') continue;
    const fallback = ownFields[field as keyof typeof ownFields];
    if (!wrong.has(field)) patched[field] = value;
    else if (fallback !== undefined) patched[field] = fallback;
  }
  if (patched.name === undefined) patched.name = ownFields.name;
  const reparsed = parseDefinition(patched);
  if (!reparsed.ok) return [...parsed.problems];
  const meaning = validate(reparsed.value).filter((p) => !wrong.has(p.path.split(/[.[]/)[0] ?? ''));
  return [...parsed.problems, ...meaning];
}

/**
 * A query on its own (the `query` of a definition) checked as going live would check it, with paths
 * under `path`, over the schema and segments of `session`, read in `timeZone`: the query, or every
 * problem.
 */
export async function checkedQuery(
  json: unknown,
  session: StoreSession,
  path = 'query',
  timeZone?: string,
): Promise<ParseResult<Query>> {
  const parsed = parseQuery(json, path);
  if (!parsed.ok) return parsed;
  const problems = validateQuery(parsed.value, await validationContext(session), path, timeZone);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
