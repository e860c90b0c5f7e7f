import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { defineRoutes } from '../api-plugin.ts';
import { notFound } from '../api-error.ts';
import { requireScope } from '../auth.ts';
import type { Engine } from '../../engine/index.ts';
import { listRecords } from '../record-listing.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { memberCsvQuery, memberEditResultSchema, memberEditSchema } from '../schemas/member-schemas.ts';
import { listQuery, recordPageSchema } from '../schemas/record-schemas.ts';
import { segmentParams } from '../schemas/segment-schemas.ts';

const tags = ['Members'];

async function segmentOrNotFound(engine: Engine, id: string) {
  const segment = await engine.segment(id);
  if (!segment) throw notFound(`There is no segment "${id}".`);
  return segment;
}

/**
 * A segment's members: `GET /api/segments/{id}/members` (a page of contacts, searched by name and
 * email, sorted by `fullname` or `emailaddress1`), `GET /api/segments/{id}/members.csv` (every member,
 * streamed, formulas neutralised unless `?formulas=keep`) and `POST /api/segments/{id}/members` (manual
 * changes).
 */
export const memberRoutes = defineRoutes((app, { engine }) => {
  app.get(
    '/api/segments/:id/members',
    {
      schema: {
        tags,
        operationId: 'listMembers',
        summary: 'A page of members, searched by name and email, sorted by fullname or emailaddress1',
        params: segmentParams,
        querystring: listQuery,
        response: { 200: recordPageSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const segment = await segmentOrNotFound(engine, request.params.id);
      return listRecords(engine, 'contact', request.query, segment.id);
    },
  );

  app.get(
    '/api/segments/:id/members.csv',
    {
      schema: {
        tags,
        operationId: 'exportMembers',
        summary: 'Every member as CSV (header row of logical names), streamed, safe to open in a spreadsheet',
        params: segmentParams,
        querystring: memberCsvQuery,
        response: {
          200: { description: 'The members as CSV.', content: { 'text/csv': { schema: z.string() } } },
          ...errorResponses(400, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const segment = await segmentOrNotFound(engine, request.params.id);
      const filename = `segment-${segment.id.replace(/[^A-Za-z0-9_.-]/g, '_')}-members.csv`;
      // The typed reply knows the schema's string; a stream is sent as is, never serialized.
      return (reply as FastifyReply)
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(Readable.from(engine.memberCsv(segment.id, { formulas: request.query.formulas })));
    },
  );

  app.post(
    '/api/segments/:id/members',
    {
      config: { access: 'write' },
      schema: {
        tags,
        operationId: 'editMembers',
        summary: 'Add or remove members of a static segment, or override a dynamic one',
        params: segmentParams,
        body: memberEditSchema,
        response: { 200: memberEditResultSchema, ...errorResponses(400, 404, 422) },
      },
    },
    async (request) => {
      const target = await segmentOrNotFound(engine, request.params.id);
      // A write key may change who is in a static list; overriding a dynamic segment's rules is admin work.
      if (target.type === 'dynamic')
        requireScope(request, 'admin', 'Overriding the members of a dynamic segment');
      const changed = await engine.editMembers(request.params.id, request.body);
      const segment = await segmentOrNotFound(engine, request.params.id);
      return { changed, memberCount: segment.memberCount };
    },
  );
});
