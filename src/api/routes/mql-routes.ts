import { parseDefinition } from '../../definition/index.ts';
import { defineRoutes } from '../api-plugin.ts';
import { ApiError, notFound } from '../api-error.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { segmentParams } from '../schemas/segment-schemas.ts';
import {
  invalidMqlResponse,
  mqlParseAnswerSchema,
  mqlParseBodySchema,
  segmentMqlSchema,
} from '../schemas/segment-mql-schemas.ts';
import { queryOfMql } from './mql-definition.ts';

const tags = ['MQL'];

/**
 * Dynamics 365 Marketing's segment query language (MQL) in and out: `POST /api/mql/parse` reads a
 * query as the JSON of docs/SEGMENTS.md (or answers 422 with every problem at its line and column), and
 * `GET /api/segments/{id}/mql` prints a segment's query as MQL that reads back to the same query.
 * Segments also take MQL in place of `query` when saved (`segment-routes.ts`).
 */
export const mqlRoutes = defineRoutes((app, { engine }) => {
  app.post(
    '/api/mql/parse',
    {
      // It reads text into a query and saves nothing: a read key may, as it may print one.
      config: { access: 'read' },
      schema: {
        tags,
        operationId: 'parseMql',
        summary: 'Read a Dynamics segment query (MQL) as a Segmint query, without saving it',
        description:
          'SEGMENT(…) names a segment of this installation by its name or id, or by `SEGMENT_CRM_ID_<32 hex>` (its id as a GUID). Choices are read by label, option value or Dataverse integer value; relationships by their Dataverse names (see GET /api/schema).',
        body: mqlParseBodySchema,
        response: { 200: mqlParseAnswerSchema, ...errorResponses(400), 422: invalidMqlResponse },
      },
    },
    async (request) => ({ query: (await queryOfMql(engine, request.body.mql)) as Record<string, unknown> }),
  );

  app.get(
    '/api/segments/:id/mql',
    {
      schema: {
        tags,
        operationId: 'getSegmentMql',
        summary: "A segment's query as MQL, Dynamics' segment query language",
        description:
          'Other segments are named by name where that finds them again, else by id. 409 (NO_QUERY) for a static segment or a dynamic one without a query yet.',
        params: segmentParams,
        response: { 200: segmentMqlSchema, ...errorResponses(404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const segment = await engine.segment(id);
      if (!segment) throw notFound(`There is no segment "${id}".`);
      const parsed = parseDefinition(segment.definition, { limits: false });
      const query = parsed.ok ? parsed.value.query : undefined;
      if (segment.type === 'static')
        throw new ApiError(
          409,
          'NO_QUERY',
          `"${segment.name}" is a static segment: its members are added by id, so it has no query to print as MQL.`,
        );
      if (!query)
        throw new ApiError(
          409,
          'NO_QUERY',
          `"${segment.name}" has no query yet: add a query block (or save it with "query" or "mql"), then ask again.`,
        );
      return { mql: await engine.printMql(query) };
    },
  );
});
