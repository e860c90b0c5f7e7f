import { z } from 'zod';
import { defineRoutes } from '../api-plugin.ts';
import { recordOrNotFound } from '../record-actions.ts';
import { listRecords } from '../record-listing.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import {
  entityParams,
  entityRecordParams,
  listQuery,
  recordInputSchema,
  recordPageSchema,
  recordSchema,
} from '../schemas/record-schemas.ts';

const tags = ['Records'];

/**
 * Records of any entity, custom ones included, by logical name: `POST /api/records/{entity}`,
 * `GET /api/records/{entity}` (a page) and `GET/PATCH/DELETE /api/records/{entity}/{id}`. Every write
 * goes through the engine, so live segments are right when the answer arrives.
 */
export const recordRoutes = defineRoutes((app, { engine }) => {
  app.post(
    '/api/records/:entity',
    {
      config: { access: 'write' },
      schema: {
        tags,
        operationId: 'createRecord',
        summary: 'Create a record of any entity',
        params: entityParams,
        body: recordInputSchema,
        response: { 201: recordSchema, ...errorResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const record = await engine.createRecord(request.params.entity, request.body);
      return reply.code(201).send(record);
    },
  );

  app.get(
    '/api/records/:entity',
    {
      schema: {
        tags,
        operationId: 'listRecords',
        summary: 'A page of the records of any entity, searched by name and email',
        params: entityParams,
        querystring: listQuery,
        response: { 200: recordPageSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => listRecords(engine, request.params.entity, request.query),
  );

  app.get(
    '/api/records/:entity/:id',
    {
      schema: {
        tags,
        operationId: 'getRecord',
        summary: 'One record',
        params: entityRecordParams,
        response: { 200: recordSchema, ...errorResponses(404) },
      },
    },
    async (request) => recordOrNotFound(engine, request.params.entity, request.params.id),
  );

  app.patch(
    '/api/records/:entity/:id',
    {
      config: { access: 'write' },
      schema: {
        tags,
        operationId: 'updateRecord',
        summary: 'Change some attributes of a record (null clears one)',
        params: entityRecordParams,
        body: recordInputSchema,
        response: { 200: recordSchema, ...errorResponses(400, 404, 422) },
      },
    },
    async (request) => engine.updateRecord(request.params.entity, request.params.id, request.body),
  );

  app.delete(
    '/api/records/:entity/:id',
    {
      config: { access: 'write' },
      schema: {
        tags,
        operationId: 'deleteRecord',
        summary: 'Delete a record; a deleted contact leaves every segment',
        params: entityRecordParams,
        response: { 204: z.undefined().describe('Deleted.'), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await engine.deleteRecord(request.params.entity, request.params.id);
      return reply.code(204).send();
    },
  );
});
