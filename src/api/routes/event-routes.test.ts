/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import {
  authorization,
  citySegment,
  createContacts,
  liveSegment,
  startApi,
  type TestApi,
} from '../api-test-kit.ts';
import { SseClient } from '../sse-test-client.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`event routes ${backend.label}`, () => {
    let api: TestApi;
    let base: string;
    const clients: SseClient[] = [];
    const open = async (path: string, headers: Record<string, string> = {}) => {
      const client = await SseClient.open(`${base}${path}`, { ...authorization, ...headers });
      clients.push(client);
      return client;
    };

    beforeEach(async () => {
      api = await startApi(backend, { heartbeatMs: 100 });
      base = await api.app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterEach(async () => {
      for (const client of clients.splice(0)) client.close();
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('lists membership events oldest first, with a limit, the next after and a segment filter', async () => {
      const atlantis = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const rome = await liveSegment(api, citySegment('Rome', 'Rome'));
      const [a1, r1, a2] = await createContacts(api, [
        { address1_city: 'Atlantis' },
        { address1_city: 'Rome' },
        { address1_city: 'Atlantis' },
      ]);
      const all = await api.call('GET', '/api/events');
      expect(all.status).toBe(200);
      expect(all.json.items.map((e: { contactId: string }) => e.contactId)).toEqual([a1, r1, a2]);
      expect(all.json.items[0]).toEqual({
        seq: expect.any(Number),
        segmentId: atlantis,
        contactId: a1,
        change: 'joined',
        at: expect.any(String),
        cause: 'data',
      });
      const seqs = all.json.items.map((e: { seq: number }) => e.seq);
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);

      const page = await api.call('GET', '/api/events?limit=2');
      expect(page.json).toMatchObject({ nextAfter: seqs[1], hasMore: true });
      const rest = await api.call('GET', `/api/events?after=${page.json.nextAfter as number}`);
      expect(rest.json.items.map((e: { contactId: string }) => e.contactId)).toEqual([a2]);
      expect(rest.json.hasMore).toBe(false);
      const onlyRome = await api.call('GET', `/api/events?segment=${rome}`);
      expect(onlyRome.json.items.map((e: { contactId: string }) => e.contactId)).toEqual([r1]);
      const none = await api.call('GET', `/api/events?after=${seqs[2] as number}`);
      expect(none.json).toEqual({ items: [], nextAfter: seqs[2], hasMore: false });
      expect((await api.call('GET', '/api/events?after=-1')).status).toBe(400);
    });

    it('streams each join and leave as it happens, with its sequence number as the event id', async () => {
      const segment = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const stream = await open('/api/events/stream');
      const [ada] = await createContacts(api, [{ address1_city: 'Atlantis' }]);
      const joined = await stream.next();
      expect(joined.event).toBe('membership');
      const event = JSON.parse(joined.data);
      expect(event).toMatchObject({ segmentId: segment, contactId: ada, change: 'joined', cause: 'data' });
      expect(joined.id).toBe(String(event.seq));
      await api.call('PATCH', `/api/contacts/${ada ?? ''}`, { address1_city: 'Rome' });
      const left = JSON.parse((await stream.next()).data);
      expect(left).toMatchObject({ contactId: ada, change: 'left', seq: Number(event.seq) + 1 });
    });

    it('resumes after Last-Event-ID, sending what the log holds after it first', async () => {
      await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const ids = await createContacts(api, [
        { address1_city: 'Atlantis' },
        { address1_city: 'Atlantis' },
        { address1_city: 'Atlantis' },
      ]);
      const log = (await api.call('GET', '/api/events')).json.items as { seq: number }[];
      const stream = await open('/api/events/stream', { 'last-event-id': String(log[0]?.seq) });
      const resumed = await stream.take(2);
      expect(resumed.map((m) => JSON.parse(m.data).contactId)).toEqual(ids.slice(1));
      const [later] = await createContacts(api, [{ address1_city: 'Atlantis' }]);
      expect(JSON.parse((await stream.next()).data).contactId).toBe(later);
    });

    it('starts after ?after= when there is no Last-Event-ID, and filters by segment', async () => {
      const atlantis = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      await liveSegment(api, citySegment('Rome', 'Rome'));
      const ids = await createContacts(api, [{ address1_city: 'Rome' }, { address1_city: 'Atlantis' }]);
      const everything = await open('/api/events/stream?after=0');
      expect((await everything.take(2)).map((m) => JSON.parse(m.data).contactId)).toEqual(ids);
      const filtered = await open(`/api/events/stream?after=0&segment=${atlantis}`);
      expect(JSON.parse((await filtered.next()).data).contactId).toBe(ids[1]);
    });

    it('sends heartbeats while nothing happens', async () => {
      const stream = await open('/api/events/stream');
      await createContacts(api, [{ firstname: 'Nobody in a segment' }]);
      await new Promise((resolve) => setTimeout(resolve, 350));
      const [ada] = await createContacts(api, [{ address1_city: 'Atlantis' }]);
      await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      expect(JSON.parse((await stream.next()).data).contactId).toBe(ada);
      expect(stream.comments).toContain('heartbeat');
    });

    it('refuses a stream without the token or with a bad Last-Event-ID', async () => {
      const anonymous = await fetch(`${base}/api/events/stream`);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
      const bad = await fetch(`${base}/api/events/stream`, {
        headers: { ...authorization, 'last-event-id': 'yesterday' },
      });
      expect(bad.status).toBe(400);
      await bad.body?.cancel();
    });

    it('lets the server close while streams are open, and forgets streams whose client left', async () => {
      let unsubscribed = 0;
      const subscribe = api.engine.onChange.bind(api.engine);
      vi.spyOn(api.engine, 'onChange').mockImplementation((listener) => {
        const unsubscribe = subscribe(listener);
        return () => {
          unsubscribed += 1;
          unsubscribe();
        };
      });
      const leaving = await open('/api/events/stream');
      leaving.close();
      await open('/api/events/stream');
      for (let i = 0; i < 50 && unsubscribed === 0; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unsubscribed).toBe(1);
      await createContacts(api, [{ address1_city: 'Atlantis' }]);
      const closed = await Promise.race([
        api.app.close().then(() => 'closed'),
        new Promise((resolve) => {
          setTimeout(() => {
            resolve('hung');
          }, 3000);
        }),
      ]);
      expect(closed).toBe('closed');
    });
  });
}
