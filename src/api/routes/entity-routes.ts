import { z } from 'zod';
import { defineRoutes, type ApiPlugin } from '../api-plugin.ts';
import { recordOrNotFound } from '../record-actions.ts';
import { listRecords } from '../record-listing.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import {
  listQuery,
  recordIdParams,
  recordInputSchema,
  recordPageSchema,
  recordSchema,
} from '../schemas/record-schemas.ts';

/**
 * The routes of one built-in entity at its own path (`/api/contacts` for `contact`): create, a page
 * searched by name and email, and read, change, delete by id.
 */
function entityRoutes(path: string, entity: string, label: { one: string; many: string }): ApiPlugin {
  const tags = [label.many];
  const id = (verb: string) => `${verb}${label.one}`;
  return defineRoutes((app, { engine }) => {
    app.post(
      path,
      {
        config: { access: 'write' },
        schema: {
          tags,
          operationId: id('create'),
          summary: `Create a ${entity}`,
          body: recordInputSchema,
          response: { 201: recordSchema, ...errorResponses(400, 409, 422) },
        },
      },
      async (request, reply) => reply.code(201).send(await engine.createRecord(entity, request.body)),
    );

    app.get(
      path,
      {
        schema: {
          tags,
          operationId: id('list'),
          summary: `A page of ${label.many.toLowerCase()}, searched by name and email`,
          querystring: listQuery,
          response: { 200: recordPageSchema, ...errorResponses(400) },
        },
      },
      async (request) => listRecords(engine, entity, request.query),
    );

    app.get(
      `${path}/:id`,
      {
        schema: {
          tags,
          operationId: id('get'),
          summary: `One ${entity}`,
          params: recordIdParams,
          response: { 200: recordSchema, ...errorResponses(404) },
        },
      },
      async (request) => recordOrNotFound(engine, entity, request.params.id),
    );

    app.patch(
      `${path}/:id`,
      {
        config: { access: 'write' },
        schema: {
          tags,
          operationId: id('update'),
          summary: `Change some attributes of a ${entity} (null clears one)`,
          params: recordIdParams,
          body: recordInputSchema,
          response: { 200: recordSchema, ...errorResponses(400, 404, 422) },
        },
      },
      async (request) => engine.updateRecord(entity, request.params.id, request.body),
    );

    app.delete(
      `${path}/:id`,
      {
        config: { access: 'write' },
        schema: {
          tags,
          operationId: id('delete'),
          summary: `Delete a ${entity}`,
          params: recordIdParams,
          response: { 204: z.undefined().describe('Deleted.'), ...errorResponses(404) },
        },
      },
      async (request, reply) => {
        await engine.deleteRecord(entity, request.params.id);
        return reply.code(204).send();
      },
    );
  });
}

/** `/api/contacts`: contacts by logical names (`firstname`, `address1_city`, …). */
export const contactRoutes = entityRoutes('/api/contacts', 'contact', { one: 'Contact', many: 'Contacts' });
/** `/api/accounts`: companies. */
export const accountRoutes = entityRoutes('/api/accounts', 'account', { one: 'Account', many: 'Accounts' });
/** `/api/leads`: prospects. */
export const leadRoutes = entityRoutes('/api/leads', 'lead', { one: 'Lead', many: 'Leads' });
