import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectedIdsJson, tableIdJson } from '../evaluate/columnar/index.ts';
import { IdList } from './id-list.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`members ${backend.label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(() => backend.cleanup());

    it('replaces the members and says who joined and who left', async () => {
      await store.segments.create({ id: 'seg_a', name: 'A', type: 'dynamic', definition: {} });
      expect(await store.members.replace('seg_a', ['c3', 'c1', 'c2'])).toEqual({
        joined: ['c1', 'c2', 'c3'],
        left: [],
      });
      expect(await store.members.replace('seg_a', ['c2', 'c4', 'c3', 'c4'])).toEqual({
        joined: ['c4'],
        left: ['c1'],
      });
      expect(await store.members.list('seg_a')).toEqual(['c2', 'c3', 'c4']);
      expect(await store.members.count('seg_a')).toBe(3);
      expect((await store.segments.get('seg_a'))?.memberCount).toBe(3);
      expect(await store.members.replace('seg_a', [])).toEqual({ joined: [], left: ['c2', 'c3', 'c4'] });
      expect((await store.segments.get('seg_a'))?.memberCount).toBe(0);
    });

    it('adds and removes only what changes, and keeps the count', async () => {
      await store.segments.create({ id: 'seg_b', name: 'B', type: 'static', definition: {} });
      expect(await store.members.add('seg_b', ['x2', 'x1', 'x1'])).toEqual(['x1', 'x2']);
      expect(await store.members.add('seg_b', ['x2', 'x3'])).toEqual(['x3']);
      expect(await store.members.remove('seg_b', ['x1', 'nobody'])).toEqual(['x1']);
      expect(await store.members.has('seg_b', 'x2')).toBe(true);
      expect(await store.members.has('seg_b', 'x1')).toBe(false);
      expect((await store.segments.get('seg_b'))?.memberCount).toBe(2);
      expect(await store.members.segmentsOf('x2')).toEqual(['seg_b']);
    });

    it('gives a new version whenever the members change, even to as many members, and after a delete', async () => {
      const now = new Date('2026-12-05T08:00:00Z');
      await store.segments.create({ id: 'seg_v', name: 'V', type: 'dynamic', definition: {} });
      const versions = [await store.members.version('seg_v')];
      const change = async (join: string[], leave: string[]) => {
        await store.members.changeAndLog([{ segmentId: 'seg_v', join, leave }], 'data', now);
        versions.push(await store.members.version('seg_v'));
      };
      await change(['v1', 'v2'], []);
      await change(['v3'], ['v1']); // two members before and after
      expect(await store.members.version('seg_v')).toBe(versions.at(-1));
      await store.segments.delete('seg_v');
      await store.segments.create({ id: 'seg_v', name: 'V again', type: 'dynamic', definition: {} });
      versions.push(await store.members.version('seg_v'));
      expect(new Set(versions).size).toBe(versions.length);
    });

    it("stores a go-live's matched contacts and their count in one go, in whatever order they come", async () => {
      await store.segments.create({ id: 'seg_m', name: 'M', type: 'dynamic', definition: {} });
      const matched = new Set(['m3', 'M1', 'm10', 'm2', 'é1']);
      const stored = await store.members.insertMatched('seg_m', matched);
      expect(stored.ids).toEqual(['M1', 'm10', 'm2', 'm3', 'é1']);
      expect(await store.members.list('seg_m')).toEqual(stored.ids);
      expect((await store.segments.get('seg_m'))?.memberCount).toBe(5);
      await store.segments.create({ id: 'seg_n', name: 'N', type: 'dynamic', definition: {} });
      const inOrder = ['a1', 'a2', 'b1'];
      expect((await store.members.insertMatched('seg_n', inOrder)).ids).toEqual(inOrder);
      expect(await store.members.list('seg_n')).toEqual(inOrder);
      expect((await store.segments.get('seg_n'))?.memberCount).toBe(3);
    });

    it("stores and logs a go-live's members from the columnar image's JSON bytes, awkward ids too", async () => {
      // As a go-live through the columnar view hands them over: flags over the image's contacts.
      const contacts = ['A"q', 'B\\s', 'C\tt', 'Dé', 'E😀', 'F', 'G'].sort();
      const flags = Uint8Array.from(contacts, (_, r) => (r === 5 ? 0 : 1));
      const { ids, bytes, starts } = selectedIdsJson(flags, contacts, tableIdJson(contacts));
      await store.segments.create({ id: 'seg_j', name: 'J', type: 'dynamic', definition: {} });
      const stored = await store.members.insertMatched('seg_j', IdList.encoded(ids, { bytes, starts }));
      await store.events.appendJoins('seg_j', stored, new Date('2026-03-01T00:00:00Z'), 'definition');
      const chosen = contacts.filter((_, r) => r !== 5);
      expect(await store.members.list('seg_j')).toEqual(chosen);
      expect((await store.segments.get('seg_j'))?.memberCount).toBe(chosen.length);
      const events = await store.events.list({ segmentId: 'seg_j' });
      expect(events.map((e) => e.contactId)).toEqual(chosen);
    });

    it('pages through members in id order, upper case before lower case on both backends', async () => {
      await store.segments.create({ id: 'seg_c', name: 'C', type: 'static', definition: {} });
      await store.members.add('seg_c', ['b', 'B', 'a', 'A', '_', '1']);
      const first = await store.members.list('seg_c', { limit: 3 });
      const rest = await store.members.list('seg_c', { after: first.at(-1) ?? '' });
      expect([...first, ...rest]).toEqual(['1', 'A', 'B', '_', 'a', 'b']);
    });

    it('replaces a large membership in one go', async () => {
      await store.segments.create({ id: 'seg_big', name: 'Big', type: 'dynamic', definition: {} });
      const ids = Array.from({ length: 5_000 }, (_, i) => `m${String(i).padStart(5, '0')}`);
      expect((await store.members.replace('seg_big', ids)).joined).toHaveLength(5_000);
      const change = await store.members.replace('seg_big', ids.slice(1_000));
      expect(change.left).toHaveLength(1_000);
      expect(change.joined).toEqual([]);
      expect(await store.members.count('seg_big')).toBe(4_000);
      expect((await store.segments.get('seg_big'))?.memberCount).toBe(4_000);
    });
  });
}
