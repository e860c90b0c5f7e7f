import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`lookup references ${backend.label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      await store.records.create('contact', { id: 'ref-c1', lastname: 'Here' });
      await store.records.create('account', { id: 'ref-a1', name: 'Here Inc' });
    });
    afterAll(() => backend.cleanup());

    it('names the attribute and the id of every lookup that points at no record, by row', async () => {
      const problems = await store.records.referenceProblems('lead', [
        { parentcontactid: 'ref-c1', parentaccountid: 'ref-a1' },
        { parentcontactid: 'ref-nobody', parentaccountid: 'ref-nowhere' },
        { parentcontactid: '', parentaccountid: null },
        { subject: 'No links' },
      ]);
      expect([...problems.entries()]).toEqual([
        [
          1,
          [
            {
              code: 'MISSING_REFERENCE',
              path: 'parentcontactid',
              message: 'Existing Contact: there is no contact with id "ref-nobody".',
            },
            {
              code: 'MISSING_REFERENCE',
              path: 'parentaccountid',
              message: 'Existing Account: there is no account with id "ref-nowhere".',
            },
          ],
        ],
      ]);
    });

    it('says so when the id named was a deleted record', async () => {
      await store.records.create('contact', { id: 'ref-gone', lastname: 'Gone' });
      await store.records.delete('contact', 'ref-gone');
      const problems = await store.records.referenceProblems('interaction', [{ contactid: 'ref-gone' }]);
      expect(problems.get(0)?.[0]?.message).toBe(
        'Contact: there is no contact with id "ref-gone" (it was deleted).',
      );
    });

    it('lets a row of a self-referencing entity name a record another row of the batch creates', async () => {
      const added = await store.addCustomEntity({
        name: 'refcategory',
        displayName: 'Category',
        attributes: [{ name: 'label', displayName: 'Label', type: 'string' }],
        lookups: [{ attribute: 'parentid', to: 'refcategory', relationship: 'children' }],
      });
      expect(added.ok).toBe(true);
      const rows = [
        { id: 'cat-wine', label: 'Wine' },
        { id: 'cat-red', label: 'Red', parentid: 'cat-wine' },
        { id: 'cat-odd', label: 'Odd', parentid: 'cat-missing' },
        { id: 'cat-odder', label: 'Under odd', parentid: 'cat-odd' },
        { id: 'cat-self', label: 'Its own parent', parentid: 'cat-self' },
      ];
      const batch = new Map(rows.map((row, index) => [index, row.id]));
      const problems = await store.records.referenceProblems('refcategory', rows, batch);
      // cat-odd is refused, so cat-odder, which names it, is refused too.
      expect([...problems.keys()]).toEqual([2, 3]);
    });
  });
}
