import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as compileModule from '../compile/index.ts';
import { testBackends } from '../store/test-backends.ts';
import {
  and,
  cityIs,
  condition,
  contactSegment,
  engineOn,
  membersOf,
  unionThroughAccounts,
} from './engine-test-helpers.ts';

// Count the membership queries the engine compiles: one per segment per batch is the contract for
// segments that need their SQL (`unionThroughAccounts`); contact-only ones are decided in memory.
const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock('../compile/index.ts', async (importOriginal) => {
  const { countingCompile } = await import('./maintenance/counting-compile.ts');
  return countingCompile(await importOriginal<typeof compileModule>(), compiled);
});

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`upserting a batch ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('creates and updates in one batch with one re-check per live segment', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const segments: string[] = [];
      for (const city of ['Atlantis', 'Lemuria']) {
        const segment = await engine.createSegment(contactSegment(city, cityIs(city), unionThroughAccounts));
        await engine.goLive(segment.id);
        segments.push(segment.id);
      }
      await engine.bulkInsert(
        'contact',
        Array.from({ length: 50 }, (_, i) => ({ id: `old${i}`, address1_city: 'Atlantis' })),
      );
      compiled.count = 0;
      const rows = [
        ...Array.from({ length: 50 }, (_, i) => ({ id: `old${i}`, address1_city: 'Lemuria' })),
        ...Array.from({ length: 50 }, (_, i) => ({ id: `new${i}`, address1_city: 'Atlantis' })),
      ];
      const result = await engine.upsertRecords('contact', rows);
      expect([result.created.length, result.updated.length, result.rejected]).toEqual([50, 50, []]);
      expect(compiled.count).toBe(2);
      expect(await store.members.count(segments[0] ?? '')).toBe(50);
      expect((await membersOf(store, segments[1] ?? '')).every((id) => id.startsWith('old'))).toBe(true);
    });

    it('decides new contacts in memory, counting the related records the batch itself writes', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const lookup = await engine.addCustomAttribute('contact', {
        name: 'referrerid',
        displayName: 'Referred by',
        type: 'lookup',
        target: 'contact',
        relationship: 'referrals',
      });
      expect(lookup.ok).toBe(true);
      const referrals = (count: { operator: string; value: number }) =>
        and({ kind: 'related', relationship: 'referrals', count });
      const referrers = await engine.createSegment(
        contactSegment('Referrers', referrals({ operator: 'atLeast', value: 1 })),
      );
      const quiet = await engine.createSegment(
        contactSegment(
          'Never opened an email',
          and({
            kind: 'related',
            relationship: 'interactions',
            where: and(condition('type', 'equals', ['EmailOpened'])),
            count: { operator: 'exactly', value: 0 },
          }),
        ),
      );
      for (const segment of [referrers, quiet]) await engine.goLive(segment.id);
      await engine.createRecord('contact', { id: 'old' });
      await engine.createRecord('interaction', { contactid: 'old', type: 'EmailOpened' });
      compiled.count = 0;
      // More new contacts than a pass reads the interactions of; one refers to another new one, one to 'old'.
      const rows = Array.from({ length: 60 }, (_, i) => ({ id: `new${String(i).padStart(2, '0')}` }));
      rows[1] = { id: 'new01', referrerid: 'new00' } as (typeof rows)[number];
      rows[2] = { id: 'new02', referrerid: 'old' } as (typeof rows)[number];
      const result = await engine.upsertRecords('contact', rows);
      expect([result.created.length, result.rejected]).toEqual([60, []]);
      expect(compiled.count).toBe(0);
      expect(await membersOf(store, referrers.id)).toEqual(['new00', 'old']);
      expect(await membersOf(store, quiet.id)).toEqual(rows.map((row) => row.id));
      expect(await engine.verify()).toEqual([]);
    });

    it('refuses a row whose id holds a control character, which PostgreSQL cannot even look up', async () => {
      const { engine } = await engineOn(await backend.open());
      const result = await engine.upsertRecords('contact', [
        { id: 'c\u0000', lastname: 'Nul' },
        { id: 'c2' },
      ]);
      expect(result.created).toEqual(['c2']);
      expect(result.rejected).toMatchObject([{ index: 0, problems: [{ code: 'INVALID_ID', path: 'id' }] }]);
    });

    it('reports bad rows by index, creates a repeated new id once and updates it after', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const result = await engine.upsertRecords('contact', [
        { id: 'x', firstname: 'One' },
        { id: 'x', firstname: 'Two' },
        { firstname: 'Bad', birthdate: 'yesterday' },
        { id: ' spaced ', firstname: 'Bad id' },
      ]);
      expect(result.created).toEqual(['x']);
      expect(result.updated).toEqual(['x']);
      expect(result.rejected.map((r) => [r.index, r.problems.map((p) => p.path)])).toEqual([
        [2, ['birthdate']],
        [3, ['id']],
      ]);
      expect((await store.records.get('contact', 'x'))?.firstname).toBe('Two');
    });
  });
}
