import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { definitionComponents } from './schemas/definition-doc.ts';
import { explanationComponents } from './schemas/explanation-doc.ts';

/** Where the docs page is served. */
export const docsPrefix = '/api/docs';

/**
 * The OpenAPI document, made from the routes' zod schemas (`GET /api/openapi.json`), and a page to
 * read it (`GET /api/docs`). Register before the routes so that it sees them all.
 */
export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Segmint',
        description:
          'Dynamic marketing segments whose membership stays right by itself. Every route but `/api/health` needs `Authorization: Bearer <key>`: a key with the scope `read` calls the GET routes, `write` also changes records, imports and static members, `admin` everything (the admin token `segmint serve` prints is the first admin key). Errors are `{ "error": { "code", "message", "details"? } }`.',
        version,
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
        schemas: { ...definitionComponents(), ...explanationComponents() },
      },
      security: [{ bearerAuth: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: docsPrefix, uiConfig: { persistAuthorization: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
