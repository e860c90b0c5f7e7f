import { z } from 'zod';
import { defineRoutes } from '../api-plugin.ts';

/**
 * `GET /api/health`: `{ ok: true, leader }` without a token, once the server accepts requests;
 * `leader` says whether this process is the one that ticks the clock and delivers webhooks.
 */
export const healthRoutes = defineRoutes((app, { engine }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Health'],
        operationId: 'health',
        summary: 'Whether the server accepts requests (no token needed), and whether it leads',
        description:
          'Several processes may serve one database; `leader` is true in the one that ticks the clock and delivers webhooks.',
        security: [],
        response: { 200: z.object({ ok: z.literal(true), leader: z.boolean() }) },
      },
    },
    () => ({ ok: true as const, leader: engine.leads }),
  );
});
