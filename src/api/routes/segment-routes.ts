import { z } from 'zod';
import { EngineError } from '../../engine/index.ts';
import { validateTimeZone } from '../../validate/index.ts';
import { defineRoutes } from '../api-plugin.ts';
import { badRequest, notFound } from '../api-error.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import {
  createSegmentBodySchema,
  segmentListQuery,
  segmentPageSchema,
  segmentParams,
  segmentSchema,
  segmentUpdateBodySchema,
} from '../schemas/segment-schemas.ts';
import { segmentView } from '../segment-view.ts';
import { definitionWithMql } from './mql-definition.ts';

const tags = ['Segments'];

/**
 * Refuses a definition whose `timeZone` is not an IANA zone (422 naming `timeZone`). A draft is only
 * parsed when saved, and validated in full when it goes live; but a zone is never a draft's unfinished
 * part, and one saved wrong ("Mars/Olympus") would only be found at go-live.
 */
function refuseBadTimeZone(definition: Readonly<Record<string, unknown>>): void {
  const zone = definition.timeZone;
  // Absent is UTC; a zone that is not text is the parser's to report.
  if (typeof zone !== 'string' || zone === '') return;
  const problems = validateTimeZone(zone, 'timeZone');
  if (problems.length > 0)
    throw new EngineError('INVALID_DEFINITION', 'The segment definition is not valid.', problems);
}
const cursorShape = z.object({ c: z.string(), i: z.string() });

/**
 * Segments as docs/SEGMENTS.md defines them: `POST /api/segments` (a new draft), `GET /api/segments` (a
 * page, oldest first) and `GET/PUT/DELETE /api/segments/{id}`. Saving a live segment validates and
 * republishes it, so its members change by the difference. A saved definition may carry its query as
 * MQL in `mql` instead of `query` (`mql-definition.ts`); it is stored as the query it reads as.
 */
export const segmentRoutes = defineRoutes((app, { engine }) => {
  app.post(
    '/api/segments',
    {
      schema: {
        tags,
        operationId: 'createSegment',
        summary: 'Save a new segment as a draft',
        body: createSegmentBodySchema,
        response: { 201: segmentSchema, ...errorResponses(400, 409, 422) },
      },
    },
    async (request, reply) => {
      const { id, ...body } = request.body;
      const definition = await definitionWithMql(engine, body);
      refuseBadTimeZone(definition);
      return reply.code(201).send(segmentView(await engine.createSegment(definition, id)));
    },
  );

  app.get(
    '/api/segments',
    {
      schema: {
        tags,
        operationId: 'listSegments',
        summary: 'A page of segments, oldest first',
        querystring: segmentListQuery,
        response: { 200: segmentPageSchema, ...errorResponses(400) },
      },
    },
    async (request) => {
      const { state, limit, cursor } = request.query;
      const position = cursor === undefined ? undefined : decodeCursor(cursor, cursorShape);
      // A cursor is the (createdAt, id) of the last segment of a page.
      const { items, next } = await engine.segmentPage({
        ...(state === undefined ? {} : { state }),
        limit,
        ...(position === undefined ? {} : { after: { createdAt: position.c, id: position.i } }),
      });
      const nextCursor = next === undefined ? null : encodeCursor({ c: next.createdAt, i: next.id });
      return { items: items.map(segmentView), nextCursor };
    },
  );

  app.get(
    '/api/segments/:id',
    {
      schema: {
        tags,
        operationId: 'getSegment',
        summary: 'One segment with its definition, state and member count',
        params: segmentParams,
        response: { 200: segmentSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const segment = await engine.segment(request.params.id);
      if (!segment) throw notFound(`There is no segment "${request.params.id}".`);
      return segmentView(segment);
    },
  );

  app.put(
    '/api/segments/:id',
    {
      schema: {
        tags,
        operationId: 'updateSegment',
        summary: 'Save an edited definition; a live segment is validated and republished',
        params: segmentParams,
        body: segmentUpdateBodySchema,
        response: { 200: segmentSchema, ...errorResponses(400, 404, 422) },
      },
    },
    async (request) => {
      const { id, ...body } = request.body;
      if (id !== undefined && id !== request.params.id)
        throw badRequest(
          'ID_MISMATCH',
          `The body names segment "${id}", the path "${request.params.id}".`,
          'body.id',
        );
      const definition = await definitionWithMql(engine, body);
      refuseBadTimeZone(definition);
      return segmentView(await engine.updateSegment(request.params.id, definition));
    },
  );

  app.delete(
    '/api/segments/:id',
    {
      schema: {
        tags,
        operationId: 'deleteSegment',
        summary: 'Delete a segment with its members; refused while a live segment uses it',
        params: segmentParams,
        response: { 204: z.undefined().describe('Deleted.'), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      await engine.deleteSegment(request.params.id);
      return reply.code(204).send();
    },
  );
});
