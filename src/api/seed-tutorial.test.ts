import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../store/test-backends.ts';
import { authorization, citySegment, startApi, type TestApi } from './api-test-kit.ts';
import { SseClient } from './sse-test-client.ts';

/**
 * The seed tutorial of Dynamics outbound marketing, end to end through a real port: contacts from
 * Atlantis, a live segment of them that stays right with every change, and the event stream showing it.
 */
for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`the seed tutorial through a real port ${backend.label}`, () => {
    let api: TestApi;
    let base: string;
    let stream: SseClient | undefined;
    beforeEach(async () => {
      api = await startApi(backend);
      base = await api.app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterEach(async () => {
      stream?.close();
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    const send = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { ...authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        json: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
      };
    };
    const newContact = async (firstname: string, lastname: string, city: string) => {
      const answer = await send('POST', '/api/contacts', { firstname, lastname, address1_city: city });
      expect(answer.status).toBe(201);
      return answer.json?.id as string;
    };
    const memberIds = async (segmentId: string) => {
      const answer = await send('GET', `/api/segments/${segmentId}/members?limit=100`);
      expect(answer.status).toBe(200);
      return (answer.json?.items as { id: string }[]).map((c) => c.id).sort();
    };

    it('keeps "Contacts from Atlantis" right with every change, and streams each join and leave', async () => {
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
      stream = await SseClient.open(`${base}/api/events/stream`, authorization);

      const nancy = await newContact('Nancy', 'Anderson', 'Atlantis');
      const dan = await newContact('Dan', 'Park', 'Atlantis');
      await newContact('Someone', 'Else', 'Redmond');

      const created = await send('POST', '/api/segments', citySegment('Contacts from Atlantis', 'Atlantis'));
      expect(created.status).toBe(201);
      expect(created.json?.state).toBe('draft');
      const segmentId = created.json?.id as string;
      const live = await send('POST', `/api/segments/${segmentId}/go-live`);
      expect(live.json).toMatchObject({ state: 'live', memberCount: 2 });
      expect(await memberIds(segmentId)).toEqual([nancy, dan].sort());

      // A third contact from Atlantis is a member as soon as the request that creates it returns.
      const alice = await newContact('Alice', 'Ciccu', 'Atlantis');
      expect(await memberIds(segmentId)).toEqual([nancy, dan, alice].sort());

      // One who moves away leaves.
      const moved = await send('PATCH', `/api/contacts/${dan}`, { address1_city: 'Seattle' });
      expect(moved.status).toBe(200);
      expect(await memberIds(segmentId)).toEqual([nancy, alice].sort());
      expect((await send('GET', `/api/segments/${segmentId}`)).json?.memberCount).toBe(2);

      const events = (await stream.take(4)).map((m) => {
        expect(m.event).toBe('membership');
        const event = JSON.parse(m.data) as {
          seq: number;
          segmentId: string;
          contactId: string;
          change: string;
        };
        expect(m.id).toBe(String(event.seq));
        expect(event.segmentId).toBe(segmentId);
        return [event.contactId, event.change];
      });
      expect(events.slice(0, 2).sort()).toEqual(
        [
          [nancy, 'joined'],
          [dan, 'joined'],
        ].sort(),
      );
      expect(events.slice(2)).toEqual([
        [alice, 'joined'],
        [dan, 'left'],
      ]);
    });
  });
}
