import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as compileModule from '../../compile/index.ts';
import { testBackends } from '../../store/test-backends.ts';
import {
  cityIs,
  contactSegment,
  engineOn,
  membersOf,
  start,
  openedAnEmail,
  unionThroughAccounts,
  worksInBrewing,
} from '../engine-test-helpers.ts';
import { relatedRecordsLimit } from './pass-records.ts';

// Count the membership queries the engine compiles: segments it decides in memory run none.
const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../compile/index.ts', async (importOriginal) => {
  const { countingCompile } = await import('./counting-compile.ts');
  return countingCompile(await importOriginal<typeof compileModule>(), compiled);
});

const brewing = worksInBrewing;
const openedTwice = openedAnEmail(2);
const opened = (contactid: string) => ({ type: 'EmailOpened', occurredon: start, contactid });

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`deciding segments in memory ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('maintains contact-only, firmographic, behavioural and combined segments without their SQL', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const ids: string[] = [];
      for (const definition of [
        contactSegment('Atlantis', cityIs('Atlantis')),
        contactSegment('Brewing', brewing),
        contactSegment('Openers', openedTwice),
      ]) {
        const segment = await engine.createSegment(definition);
        await engine.goLive(segment.id);
        ids.push(segment.id);
      }
      const [atlantis = '', brewers = '', openers = ''] = ids;
      const combined = await engine.createSegment({
        name: 'Atlantis brewers who open',
        type: 'dynamic',
        query: {
          blocks: [
            { segment: atlantis },
            { combine: 'intersect', segment: brewers },
            { combine: 'union', segment: openers },
          ],
        },
      });
      await engine.goLive(combined.id);
      compiled.count = 0;

      const hops = await engine.createRecord('account', { name: 'Hops', industrycode: 'retail' });
      const ada = await engine.createRecord('contact', { firstname: 'Ada', address1_city: 'Atlantis' });
      const bo = await engine.createRecord('contact', { firstname: 'Bo', parentcustomerid: hops.id });
      await engine.updateRecord('contact', ada.id, { parentcustomerid: hops.id });
      await engine.updateRecord('account', hops.id, { industrycode: 'brewing' });
      await engine.createRecord('interaction', opened(bo.id));
      await engine.bulkInsert('interaction', [opened(bo.id), opened(ada.id)]);
      await engine.bulkInsert('contact', [{ firstname: 'Cy', address1_city: 'Atlantis' }]);

      expect(compiled.count).toBe(0);
      expect(await membersOf(store, atlantis)).toHaveLength(2);
      expect(await membersOf(store, brewers)).toEqual([ada.id, bo.id].sort());
      expect(await membersOf(store, openers)).toEqual([bo.id]);
      expect(await membersOf(store, combined.id)).toEqual([ada.id, bo.id].sort());
      await engine.deleteRecord('contact', bo.id);
      expect(await membersOf(store, combined.id)).toEqual([ada.id]);
      expect(compiled.count).toBe(0);
      expect(await engine.verify()).toEqual([]);
    });

    it('runs the SQL of a segment that reaches contacts from another entity', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const segment = await engine.createSegment(
        contactSegment('Atlantis', cityIs('Atlantis'), unionThroughAccounts),
      );
      await engine.goLive(segment.id);
      compiled.count = 0;
      const ada = await engine.createRecord('contact', { firstname: 'Ada', address1_city: 'Atlantis' });
      expect(compiled.count).toBe(1);
      expect(await membersOf(store, segment.id)).toEqual([ada.id]);
    });

    it('runs the SQL for a contact with more related records than a pass reads', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const segment = await engine.createSegment(contactSegment('Openers', openedTwice));
      await engine.goLive(segment.id);
      const ada = await engine.createRecord('contact', { firstname: 'Ada' });
      const many = Array.from({ length: relatedRecordsLimit }, () => ({
        ...opened(ada.id),
        type: 'WebsiteVisited',
      }));
      await store.records.bulkInsert('interaction', many);
      compiled.count = 0;
      await engine.createRecord('interaction', opened(ada.id));
      expect(compiled.count).toBe(1);
      expect(await membersOf(store, segment.id)).toEqual([]);
      await engine.createRecord('interaction', opened(ada.id));
      expect(await membersOf(store, segment.id)).toEqual([ada.id]);
    });
  });
}
