import { defineRoutes } from '../api-plugin.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { auditPageSchema, auditQuery } from '../schemas/key-schemas.ts';

/** `GET /api/audit` (admin): who changed segments, the schema, webhooks, templates and keys, oldest first. */
export const auditRoutes = defineRoutes((app, { engine }) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['Audit'],
        operationId: 'listAudit',
        summary: 'The audit trail: which key changed what, and when, oldest first',
        querystring: auditQuery,
        response: { 200: auditPageSchema, ...errorResponses(400) },
      },
      config: { access: 'admin' },
    },
    async (request) => {
      const { after = 0, limit } = request.query;
      const items = await engine.access.auditTrail({ after, limit: limit + 1 });
      const page = items.slice(0, limit);
      const last = page.at(-1);
      return { items: page, nextCursor: items.length > limit && last ? String(last.seq) : null };
    },
  );
});
