import { z } from 'zod';
import { defineRoutes } from '../api-plugin.ts';

/** `GET /api/health`: `{ ok: true }` without a token, once the server accepts requests. */
export const healthRoutes = defineRoutes((app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Health'],
        operationId: 'health',
        summary: 'Whether the server accepts requests (no token needed)',
        security: [],
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    () => ({ ok: true as const }),
  );
});
