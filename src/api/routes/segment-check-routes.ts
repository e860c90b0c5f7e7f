import { EngineError } from '../../engine/index.ts';
import type { Problem } from '../../schema/index.ts';
import { isValidTimeZone } from '../../validate/index.ts';
import { defineRoutes } from '../api-plugin.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { estimateSchema, newSegmentBodySchema, validationSchema } from '../schemas/segment-schemas.ts';
import { definitionBodySchema } from '../schemas/definition-doc.ts';

const tags = ['Segments'];

/**
 * Checking a definition without saving it: `POST /api/segments/validate` lists every problem (shape
 * and meaning, each with its path); `POST /api/segments/estimate` counts the contacts it selects now.
 */
export const segmentCheckRoutes = defineRoutes((app, { engine }) => {
  app.post(
    '/api/segments/validate',
    {
      // It reads a body and saves nothing: a read key may check a definition, as the designer does.
      config: { access: 'read' },
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
      const problems = await engine.definitionProblems(definition, id);
      return { problems: problems.map((p) => ({ ...p })) };
    },
  );

  app.post(
    '/api/segments/estimate',
    {
      // It counts and saves nothing: a read key may.
      config: { access: 'read' },
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
      return { count: await engine.estimateQuery(query, zone) };
    },
  );
});
