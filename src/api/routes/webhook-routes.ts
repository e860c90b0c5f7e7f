import { z } from 'zod';
import {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  WebhookDelivery,
  type WebhookView,
} from '../../extensions/webhooks/index.ts';
import { notFound } from '../api-error.ts';
import type { ApiPlugin } from '../api-plugin.ts';
import { errorResponses } from '../schemas/error-schemas.ts';

const tags = ['Webhooks'];

const webhookParams = z.object({ id: z.string().min(1).max(200) });

const newWebhookSchema = z
  .object({
    url: z
      .string()
      .min(1)
      .max(2_000)
      .describe(
        'An http or https URL, without credentials, that accepts POSTed JSON. Its host must be a public address: loopback, private, link-local and metadata addresses, and names that resolve to them, are refused (422) unless the server runs with --allow-private-webhooks.',
      ),
    segments: z
      .array(z.string().min(1).max(200))
      .max(1_000)
      .optional()
      .describe("Only these segments' events; every segment's when left out."),
  })
  .meta({ examples: [{ url: 'https://hooks.example.com/segmint', segments: ['0196…'] }] });

const webhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    segments: z.array(z.string()).nullable().describe('The segments whose events it receives; null for all.'),
    createdAt: z.string(),
    delivery: z
      .object({
        lastSeq: z.number().int().describe('The last event the receiver acknowledged with a 2xx.'),
        attempts: z
          .number()
          .int()
          .describe('Failed attempts at the current batch; 0 while deliveries succeed.'),
        nextAttemptAt: z.string().nullable().describe('When the failed batch is tried again.'),
        lastError: z.string().nullable(),
      })
      .describe('How far deliveries have got.'),
  })
  .meta({ id: 'Webhook' });

const createdWebhookSchema = webhookSchema
  .extend({
    secret: z
      .string()
      .describe(
        'The HMAC-SHA256 key: each delivery carries `X-Segmint-Signature: sha256=<hex HMAC of the raw body>`. Shown this once.',
      ),
  })
  .meta({ id: 'CreatedWebhook' });

/** A webhook as the schema types it (mutable arrays). */
const body = <W extends WebhookView>(webhook: W) => ({
  ...webhook,
  segments: webhook.segments && [...webhook.segments],
  delivery: { ...webhook.delivery },
});

/**
 * Webhooks: `POST /api/webhooks` subscribes a URL to membership events from now on (answering its
 * secret once), `GET /api/webhooks` lists them with their delivery state, `DELETE /api/webhooks/{id}`
 * ends one. Deliveries are JSON batches `{ webhookId, sentAt, events }`, signed, in log order, retried
 * with back-off until the receiver answers 2xx. The delivery worker runs while the app does. Targets at
 * internal addresses are refused, at creation and at every connection, unless the engine allows them.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin returns a promise
export const webhookRoutes: ApiPlugin = async (app, { engine }) => {
  const delivery = new WebhookDelivery(engine, {
    onError: (error) => {
      app.log.warn({ err: error }, 'webhook delivery failed');
    },
  });
  app.addHook('onReady', (done) => {
    delivery.start();
    done();
  });
  app.addHook('onClose', async () => {
    await delivery.stop();
  });

  app.post(
    '/api/webhooks',
    {
      schema: {
        tags,
        operationId: 'createWebhook',
        summary: 'Subscribe a URL to membership events; the answer holds its signing secret, shown once',
        description:
          'Refused with 422 (`REFUSED_TARGET`) when the URL’s host is, or resolves to, an internal address (loopback, private, link-local, carrier-grade NAT, cloud metadata …), unless the server allows private targets. Deliveries follow no redirects.',
        body: newWebhookSchema,
        response: { 201: createdWebhookSchema, ...errorResponses(400, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(body(await createWebhook(engine, request.body))),
  );

  app.get(
    '/api/webhooks',
    {
      schema: {
        tags,
        operationId: 'listWebhooks',
        summary: 'Every webhook with its delivery state (secrets are not shown)',
        response: { 200: z.object({ items: z.array(webhookSchema) }), ...errorResponses() },
      },
    },
    async () => ({ items: (await listWebhooks(engine)).map(body) }),
  );

  app.get(
    '/api/webhooks/:id',
    {
      schema: {
        tags,
        operationId: 'getWebhook',
        summary: 'One webhook with its delivery state',
        params: webhookParams,
        response: { 200: webhookSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const found = (await listWebhooks(engine)).find((w) => w.id === request.params.id);
      if (!found) throw notFound(`There is no webhook "${request.params.id}".`);
      return body(found);
    },
  );

  app.delete(
    '/api/webhooks/:id',
    {
      schema: {
        tags,
        operationId: 'deleteWebhook',
        summary: 'Delete a webhook; its deliveries stop',
        params: webhookParams,
        response: { 204: z.undefined().describe('Deleted.'), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await deleteWebhook(engine, request.params.id);
      return reply.code(204).send();
    },
  );
};
