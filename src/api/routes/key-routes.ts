import { z } from 'zod';
import { adminKeyId } from '../../store/index.ts';
import { defineRoutes } from '../api-plugin.ts';
import { ApiError, notFound } from '../api-error.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { createdKeySchema, keyParams, keySchema, newKeySchema } from '../schemas/key-schemas.ts';

const tags = ['Keys'];

/**
 * Named API keys (admin only): `POST /api/keys` makes one and shows its secret once, `GET /api/keys`
 * lists them, `DELETE /api/keys/{id}` revokes one (it stays listed, revoked). The last admin key
 * cannot be revoked: nobody could manage keys after it.
 */
export const keyRoutes = defineRoutes((app, { engine, keyRevoked }) => {
  const access = engine.access;

  app.post(
    '/api/keys',
    {
      schema: {
        tags,
        operationId: 'createKey',
        summary: 'Make an API key; the answer holds its secret, shown once',
        body: newKeySchema,
        response: { 201: createdKeySchema, ...errorResponses(400) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await access.createKey({ ...request.body, createdBy: request.key?.id ?? null })),
  );

  app.get(
    '/api/keys',
    {
      schema: {
        tags,
        operationId: 'listKeys',
        summary: 'Every API key, revoked ones too (never a secret)',
        response: { 200: z.object({ items: z.array(keySchema) }), ...errorResponses() },
      },
      config: { access: 'admin' },
    },
    async () => ({ items: await access.keys() }),
  );

  app.delete(
    '/api/keys/:id',
    {
      schema: {
        tags,
        operationId: 'revokeKey',
        summary: 'Revoke an API key: it is refused from now on (within seconds on other servers)',
        params: keyParams,
        response: { 204: z.undefined().describe('Revoked.'), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const key = await access.key(id);
      if (key === undefined || key.revokedAt !== null) throw notFound(`There is no active key "${id}".`);
      if (key.scope === 'admin') {
        const admins = (await access.keys()).filter((k) => k.scope === 'admin' && k.revokedAt === null);
        if (admins.length <= 1)
          throw new ApiError(
            409,
            'LAST_ADMIN_KEY',
            `"${key.name}" is the last admin key: make another admin key before revoking it.`,
          );
      }
      await access.revokeKey(id);
      keyRevoked();
      if (id === adminKeyId)
        request.log.warn('The admin token was revoked; it stays refused after a restart.');
      return reply.code(204).send();
    },
  );
});
