import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from './errors.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

const definition = {
  name: 'Wine lovers',
  type: 'dynamic',
  timeZone: 'America/Los_Angeles',
  query: {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'and',
          children: [
            { kind: 'condition', attribute: 'interests', operator: 'containsAnyOf', values: ['wine'] },
          ],
        },
      },
    ],
  },
};

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`segments ${backend.label}`, () => {
    let store: Store;
    let now = new Date('2026-03-01T12:00:00.000Z');
    beforeAll(async () => {
      store = await backend.open({ now: () => now });
    });
    afterAll(() => backend.cleanup());

    it('saves a new segment as a draft and reads its definition back', async () => {
      const created = await store.segments.create({
        name: 'Wine lovers',
        type: 'dynamic',
        definition,
        timeZone: 'America/Los_Angeles',
      });
      expect(created).toMatchObject({
        name: 'Wine lovers',
        state: 'draft',
        memberCount: 0,
        createdAt: '2026-03-01T12:00:00.000Z',
        goLiveAt: null,
      });
      expect(await store.segments.get(created.id)).toEqual(created);
      expect((await store.segments.get(created.id))?.definition).toEqual(definition);
    });

    it('updates the state and stamps the time', async () => {
      const created = await store.segments.create({
        id: 'seg_live',
        name: 'Live',
        type: 'static',
        definition: {},
      });
      now = new Date('2026-03-02T09:00:00.000Z');
      const updated = await store.segments.update('seg_live', {
        state: 'live',
        goLiveAt: now.toISOString(),
        name: 'Live one',
      });
      expect(updated).toMatchObject({
        state: 'live',
        name: 'Live one',
        goLiveAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-03-02T09:00:00.000Z',
        createdAt: created.createdAt,
      });
      expect(await store.segments.update('seg_missing', { state: 'live' })).toBeUndefined();
      expect((await store.segments.list({ state: 'live' })).map((s) => s.id)).toEqual(['seg_live']);
    });

    it('refuses a taken id', async () => {
      await store.segments.create({ id: 'seg_once', name: 'Once', type: 'static', definition: {} });
      await expect(
        store.segments.create({ id: 'seg_once', name: 'Twice', type: 'static', definition: {} }),
      ).rejects.toBeInstanceOf(StoreError);
    });

    it('deletes a segment with its members', async () => {
      await store.segments.create({ id: 'seg_gone', name: 'Gone', type: 'static', definition: {} });
      await store.members.add('seg_gone', ['c1', 'c2']);
      expect(await store.segments.delete('seg_gone')).toBe(true);
      expect(await store.segments.delete('seg_gone')).toBe(false);
      expect(await store.members.count('seg_gone')).toBe(0);
    });
  });
}
