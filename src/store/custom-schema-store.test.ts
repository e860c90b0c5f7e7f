import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`custom schema ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('adds a custom attribute that records can then hold', async () => {
      const store = await backend.open();
      const added = await store.addCustomAttribute('contact', {
        name: 'wineenthusiast',
        displayName: 'Wine Enthusiast',
        type: 'boolean',
      });
      expect(added.ok).toBe(true);
      const tier = await store.addCustomAttribute('contact', {
        name: 'loyaltytier',
        displayName: 'Loyalty Tier',
        type: 'multichoice',
        options: [
          { value: 'gold', label: 'Gold' },
          { value: 'cellar', label: 'Cellar Club' },
        ],
      });
      expect(tier.ok).toBe(true);
      expect(store.schema().attribute('contact', 'wineenthusiast')).toMatchObject({
        type: 'boolean',
        custom: true,
      });
      const created = await store.records.create('contact', {
        lastname: 'Vine',
        wineenthusiast: 'true',
        loyaltytier: ['gold', 'cellar'],
      });
      if (!created.ok) throw new Error(JSON.stringify(created.problems));
      expect(await store.records.get('contact', created.record.id)).toMatchObject({
        wineenthusiast: true,
        loyaltytier: ['cellar', 'gold'],
      });
      const bad = await store.records.create('contact', { loyaltytier: ['platinum'] });
      expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['loyaltytier']);
    });

    it('reports the problems of an attribute and changes nothing', async () => {
      const store = await backend.open();
      const result = await store.addCustomAttribute('contact', {
        name: 'FirstName',
        displayName: '',
        type: 'colour',
      });
      expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['name', 'displayName', 'type']);
      const duplicate = await store.addCustomAttribute('contact', {
        name: 'firstname',
        displayName: 'X',
        type: 'string',
      });
      expect(duplicate.ok ? [] : duplicate.problems.map((p) => p.code)).toEqual(['DUPLICATE_ATTRIBUTE']);
      expect(
        store
          .schema()
          .entity('contact')
          ?.attributes.some((a) => a.custom),
      ).toBe(false);
    });

    it('keeps two attributes added at the same time apart, and refuses the same name twice', async () => {
      const store = await backend.open();
      const input = { name: 'points', displayName: 'Points', type: 'integer' };
      const results = await Promise.all([
        store.addCustomAttribute('contact', input),
        store.addCustomAttribute('contact', input),
        store.addCustomAttribute('account', input),
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    });

    it('adds a custom entity with a lookup, the relationship on its target, and keeps both after reopening', async () => {
      const options = backend.freshOptions({ file: true });
      const store = await openStore(options);
      const created = await store.addCustomEntity({
        name: 'eventregistration',
        displayName: 'Event Registration',
        attributes: [
          { name: 'eventname', displayName: 'Event', type: 'string' },
          { name: 'ticketprice', displayName: 'Ticket Price', type: 'money', scale: 2 },
          { name: 'registeredon', displayName: 'Registered On', type: 'datetime' },
        ],
        lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
      });
      expect(created.ok).toBe(true);
      const referral = await store.addCustomAttribute('contact', {
        name: 'firstregistrationid',
        displayName: 'First Registration',
        type: 'lookup',
        target: 'eventregistration',
        relationship: 'firstregistrants',
      });
      expect(referral.ok).toBe(true);
      const contact = await store.records.create('contact', {
        id: 'c1',
        lastname: 'Guest',
        firstregistrationid: 'r1',
      });
      const registration = await store.records.create('eventregistration', {
        id: 'r1',
        eventname: 'Harvest Festival',
        ticketprice: '49.99',
        registeredon: '2026-09-01T18:00:00+02:00',
        contactid: 'c1',
      });
      expect([contact.ok, registration.ok]).toEqual([true, true]);
      await store.close();

      const reopened = await openStore(options);
      try {
        const schema = reopened.schema();
        expect(schema.entity('eventregistration')).toMatchObject({
          custom: true,
          primaryAttribute: 'eventname',
        });
        expect(schema.relationship('contact', 'eventregistrations')).toMatchObject({
          to: 'eventregistration',
          cardinality: 'oneToMany',
          lookupAttribute: 'contactid',
        });
        expect(schema.relationship('eventregistration', 'firstregistrants')?.to).toBe('contact');
        expect(await reopened.records.get('eventregistration', 'r1')).toEqual({
          id: 'r1',
          eventname: 'Harvest Festival',
          ticketprice: '49.99',
          registeredon: '2026-09-01T16:00:00.000Z',
          contactid: 'c1',
        });
        expect((await reopened.records.get('contact', 'c1'))?.firstregistrationid).toBe('r1');
        expect(await reopened.records.findByLookup('eventregistration', 'contactid', ['c1'])).toHaveLength(1);
        const tooPrecise = await reopened.records.create('eventregistration', { ticketprice: '1.005' });
        expect(tooPrecise.ok ? [] : tooPrecise.problems.map((p) => p.path)).toEqual(['ticketprice']);
      } finally {
        await reopened.close();
      }
    });

    it('refuses an entity whose lookup points nowhere, and creates no table', async () => {
      const store = await backend.open();
      const result = await store.addCustomEntity({
        name: 'visit',
        displayName: 'Visit',
        attributes: [{ name: 'page', displayName: 'Page', type: 'string' }],
        lookups: [{ attribute: 'storeid', to: 'store', relationship: 'visits' }],
      });
      expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path])).toEqual([
        ['UNKNOWN_TARGET', 'lookups[0].to'],
      ]);
      expect(store.schema().entity('visit')).toBeUndefined();
      const retry = await store.addCustomEntity({
        name: 'visit',
        displayName: 'Visit',
        attributes: [{ name: 'page', displayName: 'Page', type: 'string' }],
      });
      expect(retry.ok).toBe(true);
    });
  });
}
