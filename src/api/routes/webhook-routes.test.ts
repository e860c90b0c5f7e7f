import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../engine/index.ts';
import { verifyWebhookSignature, type WebhookPayload } from '../../extensions/webhooks/index.ts';
import { startReceiver, until, type TestReceiver } from '../../extensions/webhooks/webhook-test-receiver.ts';
import { testBackends } from '../../store/test-backends.ts';
import { buildApp } from '../app.ts';

const token = 'webhook-test-token';
const auth = { authorization: `Bearer ${token}` };

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`/api/webhooks ${backend.label}`, () => {
    const closers: (() => Promise<unknown>)[] = [];
    afterEach(async () => {
      for (const close of closers.splice(0).reverse()) await close();
    });
    afterAll(() => backend.cleanup());

    const open = async () => {
      // The test receiver listens on 127.0.0.1: only a server that allows private targets reaches it.
      const engine = await Engine.open(await backend.open(), { allowPrivateWebhookTargets: true });
      const app = await buildApp({ engine, adminToken: token });
      closers.push(() => app.close());
      return { engine, app };
    };
    const receiver = async (): Promise<TestReceiver> => {
      const r = await startReceiver();
      closers.push(() => r.close());
      return r;
    };

    it('creates a webhook that shows its secret once, lists and deletes it', async () => {
      const { app, engine } = await open();
      const segment = await engine.createSegment({ name: 'Static', type: 'static' });
      const created = await app.inject({
        method: 'POST',
        url: '/api/webhooks',
        headers: auth,
        payload: { url: 'https://hooks.example.com/segmint', segments: [segment.id] },
      });
      expect(created.statusCode).toBe(201);
      const hook = created.json<{ id: string; secret: string; segments: string[] }>();
      expect(hook.secret).toMatch(/^whsec_/);
      expect(hook.segments).toEqual([segment.id]);

      const list = await app.inject({ method: 'GET', url: '/api/webhooks', headers: auth });
      expect(list.statusCode).toBe(200);
      const items = list.json<{ items: Record<string, unknown>[] }>().items;
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        id: hook.id,
        url: 'https://hooks.example.com/segmint',
        delivery: { lastSeq: 0, attempts: 0, nextAttemptAt: null, lastError: null },
      });
      expect(items[0]).not.toHaveProperty('secret');
      const one = await app.inject({ method: 'GET', url: `/api/webhooks/${hook.id}`, headers: auth });
      expect(one.json()).not.toHaveProperty('secret');

      expect(
        (await app.inject({ method: 'DELETE', url: `/api/webhooks/${hook.id}`, headers: auth })).statusCode,
      ).toBe(204);
      const again = await app.inject({ method: 'DELETE', url: `/api/webhooks/${hook.id}`, headers: auth });
      expect(again.statusCode).toBe(404);
      expect(again.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect(
        (await app.inject({ method: 'GET', url: `/api/webhooks/${hook.id}`, headers: auth })).statusCode,
      ).toBe(404);
    });

    it('answers 400 for a malformed body, 422 for a bad URL or unknown segments, 401 without the token', async () => {
      const { app } = await open();
      const post = (payload: unknown, headers: Record<string, string> = auth) =>
        app.inject({ method: 'POST', url: '/api/webhooks', headers, payload: payload as object });
      expect((await post({ segments: [] })).statusCode).toBe(400);
      const bad = await post({ url: 'ftp://example.com', segments: ['nope'] });
      expect(bad.statusCode).toBe(422);
      expect(
        bad
          .json<{ error: { details: { code: string; path: string }[] } }>()
          .error.details.map((d) => [d.code, d.path]),
      ).toEqual([
        ['INVALID_URL', 'url'],
        ['UNKNOWN_SEGMENT', 'segments[0]'],
      ]);
      expect((await post({ url: 'https://example.com', segments: [] })).statusCode).toBe(422);
      expect((await post({ url: 'https://example.com' }, {})).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/webhooks' })).statusCode).toBe(401);
    });

    it('delivers the membership changes that API writes cause, signed, while the app runs', async () => {
      const { app } = await open();
      const r = await receiver();
      const created = await app.inject({
        method: 'POST',
        url: '/api/webhooks',
        headers: auth,
        payload: { url: r.url },
      });
      const { secret } = created.json<{ secret: string }>();
      const segment = await app.inject({
        method: 'POST',
        url: '/api/segments',
        headers: auth,
        payload: {
          name: 'Atlantis',
          type: 'dynamic',
          query: {
            blocks: [
              {
                entity: 'contact',
                where: {
                  kind: 'group',
                  op: 'and',
                  children: [
                    {
                      kind: 'condition',
                      attribute: 'address1_city',
                      operator: 'equals',
                      values: ['Atlantis'],
                    },
                  ],
                },
              },
            ],
          },
        },
      });
      const segmentId = segment.json<{ id: string }>().id;
      await app.inject({ method: 'POST', url: `/api/segments/${segmentId}/go-live`, headers: auth });
      await app.inject({
        method: 'POST',
        url: '/api/import/contact',
        headers: { ...auth, 'content-type': 'text/csv' },
        payload: 'id,address1_city\na,Atlantis\nb,Atlantis\n',
      });
      const events = () => r.received.flatMap((req) => (JSON.parse(req.body) as WebhookPayload).events);
      await until(() => events().length === 2);
      expect(events().map((e) => [e.segmentId, e.contactId, e.change])).toEqual([
        [segmentId, 'a', 'joined'],
        [segmentId, 'b', 'joined'],
      ]);
      for (const req of r.received)
        expect(verifyWebhookSignature(secret, req.body, req.headers['x-segmint-signature'])).toBe(true);
    });
  });
}
