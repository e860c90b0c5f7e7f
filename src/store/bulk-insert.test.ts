import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`bulk insert ${backend.label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(() => backend.cleanup());

    it('keeps the good rows and reports the bad ones by index', async () => {
      await store.records.create('contact', { id: 'taken', lastname: 'First' });
      const result = await store.records.bulkInsert('contact', [
        { id: 'b1', firstname: 'Ann', lastname: 'Lee', creditlimit: '10.5', interests: 'wine;travel' },
        { id: 'b2', birthdate: 'not a date' },
        { id: 'b3', donotemail: 'no', numberofchildren: '2' },
        { id: 'taken', lastname: 'Second' },
        { id: 'b3', lastname: 'Twice' },
        { lastname: 'No id given', shoesize: 42 },
        { lastname: 'Generated id' },
      ]);
      expect(result.inserted).toBe(3);
      expect(result.ids.slice(0, 2)).toEqual(['b1', 'b3']);
      expect(result.rejected.map((r) => [r.index, r.problems.map((p) => `${p.code}:${p.path}`)])).toEqual([
        [1, ['INVALID_VALUE:birthdate']],
        [3, ['DUPLICATE_ID:id']],
        [4, ['DUPLICATE_ID:id']],
        [5, ['UNKNOWN_ATTRIBUTE:shoesize']],
      ]);
      expect(await store.records.get('contact', 'b1')).toMatchObject({
        fullname: 'Ann Lee',
        creditlimit: '10.5',
        interests: ['travel', 'wine'],
        birthdate: null,
      });
      expect(await store.records.get('contact', 'b3')).toMatchObject({
        donotemail: false,
        numberofchildren: 2,
      });
      expect((await store.records.get('contact', 'taken'))?.lastname).toBe('First');
      const generated = result.ids[2] ?? '';
      expect((await store.records.get('contact', generated))?.lastname).toBe('Generated id');
    });

    it('refuses the id of a record that exists and of one deleted, each with its own reason', async () => {
      await store.records.create('contact', { id: 'here', lastname: 'Here' });
      await store.records.create('contact', { id: 'gone', lastname: 'Gone' });
      await store.records.delete('contact', 'gone');
      const result = await store.records.bulkInsert('contact', [
        { id: 'gone', lastname: 'Again' },
        { id: 'fresh', lastname: 'Fresh' },
        { id: 'here', lastname: 'Twice' },
      ]);
      expect(result.ids).toEqual(['fresh']);
      expect(result.rejected.map((r) => [r.index, r.problems.map((p) => p.message)])).toEqual([
        [0, [expect.stringContaining('was used by a deleted contact')]],
        [2, [expect.stringContaining('already exists')]],
      ]);
      expect(await store.records.get('contact', 'gone')).toBeUndefined();
    });

    it("still refuses a deleted record's id among the ids the caller found no record of", async () => {
      await store.records.create('contact', { id: 'buried', lastname: 'Buried' });
      await store.records.delete('contact', 'buried');
      const result = await store.records.bulkInsert(
        'contact',
        [
          { id: 'buried', lastname: 'Again' },
          { id: 'unheard', lastname: 'New' },
        ],
        new Map(),
        { absent: new Set(['buried', 'unheard']) },
      );
      expect(result.ids).toEqual(['unheard']);
      expect(result.rejected.map((r) => [r.index, r.problems.map((p) => p.message)])).toEqual([
        [0, [expect.stringContaining('was used by a deleted contact')]],
      ]);
    });

    it('gives back each inserted record exactly as reading it gives it', async () => {
      const result = await store.records.bulkInsert('contact', [
        {
          id: 'image-1',
          firstname: 'Zoë',
          lastname: 'Ångström',
          creditlimit: '0012.50',
          interests: 'wine;cooking;wine',
          birthdate: '1980-02-29',
          donotbulkemail: 'yes',
          numberofchildren: '3',
        },
        { id: 'image-2', lastname: 'Bare' },
      ]);
      expect(result.records.map((record) => record.id)).toEqual(['image-1', 'image-2']);
      expect(result.records).toEqual(await store.records.getMany('contact', ['image-1', 'image-2']));
      expect(result.records[0]).toMatchObject({ creditlimit: '12.5', interests: ['cooking', 'wine'] });
    });

    it('inserts more rows than one statement can carry', async () => {
      const rows = Array.from({ length: 2_503 }, (_, i) => ({
        id: `bulk-${String(i).padStart(5, '0')}`,
        type: 'EmailOpened',
        contactid: `c-${i % 7}`,
        occurredon: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        value: `${i}.25`,
      }));
      const result = await store.records.bulkInsert('interaction', rows);
      expect(result).toMatchObject({ inserted: 2_503, rejected: [] });
      expect(await store.records.count('interaction')).toBe(2_503);
      expect(await store.records.get('interaction', 'bulk-02502')).toMatchObject({
        value: '2502.25',
        occurredon: '2026-01-02T17:42:00.000Z',
      });
    });

    it('inserts nothing for an empty batch or one where every row is bad', async () => {
      expect(await store.records.bulkInsert('account', [])).toEqual({
        inserted: 0,
        ids: [],
        records: [],
        rejected: [],
      });
      const result = await store.records.bulkInsert('account', [{ numberofemployees: 'many' }]);
      expect(result.inserted).toBe(0);
      expect(result.rejected[0]?.problems[0]?.path).toBe('numberofemployees');
    });
  });
}
