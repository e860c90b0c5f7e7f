import type { LookupAddress } from 'node:dns';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startApi } from '../../src/api/api-test-kit.ts';
import { buildApp } from '../../src/api/app.ts';
import { cityIs, contactSegment } from '../../src/engine/engine-test-helpers.ts';
import { Engine, EngineError } from '../../src/engine/index.ts';
import {
  createWebhook,
  verifyWebhookSignature,
  WebhookDelivery,
  type ResolveHost,
  type WebhookPayload,
} from '../../src/extensions/webhooks/index.ts';
import {
  startReceiver,
  until,
  type TestReceiver,
} from '../../src/extensions/webhooks/webhook-test-receiver.ts';
import type { Store } from '../../src/store/index.ts';
import { testBackends } from '../../src/store/test-backends.ts';

/**
 * Webhooks and server-side request forgery (issue 11, item 3): a webhook may not make the server send
 * requests to itself or its network. Targets at internal addresses are refused when the webhook is
 * created and again at delivery, against the address the connection would use; redirects are not
 * followed; only a server started with `--allow-private-webhooks` reaches local receivers.
 */

/** Every spelling of an internal target the issue names, and the address it comes down to. */
const internalTargets = [
  ['http://127.0.0.1/hooks', '127.0.0.1 is a loopback address'],
  ['http://127.0.0.1:3000/hooks', '127.0.0.1 is a loopback address'],
  ['http://[::1]/hooks', '::1 is a loopback address'],
  ['http://localhost/hooks', 'localhost names this machine'],
  ['http://localhost:3000/hooks', 'localhost names this machine'],
  ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is the cloud metadata address'],
  ['http://[fd00:ec2::254]/latest/meta-data/', 'fd00:ec2::254 is the cloud metadata address'],
  ['http://10.0.0.1/hooks', '10.0.0.1 is a private address (RFC 1918)'],
  ['http://192.168.1.1/hooks', '192.168.1.1 is a private address (RFC 1918)'],
  ['http://172.16.0.1/hooks', '172.16.0.1 is a private address (RFC 1918)'],
  ['https://[fd00::1]/hooks', 'fd00::1 is a private address (RFC 4193 unique local)'],
  ['http://[fe80::1]/hooks', 'fe80::1 is a link-local address'],
  ['http://100.64.0.1/hooks', '100.64.0.1 is a carrier-grade NAT address (RFC 6598)'],
  ['http://[::ffff:127.0.0.1]/hooks', '::ffff:7f00:1 is a loopback address (IPv4 127.0.0.1 written as IPv6)'],
  ['http://2130706433/hooks', '127.0.0.1 is a loopback address'],
  ['http://0x7f000001/hooks', '127.0.0.1 is a loopback address'],
  ['http://0x7f.1/hooks', '127.0.0.1 is a loopback address'],
  ['http://0177.0.0.1/hooks', '127.0.0.1 is a loopback address'],
  ['http://0.0.0.0/hooks', '0.0.0.0 is the unspecified address'],
  ['http://[::]/hooks', ':: is the unspecified address'],
  ['http://224.0.0.1/hooks', '224.0.0.1 is a multicast address'],
  ['http://255.255.255.255/hooks', '255.255.255.255 is the broadcast address'],
] as const;

const remedy =
  'webhooks may reach only public addresses unless the server allows private targets (segmint serve --allow-private-webhooks).';

const fast = { retryDelayMs: 20, maxRetryDelayMs: 200, intervalMs: 50 };

/** A resolver that answers every name with `address` (simulated DNS). */
const answering =
  (address: string): ResolveHost =>
  () =>
    Promise.resolve([{ address, family: address.includes(':') ? 6 : 4 } satisfies LookupAddress]);

interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details: readonly { code: string; path: string; message: string }[];
  };
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`webhook targets ${backend.label}`, () => {
    const cleanups: (() => Promise<unknown>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
    afterAll(() => backend.cleanup());

    const receiver = async (statuses: number[] = [], headers: Record<string, string> = {}) => {
      const r = await startReceiver(statuses, headers);
      cleanups.push(() => r.close());
      return r;
    };
    const deliver = (engine: Engine, resolve?: ResolveHost) => {
      const delivery = new WebhookDelivery(engine, { ...fast, ...(resolve && { resolve }) }).start();
      cleanups.push(() => delivery.stop());
      return delivery;
    };
    /** A live segment of Atlantis contacts, and a contact that joins it (one event to deliver). */
    const oneEvent = async (engine: Engine) => {
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      await engine.createRecord('contact', { id: 'ada', address1_city: 'Atlantis' });
      return segment.id;
    };
    const lastError = async (store: Store, id: string) =>
      (await store.webhooks.get(id))?.cursor.lastError ?? null;

    describe('at creation', () => {
      it.each(internalTargets)('answers 422 for %s: %s', async (url, reason) => {
        const api = await startApi(backend);
        cleanups.push(() => api.app.close());
        const answer = await api.call('POST', '/api/webhooks', { url });
        expect(answer.status).toBe(422);
        const { error } = answer.json as ErrorBody;
        expect(error.code).toBe('INVALID_RECORD');
        expect(error.details).toEqual([
          { code: 'REFUSED_TARGET', path: 'url', message: `"${url}" is refused: ${reason}; ${remedy}` },
        ]);
        expect(error.message).toContain(url);
        expect((await api.call('GET', '/api/webhooks')).json).toEqual({ items: [] });
      });

      it('refuses other schemes and URLs that carry credentials', async () => {
        const api = await startApi(backend);
        cleanups.push(() => api.app.close());
        for (const [url, says] of [
          ['file:///etc/passwd', 'is not an http or https URL'],
          ['gopher://hooks.example.com/', 'is not an http or https URL'],
          ['ftp://hooks.example.com/', 'is not an http or https URL'],
          ['https://user:secret@hooks.example.com/segmint', 'carries a user name or password'],
          ['https://user@hooks.example.com/segmint', 'carries a user name or password'],
        ] as const) {
          const answer = await api.call('POST', '/api/webhooks', { url });
          expect(answer.status, url).toBe(422);
          expect((answer.json as ErrorBody).error.details).toEqual([
            { code: 'INVALID_URL', path: 'url', message: expect.stringContaining(says) as string },
          ]);
          expect(answer.body).not.toContain('secret@');
        }
      });

      it('accepts a public address', async () => {
        const api = await startApi(backend);
        cleanups.push(() => api.app.close());
        const answer = await api.call('POST', '/api/webhooks', { url: 'https://93.184.215.14/hooks' });
        expect(answer.status).toBe(201);
      });

      it('refuses a name whose DNS answer is an internal address', async () => {
        const engine = await Engine.open(await backend.open());
        const url = 'https://hooks.example.com/segmint';
        const refused = createWebhook(engine, { url }, { resolve: answering('10.20.30.40') });
        await expect(refused).rejects.toBeInstanceOf(EngineError);
        await expect(refused).rejects.toMatchObject({
          code: 'INVALID_RECORD',
          details: [
            {
              code: 'REFUSED_TARGET',
              path: 'url',
              message: `"${url}" is refused: hooks.example.com resolves to a private address (RFC 1918); ${remedy}`,
            },
          ],
        });
        const accepted = await createWebhook(engine, { url }, { resolve: answering('93.184.215.14') });
        expect(accepted.url).toBe(url);
      });
    });

    describe('at delivery', () => {
      it('refuses a name that resolves to 127.0.0.1 by then, without connecting to the listener there', async () => {
        const store = await backend.open();
        const engine = await Engine.open(store);
        const r = await receiver();
        const url = `http://rebind.example:${r.port}/hooks`;
        // Public when the webhook is made; the name's owner points it at 127.0.0.1 afterwards.
        const hook = await createWebhook(engine, { url }, { resolve: answering('93.184.215.14') });
        await oneEvent(engine);
        const delivery = deliver(engine, answering('127.0.0.1'));
        await until(async () => (await lastError(store, hook.id)) !== null);
        await delivery.stop();
        expect(await lastError(store, hook.id)).toBe(
          `Not sent: rebind.example resolves to a loopback address; ${remedy}`,
        );
        expect(r.connections()).toBe(0);
        expect(r.received).toEqual([]);

        // The listener is reachable by that name: a server that allows private targets delivers there.
        const allowing = await Engine.open(store, { allowPrivateWebhookTargets: true });
        deliver(allowing, answering('127.0.0.1'));
        await until(() => r.received.length === 1);
        expect(r.received[0]?.body).toContain('"contactId":"ada"');
      });

      it('never connects to a stored internal target, and says the same for an open and a closed port', async () => {
        const store = await backend.open();
        const engine = await Engine.open(store);
        const listening = await receiver();
        const gone = await startReceiver();
        await gone.close();
        // Stored as an older version, or a server with private targets allowed, would have saved them.
        const [open, closed] = await Promise.all(
          [listening.url, `http://127.0.0.1:${gone.port}/hooks/segmint`].map((url) =>
            store.transaction((tx) =>
              tx.webhooks.create({ url, secret: 'whsec_test', segmentIds: null, afterSeq: 0 }),
            ),
          ),
        );
        await oneEvent(engine);
        deliver(engine);
        const errors = async () =>
          Promise.all([open, closed].map((hook) => lastError(store, hook?.id ?? '')));
        await until(async () => (await errors()).every((e) => e !== null));
        const [openError, closedError] = await errors();
        expect(openError).toBe(`Not sent: 127.0.0.1 is a loopback address; ${remedy}`);
        expect(closedError).toBe(openError);
        expect(listening.connections()).toBe(0);
      });

      it('follows no redirect: a 3xx is a failed delivery, and the target it names gets nothing', async () => {
        const store = await backend.open();
        const engine = await Engine.open(store, { allowPrivateWebhookTargets: true });
        const inner = await receiver();
        const outer = await receiver([302, 307], { location: inner.url });
        const hook = await createWebhook(engine, { url: outer.url });
        await oneEvent(engine);
        deliver(engine);
        await until(async () => (await lastError(store, hook.id)) !== null);
        expect(await lastError(store, hook.id)).toBe(
          'The receiver answered 302 Found, a redirect; webhooks follow no redirects.',
        );
        // Retried at the same URL until it answers 2xx (here after a 307), never at the redirect's.
        await until(async () => ((await store.webhooks.get(hook.id))?.cursor.lastSeq ?? 0) > 0);
        expect(outer.received.map((request) => request.status)).toEqual([302, 307, 200]);
        expect(inner.connections()).toBe(0);
        expect(inner.received).toEqual([]);
      });
    });

    describe('with private targets allowed by the server', () => {
      it('creates local webhooks and delivers to them, signed as before', async () => {
        const engine = await Engine.open(await backend.open(), { allowPrivateWebhookTargets: true });
        const app = await buildApp({ engine, adminToken: 'ssrf-test-token' });
        cleanups.push(() => app.close());
        const r: TestReceiver = await receiver();
        const post = (url: string) =>
          app.inject({
            method: 'POST',
            url: '/api/webhooks',
            headers: { authorization: 'Bearer ssrf-test-token' },
            payload: { url },
          });
        // Accepted, and deleted again before there is anything to send them.
        for (const url of [`http://localhost:${r.port}/hooks`, 'http://169.254.169.254/latest/meta-data/']) {
          const answer = await post(url);
          expect(answer.statusCode, url).toBe(201);
          const { id } = answer.json<{ id: string }>();
          await app.inject({
            method: 'DELETE',
            url: `/api/webhooks/${id}`,
            headers: { authorization: 'Bearer ssrf-test-token' },
          });
        }
        // Credentials stay refused: the setting is about addresses only.
        expect((await post(`http://user:pw@127.0.0.1:${r.port}/`)).statusCode).toBe(422);
        const created = await post(r.url);
        expect(created.statusCode).toBe(201);
        const { secret, id } = created.json<{ secret: string; id: string }>();
        const segmentId = await oneEvent(engine);
        await until(() =>
          r.received.some((request) => request.headers['x-segmint-delivery']?.includes(id) === true),
        );
        const request = r.received.find((req) => req.headers['x-segmint-delivery']?.includes(id) === true);
        expect(
          verifyWebhookSignature(secret, request?.body ?? '', request?.headers['x-segmint-signature']),
        ).toBe(true);
        const payload = JSON.parse(request?.body ?? '{}') as WebhookPayload;
        expect(payload.events.map((e) => [e.segmentId, e.contactId, e.change])).toEqual([
          [segmentId, 'ada', 'joined'],
        ]);
      });
    });
  });
}
