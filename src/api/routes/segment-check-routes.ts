import { parseDefinition, type SegmentDefinition } from '../../definition/index.ts';
import { EngineError } from '../../engine/index.ts';
import type { Problem } from '../../schema/index.ts';
import { isValidTimeZone, validateDefinition } from '../../validate/index.ts';
import { defineRoutes } from '../api-plugin.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { estimateSchema, newSegmentBodySchema, validationSchema } from '../schemas/segment-schemas.ts';
import { definitionBodySchema } from '../schemas/definition-doc.ts';
import { segmentCatalog } from '../segment-catalog.ts';

const tags = ['Segments'];

/** The segment's own fields, which a shape problem may name without hiding the query's problems. */
const ownFields = { name: 'Unnamed', type: undefined, description: undefined, timeZone: 'UTC' } as const;

/**
 * Every problem of a definition at once (shape and meaning). A problem in the segment's own fields
 * (a missing name, say) does not hide those of its query: the query is then validated as well, with
 * those fields set aside. A query whose JSON is malformed reports its shape problems alone, since
 * its meaning cannot be read.
 */
function everyProblem(
  definition: Readonly<Record<string, unknown>>,
  validate: (parsed: SegmentDefinition) => Problem[],
): Problem[] {
  const parsed = parseDefinition(definition);
  if (parsed.ok) return validate(parsed.value);
  const wrong = new Set(parsed.problems.map((p) => p.path.split(/[.[]/)[0] ?? ''));
  if (wrong.has('query') || wrong.has('type')) return [...parsed.problems];
  const patched: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(definition)) {
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
 * Checking a definition without saving it: `POST /api/segments/validate` lists every problem (shape
 * and meaning, each with its path); `POST /api/segments/estimate` counts the contacts it selects now.
 */
export const segmentCheckRoutes = defineRoutes((app, { engine }) => {
  app.post(
    '/api/segments/validate',
    {
      schema: {
        tags,
        operationId: 'validateSegment',
        summary: 'Every problem of a definition, each with its path; empty when valid',
        description: 'Send `id` with the definition of a saved segment to find references back to it.',
        body: newSegmentBodySchema,
        response: { 200: validationSchema, ...errorResponses(400) },
      },
    },
    async (request) => {
      const { id, ...definition } = request.body;
      const context = {
        schema: engine.store.schema(),
        segments: await segmentCatalog(engine.store),
        ...(id === undefined ? {} : { selfId: id }),
      };
      const problems = everyProblem(definition, (parsed) => validateDefinition(parsed, context));
      return { problems: problems.map((p) => ({ ...p })) };
    },
  );

  app.post(
    '/api/segments/estimate',
    {
      schema: {
        tags,
        operationId: 'estimateSegment',
        summary: 'How many contacts a definition selects now, without saving it',
        body: definitionBodySchema,
        response: { 200: estimateSchema, ...errorResponses(400, 422, 503) },
      },
    },
    async (request) => {
      const { query, timeZone = 'UTC' } = request.body as { query?: unknown; timeZone?: unknown };
      const zone = typeof timeZone === 'string' ? timeZone : '';
      const problems: Problem[] = [];
      if (!isValidTimeZone(zone)) {
        problems.push({
          code: 'INVALID_TIME_ZONE',
          message: `${JSON.stringify(timeZone)} is not a time zone. Use an IANA name such as "Europe/Paris" or "UTC".`,
          path: 'timeZone',
        });
      }
      if (query === undefined)
        problems.push({
          code: 'MISSING_QUERY',
          message: 'An estimate needs a query: add a query block.',
          path: 'query',
        });
      if (problems.length > 0)
        throw new EngineError('INVALID_DEFINITION', 'The definition is not valid.', problems);
      return { count: (await engine.evaluateQuery(query, zone)).size };
    },
  );
});
