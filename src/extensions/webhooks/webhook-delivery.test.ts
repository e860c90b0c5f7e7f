import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cityIs, contactSegment, start } from '../../engine/engine-test-helpers.ts';
import { Engine, ManualClock } from '../../engine/index.ts';
import { openStore, type MembershipEvent, type Store } from '../../store/index.ts';
import { testBackends } from '../../store/test-backends.ts';
import { WebhookDelivery, retryDelay, type WebhookPayload } from './webhook-delivery.ts';
import { verifyWebhookSignature } from './webhook-signature.ts';
import { startReceiver, until, type ReceivedRequest, type TestReceiver } from './webhook-test-receiver.ts';
import { createWebhook } from './webhooks.ts';

const fast = { retryDelayMs: 20, maxRetryDelayMs: 200, intervalMs: 50 };

/** The receivers listen on 127.0.0.1, which webhooks reach only where the server allows private targets. */
const allowPrivate = { allowPrivateWebhookTargets: true };

async function engineOn(store: Store): Promise<{ engine: Engine }> {
  return { engine: await Engine.open(store, { clock: new ManualClock(start), ...allowPrivate }) };
}

/** The events of the requests the receiver took (2xx), in the order it took them. */
function acknowledged(received: readonly ReceivedRequest[]): MembershipEvent[] {
  return received.filter((r) => r.status < 300).flatMap((r) => (JSON.parse(r.body) as WebhookPayload).events);
}

describe('retry delays', () => {
  it('double from the first delay up to the most', () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelay(n, 1_000, 10_000))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000,
    ]);
  });
});

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`webhook delivery ${backend.label}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
    afterAll(() => backend.cleanup());

    const receiver = async (statuses: number[] = []): Promise<TestReceiver> => {
      const r = await startReceiver(statuses);
      cleanups.push(() => r.close());
      return r;
    };
    const worker = (engine: Engine, options = {}) => {
      const delivery = new WebhookDelivery(engine, { ...fast, ...options }).start();
      cleanups.push(() => delivery.stop());
      return delivery;
    };
    const atlantis = async (engine: Engine) => {
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      return segment.id;
    };

    it('posts each change in order, signed with the webhook secret', async () => {
      const { engine } = await engineOn(await backend.open());
      await engine.createRecord('contact', { id: 'before', address1_city: 'Atlantis' });
      const segmentId = await atlantis(engine);
      const r = await receiver();
      const hook = await createWebhook(engine, { url: r.url });
      expect(hook.secret).toMatch(/^whsec_/);
      const delivery = worker(engine);
      await engine.createRecord('contact', { id: 'a', address1_city: 'Atlantis' });
      await engine.createRecord('contact', { id: 'b', address1_city: 'Atlantis' });
      await engine.updateRecord('contact', 'a', { address1_city: 'Lemuria' });
      await until(() => acknowledged(r.received).length === 3);
      await delivery.idle();
      // Only what happened after the webhook was made: the go-live join of "before" is not sent.
      const events = acknowledged(r.received);
      expect(events.map((e) => `${e.change} ${e.contactId}`)).toEqual(['joined a', 'joined b', 'left a']);
      expect(events.every((e) => e.segmentId === segmentId)).toBe(true);
      expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((x, y) => x - y));
      for (const request of r.received) {
        const payload = JSON.parse(request.body) as WebhookPayload;
        expect(
          verifyWebhookSignature(hook.secret, request.body, request.headers['x-segmint-signature']),
        ).toBe(true);
        expect(
          verifyWebhookSignature('whsec_wrong', request.body, request.headers['x-segmint-signature']),
        ).toBe(false);
        expect(request.headers['x-segmint-timestamp']).toBe(payload.sentAt);
        expect(request.headers['content-type']).toBe('application/json');
        expect(payload.webhookId).toBe(hook.id);
      }
      const stored = await engine.store.webhooks.get(hook.id);
      expect(stored?.cursor).toMatchObject({ lastSeq: events.at(-1)?.seq, attempts: 0, lastError: null });
    });

    it('sends a webhook only the events of its segments', async () => {
      const { engine } = await engineOn(await backend.open());
      const atlantisId = await atlantis(engine);
      const lemuria = await engine.createSegment(contactSegment('Lemuria', cityIs('Lemuria')));
      await engine.goLive(lemuria.id);
      const r = await receiver();
      await createWebhook(engine, { url: r.url, segments: [lemuria.id] });
      const delivery = worker(engine, { batchSize: 2 });
      for (const [id, city] of [
        ['a', 'Atlantis'],
        ['b', 'Lemuria'],
        ['c', 'Lemuria'],
        ['d', 'Lemuria'],
      ])
        await engine.createRecord('contact', { id, address1_city: city });
      await until(() => acknowledged(r.received).length === 3);
      await delivery.idle();
      expect(acknowledged(r.received).map((e) => [e.segmentId, e.contactId])).toEqual([
        [lemuria.id, 'b'],
        [lemuria.id, 'c'],
        [lemuria.id, 'd'],
      ]);
      expect(r.received.every((req) => (JSON.parse(req.body) as WebhookPayload).events.length <= 2)).toBe(
        true,
      );
      expect(atlantisId).not.toBe(lemuria.id);
    });

    it('retries a refused batch with back-off and never sends later events before it', async () => {
      const { engine } = await engineOn(await backend.open());
      await atlantis(engine);
      const r = await receiver([500, 500]);
      const hook = await createWebhook(engine, { url: r.url });
      const delivery = worker(engine, { retryDelayMs: 100 });
      await engine.createRecord('contact', { id: 'a', address1_city: 'Atlantis' });
      await until(() => r.received.length === 1);
      await until(async () => ((await engine.store.webhooks.get(hook.id))?.cursor.attempts ?? 0) === 1);
      const failing = await engine.store.webhooks.get(hook.id);
      expect(failing?.cursor.lastError).toContain('500');
      expect(failing?.cursor.lastSeq).toBe(0);
      await engine.createRecord('contact', { id: 'b', address1_city: 'Atlantis' });
      await until(() => acknowledged(r.received).length === 2);
      await delivery.idle();
      expect(r.received.map((req) => req.status)).toEqual([500, 500, 200]);
      // Back-off: the second retry waited twice as long as the first.
      const [first, second, third] = r.received.map((req) => req.at);
      expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(90);
      expect((third ?? 0) - (second ?? 0)).toBeGreaterThanOrEqual(190);
      // Every attempt starts at the first event not yet acknowledged; later events only join behind it.
      for (const request of r.received)
        expect((JSON.parse(request.body) as WebhookPayload).events[0]?.contactId).toBe('a');
      expect(acknowledged(r.received).map((e) => e.contactId)).toEqual(['a', 'b']);
      expect((await engine.store.webhooks.get(hook.id))?.cursor).toMatchObject({
        attempts: 0,
        nextAttemptAt: null,
      });
    });

    it('resumes after a restart from the cursor, waiting out the stored back-off, without losing events', async () => {
      const options = backend.freshOptions({ file: true });
      const r = await receiver([200, 503]);
      let store: Store = await openStore(options);
      let engine = await Engine.open(store, allowPrivate);
      await atlantis(engine);
      const hook = await createWebhook(engine, { url: r.url });
      for (const id of ['a', 'b', 'c', 'd', 'e'])
        await engine.createRecord('contact', { id, address1_city: 'Atlantis' });
      let delivery = new WebhookDelivery(engine, { ...fast, batchSize: 2, retryDelayMs: 400 }).start();
      await until(() => r.received.length === 2);
      await until(async () => ((await store.webhooks.get(hook.id))?.cursor.attempts ?? 0) === 1);
      await delivery.stop();
      await store.close();
      expect(acknowledged(r.received).map((e) => e.contactId)).toEqual(['a', 'b']);

      store = await openStore(options);
      cleanups.push(() => store.close());
      const retryAt = Date.parse((await store.webhooks.get(hook.id))?.cursor.nextAttemptAt ?? '');
      engine = await Engine.open(store, allowPrivate);
      await engine.createRecord('contact', { id: 'f', address1_city: 'Atlantis' });
      delivery = worker(engine, { batchSize: 2 });
      await until(() => acknowledged(r.received).length === 6);
      await delivery.idle();
      expect(r.received[2]?.at).toBeGreaterThanOrEqual(retryAt);
      expect(acknowledged(r.received).map((e) => e.contactId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      // The refused batch [c, d] came again first, then [e, f]; [a, b] was never sent twice.
      expect(r.received.map((req) => req.status)).toEqual([200, 503, 200, 200]);
      expect(r.received[1]?.body).toContain('"contactId":"c"');
    });
  });
}
