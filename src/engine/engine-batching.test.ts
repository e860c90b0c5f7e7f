import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as compileModule from '../compile/index.ts';
import { testBackends } from '../store/test-backends.ts';
import { cityIs, contactSegment, engineOn } from './engine-test-helpers.ts';

// Count the membership queries the engine compiles: one per segment per batch is the contract.
const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock('../compile/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof compileModule>();
  return {
    ...original,
    compileQuery: (...args: Parameters<typeof original.compileQuery>) => {
      compiled.count += 1;
      return original.compileQuery(...args);
    },
  };
});

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`bulk loads ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('re-checks each live segment once for a whole batch', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      for (const city of ['Atlantis', 'Lemuria']) {
        const segment = await engine.createSegment(contactSegment(city, cityIs(city)));
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
  });
}
