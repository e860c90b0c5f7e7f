import { defineRoutes } from '../api-plugin.ts';
import { ApiError, notFound } from '../api-error.ts';
import type { Problem } from '../../schema/index.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { entityParams } from '../schemas/record-schemas.ts';
import {
  attributeInputSchema,
  attributeSchema,
  entityInputSchema,
  entitySchema,
  schemaSchema,
} from '../schemas/schema-schemas.ts';
import { attributeView, entityView, schemaView } from '../schema-view.ts';

const tags = ['Schema'];

/** A refused schema change: 409 when the name is merely taken, 422 with every problem otherwise. */
function refused(code: string, what: string, problems: readonly Problem[]): ApiError {
  const taken =
    problems.length > 0 && problems.every((p) => p.code.startsWith('DUPLICATE_') && p.path === 'name');
  if (taken)
    return new ApiError(409, 'ALREADY_EXISTS', problems[0]?.message ?? `The ${what} exists.`, problems);
  return new ApiError(422, code, `The ${what} was not added: ${problems.length} problem(s).`, problems);
}

/**
 * The schema as data: `GET /api/schema` (entities, attributes, relationships, operators per type),
 * `POST /api/schema/{entity}/attributes` and `POST /api/schema/entities` for custom additions.
 */
export const schemaRoutes = defineRoutes((app, { engine }) => {
  app.get(
    '/api/schema',
    {
      schema: {
        tags,
        operationId: 'getSchema',
        summary: 'Entities, attributes, relationships and the operators of each attribute type',
        response: { 200: schemaSchema, ...errorResponses() },
      },
    },
    () => schemaView(engine.schema()),
  );

  app.post(
    '/api/schema/:entity/attributes',
    {
      schema: {
        tags,
        operationId: 'addAttribute',
        summary: 'Add a custom attribute to an entity',
        params: entityParams,
        body: attributeInputSchema,
        response: { 201: attributeSchema, ...errorResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { entity } = request.params;
      if (!engine.schema().entity(entity)) throw notFound(`There is no entity "${entity}".`);
      const result = await engine.addCustomAttribute(entity, request.body);
      if (!result.ok) throw refused('INVALID_ATTRIBUTE', 'attribute', result.problems);
      return reply.code(201).send(attributeView(result.attribute));
    },
  );

  app.post(
    '/api/schema/entities',
    {
      schema: {
        tags,
        operationId: 'addEntity',
        summary: 'Add a custom entity, with its attributes and lookups',
        body: entityInputSchema,
        response: { 201: entitySchema, ...errorResponses(400, 409, 422) },
      },
    },
    async (request, reply) => {
      const result = await engine.addCustomEntity(request.body);
      if (!result.ok) throw refused('INVALID_ENTITY', 'entity', result.problems);
      return reply.code(201).send(entityView(result.schema, result.entity));
    },
  );
});
