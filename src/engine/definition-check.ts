import { parseDefinition, parseQuery, type ParseResult, type Query } from '../definition/index.ts';
import { Schema, type Problem } from '../schema/index.ts';
import type { StoreSession } from '../store/index.ts';
import { validateDefinition, validateQuery } from '../validate/index.ts';
import { segmentCatalog } from './engine-state.ts';

/**
 * Every problem of a segment definition, as going live would find them: its shape first, then the
 * schema of `session` (custom attributes included) and the segments saved there. Without a session
 * (a command with no database yet), the built-in schema and no saved segments.
 *
 * @example
 * const problems = await store.read((session) => definitionProblems(json, session));
 */
export async function definitionProblems(json: unknown, session?: StoreSession): Promise<readonly Problem[]> {
  const parsed = parseDefinition(json);
  if (!parsed.ok) return parsed.problems;
  return validateDefinition(parsed.value, {
    schema: session ? await session.syncSchema() : Schema.builtin(),
    segments: session ? await segmentCatalog(session) : { get: () => undefined },
  });
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
  const context = { schema: await session.syncSchema(), segments: await segmentCatalog(session) };
  const problems = validateQuery(parsed.value, context, path, timeZone);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
