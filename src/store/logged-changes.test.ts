import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxChangesInOneStatement } from './logged-changes.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`a pass's membership written with its log ${backend.label}`, () => {
    let store: Store;
    const now = new Date('2026-05-04T10:20:30.456Z');
    beforeAll(async () => {
      store = await backend.open();
      for (const id of ['seg_a', 'seg_b', 'seg_c'])
        await store.segments.create({ id, name: id, type: 'dynamic', definition: {} });
      await store.members.add('seg_a', ['c1', 'c2']);
      await store.members.add('seg_b', ['c1']);
    });
    afterAll(() => backend.cleanup());

    it('moves members and counts and logs each change in staged order with the count history', async () => {
      const before = await store.events.lastSeq();
      const counts = await store.members.changeAndLog(
        [
          { segmentId: 'seg_b', join: ['c3', 'c2'], leave: ['c1'] },
          { segmentId: 'seg_a', join: [], leave: ['c2'] },
          { segmentId: 'seg_c', join: ['c9'], leave: [] },
        ],
        'data',
        now,
      );
      expect(counts).toEqual(
        new Map([
          ['seg_a', 1],
          ['seg_b', 2],
          ['seg_c', 1],
        ]),
      );
      expect(await store.members.list('seg_a')).toEqual(['c1']);
      expect(await store.members.list('seg_b')).toEqual(['c2', 'c3']);
      expect((await store.segments.get('seg_b'))?.memberCount).toBe(2);
      const events = await store.events.list({ after: before });
      expect(events.map((e) => [e.segmentId, e.contactId, e.change, e.cause])).toEqual([
        ['seg_b', 'c3', 'joined', 'data'],
        ['seg_b', 'c2', 'joined', 'data'],
        ['seg_b', 'c1', 'left', 'data'],
        ['seg_a', 'c2', 'left', 'data'],
        ['seg_c', 'c9', 'joined', 'data'],
      ]);
      expect(new Date(events[0]?.at ?? '').toISOString()).toBe(now.toISOString());
      expect(await store.history.list('seg_b')).toEqual([{ at: '2026-05-04T10:20:00.000Z', count: 2 }]);
    });

    it('keeps the last count of a minute in the history when the minute sees another pass', async () => {
      await store.members.changeAndLog([{ segmentId: 'seg_b', join: [], leave: ['c3'] }], 'clock', now);
      expect(await store.history.list('seg_b')).toEqual([{ at: '2026-05-04T10:20:00.000Z', count: 1 }]);
    });

    it('writes a contact that leaves and rejoins one segment in one pass in turn, ending a member', async () => {
      const counts = await store.members.changeAndLog(
        [
          { segmentId: 'seg_c', join: [], leave: ['c9'] },
          { segmentId: 'seg_c', join: ['c9'], leave: [] },
        ],
        'data',
        now,
      );
      expect(counts.get('seg_c')).toBe(1);
      expect(await store.members.list('seg_c')).toEqual(['c9']);
    });

    it('keeps ids with quotes, backslashes and characters outside the BMP exactly', async () => {
      const odd = `o'hara "x" \\ 🍷 é`;
      const before = await store.events.lastSeq();
      await store.members.changeAndLog([{ segmentId: 'seg_c', join: [odd], leave: [] }], 'manual', now);
      expect(await store.members.list('seg_c')).toContain(odd);
      const [event] = await store.events.list({ after: before });
      expect(event?.contactId).toBe(odd);
      await store.members.changeAndLog([{ segmentId: 'seg_c', join: [], leave: [odd] }], 'manual', now);
      expect(await store.members.list('seg_c')).not.toContain(odd);
    });

    it('writes a pass bigger than one statement takes, with the same result', async () => {
      const many = Array.from(
        { length: maxChangesInOneStatement + 1 },
        (_, i) => `k${String(i).padStart(6, '0')}`,
      );
      const before = await store.events.lastSeq();
      const counts = await store.members.changeAndLog(
        [{ segmentId: 'seg_a', join: many, leave: [] }],
        'clock',
        now,
      );
      expect(counts.get('seg_a')).toBe(many.length + 1);
      expect(await store.members.count('seg_a')).toBe(many.length + 1);
      const events = await store.events.list({ after: before, limit: 3 });
      expect(events.map((e) => e.contactId)).toEqual(many.slice(0, 3));
    });
  });
}
