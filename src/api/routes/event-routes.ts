import { z } from 'zod';
import { defineRoutes } from '../api-plugin.ts';
import { streamEvents } from '../event-stream.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import {
  eventListQuery,
  eventPageSchema,
  eventStreamHeaders,
  eventStreamQuery,
} from '../schemas/event-schemas.ts';

const tags = ['Events'];

/**
 * The membership log: `GET /api/events?after=SEQ&segment=ID` (a page, oldest first) and
 * `GET /api/events/stream` (server-sent events `id: <seq>`, `event: membership`, JSON data; resumable
 * with `Last-Event-ID` or `?after=`).
 */
export const eventRoutes = defineRoutes((app, { engine, heartbeatMs }) => {
  const open = new Set<() => void>();
  // Open streams would keep the server from closing; end them first.
  app.addHook('preClose', (done) => {
    for (const end of [...open]) end();
    done();
  });

  app.get(
    '/api/events',
    {
      schema: {
        tags,
        operationId: 'listEvents',
        summary: 'Membership events after a sequence number, oldest first',
        querystring: eventListQuery,
        response: { 200: eventPageSchema, ...errorResponses(400) },
      },
    },
    async (request) => {
      const { after, segment, limit } = request.query;
      const items = await engine.events({ after, limit, ...(segment ? { segmentId: segment } : {}) });
      return { items, nextAfter: items.at(-1)?.seq ?? after, hasMore: items.length === limit };
    },
  );

  app.get(
    '/api/events/stream',
    {
      schema: {
        tags,
        operationId: 'streamEvents',
        summary: 'Membership events as server-sent events, resumable with Last-Event-ID',
        description:
          'Each event is `id: <seq>`, `event: membership` and the event as JSON `data`. Without `after` or `Last-Event-ID` the stream starts at the newest event. Comments (`: heartbeat`) keep the connection open.',
        querystring: eventStreamQuery,
        headers: eventStreamHeaders,
        response: {
          200: { description: 'The event stream.', content: { 'text/event-stream': { schema: z.string() } } },
          ...errorResponses(400),
        },
      },
    },
    async (request, reply) => {
      const resumeFrom = request.headers['last-event-id'];
      const after =
        resumeFrom !== undefined
          ? Number(resumeFrom)
          : (request.query.after ?? (await engine.lastEventSeq()));
      reply.hijack();
      let end: (() => void) | undefined;
      end = streamEvents(reply.raw, {
        engine,
        after,
        segmentId: request.query.segment,
        heartbeatMs,
        onEnd: () => {
          if (end) open.delete(end);
          end = undefined;
        },
        onError: (error) => {
          request.log.error({ err: error }, 'event stream failed');
        },
      });
      open.add(end);
    },
  );
});
