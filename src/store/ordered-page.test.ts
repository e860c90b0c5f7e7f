import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderedPage, type OrderKey } from './ordered-page.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`ordered pages of chosen records ${backend.label}`, () => {
    let store: Store;
    const page = (ids: readonly string[], order: readonly OrderKey[], offset = 0, limit = 10) =>
      store.read(async (session) =>
        (await orderedPage(session, 'contact', ids, order, offset, limit)).map((r) => r.id),
      );

    beforeAll(async () => {
      store = await backend.open();
      await store.records.bulkInsert('contact', [
        { id: 'c1', lastname: 'bailey', creditlimit: '900.5', birthdate: '1990-01-02' },
        { id: 'c2', lastname: 'Abbott', creditlimit: '10000', birthdate: '1985-06-30' },
        { id: 'c3', lastname: 'Carter' },
        { id: 'c4', lastname: 'abbott', creditlimit: '-3', birthdate: '2001-12-31' },
        { id: 'c5', lastname: 'Zed', creditlimit: '900.5' },
      ]);
    });
    afterAll(() => backend.cleanup());

    const all = ['c5', 'c4', 'c3', 'c2', 'c1', 'not-there'];

    it('orders text without regard to case, ties by id, and leaves out ids that name no record', async () => {
      expect(await page(all, [{ attribute: 'lastname' }])).toEqual(['c2', 'c4', 'c1', 'c3', 'c5']);
      expect(await page(all, [{ attribute: 'lastname', descending: true }])).toEqual([
        'c5',
        'c3',
        'c1',
        'c2',
        'c4',
      ]);
    });

    it('orders numbers and dates by value and puts missing values last in either direction', async () => {
      expect(await page(all, [{ attribute: 'creditlimit' }])).toEqual(['c4', 'c1', 'c5', 'c2', 'c3']);
      expect(await page(all, [{ attribute: 'creditlimit', descending: true }])).toEqual([
        'c2',
        'c1',
        'c5',
        'c4',
        'c3',
      ]);
      expect(await page(all, [{ attribute: 'birthdate', descending: true }])).toEqual([
        'c4',
        'c1',
        'c2',
        'c3',
        'c5',
      ]);
    });

    it('pages by offset and limit among the chosen ids only, and by id when asked', async () => {
      expect(await page(all, [{ attribute: 'lastname' }], 1, 2)).toEqual(['c4', 'c1']);
      expect(await page(['c1', 'c3', 'c5'], [{ attribute: 'id', descending: true }], 0, 2)).toEqual([
        'c5',
        'c3',
      ]);
      expect(await page([], [{ attribute: 'lastname' }])).toEqual([]);
    });

    it('sorts many chosen ids in the database', async () => {
      const many = Array.from({ length: 20_000 }, (_, i) => `x${i}`);
      expect(await page([...many, 'c3', 'c2'], [{ attribute: 'lastname' }])).toEqual(['c2', 'c3']);
    });

    it('refuses an attribute the entity lacks, naming it', async () => {
      await expect(page(all, [{ attribute: 'shoesize' }])).rejects.toThrow(
        'contact has no attribute "shoesize" to order by',
      );
    });
  });
}
