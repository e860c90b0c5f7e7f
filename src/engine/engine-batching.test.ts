import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as compileModule from '../compile/index.ts';
import { testBackends } from '../store/test-backends.ts';
import { cityIs, contactSegment, engineOn, unionThroughAccounts } from './engine-test-helpers.ts';

// Count the membership queries the engine compiles: one per segment per batch is the contract for
// segments that need their SQL (`unionThroughAccounts`); contact-only ones are decided in memory.
const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock('../compile/index.ts', async (importOriginal) => {
  const { countingCompile } = await import('./maintenance/counting-compile.ts');
  return countingCompile(await importOriginal<typeof compileModule>(), compiled);
});

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`bulk loads ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('re-checks each live segment once for a whole batch', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      for (const city of ['Atlantis', 'Lemuria']) {
        const segment = await engine.createSegment(contactSegment(city, cityIs(city), unionThroughAccounts));
        await engine.goLive(segment.id);
      }
      compiled.count = 0;
      const rows = Array.from({ length: 200 }, (_, i) => ({
        firstname: `P${i}`,
        address1_city: i % 2 ? 'Atlantis' : 'Lemuria',
      }));
      const result = await engine.bulkInsert('contact', rows);
      expect(result.inserted).toBe(200);
      expect(compiled.count).toBe(2);
      const counts = await Promise.all((await store.segments.list()).map((s) => store.members.count(s.id)));
      expect(counts).toEqual([100, 100]);
    });

    it('makes a clock tick cost the records that crossed a boundary, not the database', async () => {
      const store = await backend.open();
      const { engine, clock } = await engineOn(store);
      const contacts = await engine.bulkInsert(
        'contact',
        Array.from({ length: 100 }, (_, i) => ({ firstname: `P${i}`, createdon: '2026-03-01T12:00:00Z' })),
      );
      const segment = await engine.createSegment(
        contactSegment(
          'New this week',
          {
            kind: 'group',
            op: 'and',
            children: [
              { kind: 'condition', attribute: 'createdon', operator: 'inLast', values: [7], unit: 'days' },
            ],
          },
          unionThroughAccounts,
        ),
      );
      await engine.goLive(segment.id);
      compiled.count = 0;
      // A minute passes and no record crosses the window's edges: nothing is re-checked.
      clock.advance({ minutes: 1 });
      await engine.tick();
      expect(compiled.count).toBe(0);
      // One new contact is created just inside the window; when it leaves, only it is re-checked.
      const late = await engine.createRecord('contact', {
        firstname: 'Late',
        createdon: '2026-03-03T17:05:00Z',
      });
      expect(await store.members.count(segment.id)).toBe(1);
      compiled.count = 0;
      clock.set('2026-03-10T17:06:00Z');
      const changes = await engine.tick();
      expect(changes.get(segment.id)).toEqual([late.id]);
      expect(compiled.count).toBe(1);
      expect(contacts.inserted).toBe(100);
    });
  });
}
