import { defineRoutes } from '../api-plugin.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { segmentParams, segmentSchema } from '../schemas/segment-schemas.ts';
import { segmentView } from '../segment-view.ts';

const tags = ['Segments'];

/**
 * Going live and stopping: `POST /api/segments/{id}/go-live` validates and publishes (422 with every
 * problem when invalid); `POST /api/segments/{id}/stop` keeps the members but stops maintaining them
 * (409 naming the dependants while a live segment reads this one).
 */
export const segmentLifecycleRoutes = defineRoutes((app, { engine }) => {
  app.post(
    '/api/segments/:id/go-live',
    {
      schema: {
        tags,
        operationId: 'goLive',
        summary: 'Validate and publish: members are computed, then kept right on every change',
        params: segmentParams,
        response: { 200: segmentSchema, ...errorResponses(404, 422, 503) },
      },
    },
    async (request) => segmentView(await engine.goLive(request.params.id)),
  );

  app.post(
    '/api/segments/:id/stop',
    {
      schema: {
        tags,
        operationId: 'stopSegment',
        summary: 'Stop maintaining a live segment; its members are kept',
        params: segmentParams,
        response: { 200: segmentSchema, ...errorResponses(404, 409) },
      },
    },
    async (request) => segmentView(await engine.stopSegment(request.params.id)),
  );
});
