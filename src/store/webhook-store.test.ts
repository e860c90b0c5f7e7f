import { afterAll, describe, expect, it } from 'vitest';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`webhooks in the store ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('keeps a webhook with its cursor, moving it on acknowledgement and recording failures', async () => {
      const store = await backend.open({ now: () => new Date('2026-03-10T17:00:00Z') });
      const hook = await store.webhooks.create({
        url: 'https://example.test/h',
        secret: 's',
        segmentIds: ['s1'],
        afterSeq: 7,
      });
      expect(hook).toMatchObject({
        url: 'https://example.test/h',
        segmentIds: ['s1'],
        createdAt: '2026-03-10T17:00:00.000Z',
        cursor: { lastSeq: 7, attempts: 0, nextAttemptAt: null, lastError: null },
      });
      await store.webhooks.recordFailure(hook.id, {
        attempts: 2,
        nextAttemptAt: '2026-03-10T17:05:00.000Z',
        error: 'HTTP 500',
      });
      expect((await store.webhooks.get(hook.id))?.cursor).toEqual({
        lastSeq: 7,
        attempts: 2,
        nextAttemptAt: '2026-03-10T17:05:00.000Z',
        lastError: 'HTTP 500',
      });
      await store.webhooks.acknowledge(hook.id, 9);
      expect((await store.webhooks.get(hook.id))?.cursor).toEqual({
        lastSeq: 9,
        attempts: 0,
        nextAttemptAt: null,
        lastError: null,
      });
      const all = await store.webhooks.create({
        url: 'http://b.test',
        secret: 't',
        segmentIds: null,
        afterSeq: 0,
      });
      expect((await store.webhooks.list()).map((w) => w.id)).toEqual([hook.id, all.id]);
      expect(await store.webhooks.delete(hook.id)).toBe(true);
      expect(await store.webhooks.delete(hook.id)).toBe(false);
      expect(await store.webhooks.get(hook.id)).toBeUndefined();
    });

    it("reads a webhook's pending events after its cursor, of its segments only, in order", async () => {
      const store = await backend.open();
      const at = '2026-03-10T17:00:00.000Z';
      await store.events.append(
        ['s1', 's2', 's1', 's3', 's1'].map((segmentId, i) => ({
          segmentId,
          contactId: `c${i}`,
          change: 'joined' as const,
          at,
          cause: 'data' as const,
        })),
      );
      const contacts = async (segmentIds: string[] | null, after: number, limit = 10) =>
        (await store.webhooks.pendingEvents({ segmentIds }, after, limit)).map((e) => e.contactId);
      expect(await contacts(['s1', 's3'], 0)).toEqual(['c0', 'c2', 'c3', 'c4']);
      expect(await contacts(['s1', 's3'], 3, 1)).toEqual(['c3']);
      expect(await contacts(null, 3)).toEqual(['c3', 'c4']);
      expect(await contacts([], 0)).toEqual([]);
      const [first] = await store.webhooks.pendingEvents({ segmentIds: null }, 0, 1);
      expect(first).toEqual({
        seq: 1,
        segmentId: 's1',
        contactId: 'c0',
        change: 'joined',
        at,
        cause: 'data',
      });
    });
  });
}
