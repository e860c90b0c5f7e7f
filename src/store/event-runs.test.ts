import { afterAll, describe, expect, it } from 'vitest';
import { joinsPerRow } from './event-runs.ts';
import type { MembershipEvent, NewMembershipEvent } from './event-store.ts';
import { IdList } from './id-list.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

const at = '2026-03-10T17:00:00.000Z';
const single = (segmentId: string, contactId: string): NewMembershipEvent => ({
  segmentId,
  contactId,
  change: 'left',
  at,
  cause: 'data',
});
const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

/** Every event of the log read a page of `limit` at a time, each page after the last one's `seq`. */
async function pageThrough(
  read: (after: number, limit: number) => Promise<MembershipEvent[]>,
  limit: number,
): Promise<MembershipEvent[]> {
  const all: MembershipEvent[] = [];
  for (;;) {
    const page = await read(all.at(-1)?.seq ?? 0, limit);
    expect(page.length).toBeLessThanOrEqual(limit);
    all.push(...page);
    if (page.length < limit) return all;
  }
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`joins logged in runs ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    // A log of single events around two go-lives' runs: one longer than a row holds, one of one.
    const runs = { a: ids('a', joinsPerRow * 2 + 39), b: ids('b', 1) };
    async function loggedStore(): Promise<{ store: Store; expected: MembershipEvent[] }> {
      const store = await backend.open();
      await store.events.append([single('s1', 'x1'), single('s2', 'x2')]);
      await store.events.appendJoins('s3', IdList.of(runs.a), new Date(at), 'definition');
      await store.events.append([single('s1', 'x3')]);
      await store.events.appendJoins('s4', IdList.of(runs.b), new Date(at), 'definition');
      await store.events.append([single('s3', 'x4')]);
      const joined = (segmentId: string) => (contactId: string) => ({
        segmentId,
        contactId,
        change: 'joined' as const,
        at,
        cause: 'definition' as const,
      });
      const expected = [
        single('s1', 'x1'),
        single('s2', 'x2'),
        ...runs.a.map(joined('s3')),
        single('s1', 'x3'),
        ...runs.b.map(joined('s4')),
        single('s3', 'x4'),
      ].map((event, i) => ({ seq: i + 1, ...event }));
      return { store, expected };
    }

    it('reads every event of a run with its own sequence number, in order, whatever the page size', async () => {
      const { store, expected } = await loggedStore();
      expect(await store.events.lastSeq()).toBe(expected.length);
      expect(await store.events.list({ limit: 10_000 })).toEqual(expected);
      for (const limit of [1, 7, joinsPerRow, joinsPerRow + 1, 1000])
        expect(await pageThrough((after) => store.events.list({ after, limit }), limit)).toEqual(expected);
    });

    it('starts a page inside a run when the cursor stopped there', async () => {
      const { store, expected } = await loggedStore();
      for (const after of [3, 3 + joinsPerRow - 1, 3 + joinsPerRow, 100, expected.length - 3])
        expect(await store.events.list({ after, limit: 5 })).toEqual(expected.slice(after, after + 5));
    });

    it("reads one segment's events and a webhook's, runs included", async () => {
      const { store, expected } = await loggedStore();
      const of = (segments: readonly string[]) => expected.filter((e) => segments.includes(e.segmentId));
      expect(
        await pageThrough((after, limit) => store.events.list({ after, limit, segmentId: 's3' }), 50),
      ).toEqual(of(['s3']));
      expect(
        await pageThrough(
          (after, limit) => store.webhooks.pendingEvents({ segmentIds: ['s1', 's4'] }, after, limit),
          2,
        ),
      ).toEqual(of(['s1', 's4']));
      expect(
        await pageThrough(
          (after, limit) => store.webhooks.pendingEvents({ segmentIds: null }, after, limit),
          300,
        ),
      ).toEqual(expected);
    });

    it('numbers the events logged after a run after it', async () => {
      const store = await backend.open();
      await store.events.appendJoins('s1', IdList.of(ids('c', 300)), new Date(at), 'definition');
      await store.events.append([single('s1', 'z')]);
      const [last] = await store.events.list({ after: 300 });
      expect(last).toMatchObject({ seq: 301, contactId: 'z' });
      expect(await store.events.lastSeq()).toBe(301);
    });
  });
}
