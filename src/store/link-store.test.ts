import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`an account's contacts read for a re-check ${backend.label}`, () => {
    let store: Store;

    beforeAll(async () => {
      store = await backend.open();
      await store.records.create('account', { id: 'acme', name: 'Acme' });
      await store.records.create('account', { id: 'other', name: 'Other' });
      for (const [id, account] of [
        ['ada', 'acme'],
        ['bob', 'acme'],
        ['cy', 'other'],
      ] as const) {
        const created = await store.records.create('contact', {
          id,
          parentcustomerid: account,
          firstname: id,
          address1_city: 'Raleigh',
          birthdate: '1980-02-29',
          interests: ['wine', 'cooking'],
          creditlimit: '1250.5',
        });
        if (!created.ok) throw new Error(JSON.stringify(created.problems));
      }
    });
    afterAll(() => backend.cleanup());

    it('holds the id, the lookup and the attributes asked for, each as a whole read gives it', async () => {
      const contact = store.schema().entity('contact');
      if (!contact) throw new Error('no contact entity');
      const read = new Set(['address1_city', 'birthdate', 'interests', 'creditlimit']);
      const holders = await store.links.holders(contact, 'parentcustomerid', ['acme'], read);
      expect(holders.map((record) => record.id).sort()).toEqual(['ada', 'bob']);
      const whole = await store.records.get('contact', 'ada');
      const ada = holders.find((record) => record.id === 'ada');
      expect(ada).toEqual({
        id: 'ada',
        parentcustomerid: 'acme',
        address1_city: whole?.address1_city,
        birthdate: whole?.birthdate,
        interests: whole?.interests,
        creditlimit: whole?.creditlimit,
      });
      expect(ada?.birthdate).toBe('1980-02-29');
      expect(ada?.interests).toEqual(expect.arrayContaining(['wine', 'cooking']));
      // Nothing else is read: not asked for, not there.
      expect(ada).not.toHaveProperty('firstname');
    });

    it('reads a second set of attributes by its own statement', async () => {
      const contact = store.schema().entity('contact');
      if (!contact) throw new Error('no contact entity');
      const [first] = await store.links.holders(
        contact,
        'parentcustomerid',
        ['other'],
        new Set(['firstname']),
      );
      const [second] = await store.links.holders(
        contact,
        'parentcustomerid',
        ['other'],
        new Set(['address1_city']),
      );
      expect(first).toEqual({ id: 'cy', parentcustomerid: 'other', firstname: 'cy' });
      expect(second).toEqual({ id: 'cy', parentcustomerid: 'other', address1_city: 'Raleigh' });
    });
  });
}
