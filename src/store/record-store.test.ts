import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnknownEntityError } from './errors.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

const clock = new Date('2026-03-01T12:00:00.000Z');
const later = new Date('2026-03-02T08:00:00.000Z');

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`records ${backend.label}`, () => {
    let store: Store;
    let accountId: string;
    let now = clock;

    beforeAll(async () => {
      store = await backend.open({ now: () => now });
      const account = await store.records.create('account', { name: 'Contoso Wines', revenue: '2500000.5' });
      if (!account.ok) throw new Error('could not create the account');
      accountId = account.record.id;
    });
    afterAll(() => backend.cleanup());

    it('reads back a contact of every type exactly as it was written', async () => {
      const result = await store.records.create('contact', {
        firstname: 'Zoë',
        lastname: '山田 🍷',
        emailaddress1: 'zoe@example.com',
        address1_city: "Saint-Jean-d'Angély",
        birthdate: '1980-02-29',
        gendercode: 'female',
        interests: ['wine', 'craftbeer', 'wine'],
        donotbulkemail: true,
        donotemail: false,
        creditlimit: '12345678901.2345',
        annualincome: 0.1,
        numberofchildren: 9007199254740991,
        parentcustomerid: accountId,
        createdon: '2026-02-27T23:30:00.5+05:30',
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const expected = {
        firstname: 'Zoë',
        lastname: '山田 🍷',
        fullname: 'Zoë 山田 🍷',
        emailaddress1: 'zoe@example.com',
        address1_city: "Saint-Jean-d'Angély",
        birthdate: '1980-02-29',
        gendercode: 'female',
        interests: ['craftbeer', 'wine'],
        donotbulkemail: true,
        donotemail: false,
        creditlimit: '12345678901.2345',
        annualincome: '0.1',
        numberofchildren: 9007199254740991,
        parentcustomerid: accountId,
        createdon: '2026-02-27T18:00:00.500Z',
        modifiedon: '2026-02-27T18:00:00.500Z',
        jobtitle: null,
        anniversary: null,
      };
      expect(result.record).toMatchObject(expected);
      const read = await store.records.get('contact', result.record.id);
      expect(read).toEqual(result.record);
    });

    it('keeps negative and tiny money values exactly, and the account revenue it was given', async () => {
      const result = await store.records.create('contact', {
        creditlimit: '-0.0001',
        annualincome: '-98765432109876.5',
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const read = await store.records.get('contact', result.record.id);
      expect(read).toMatchObject({ creditlimit: '-0.0001', annualincome: '-98765432109876.5' });
      expect((await store.records.get('account', accountId))?.revenue).toBe('2500000.5');
    });

    it('stores empty text and an empty multi-choice as null, and stamps createdon from the clock', async () => {
      const result = await store.records.create('contact', {
        firstname: '',
        interests: [],
        lastname: 'Solo',
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      const read = await store.records.get('contact', result.record.id);
      expect(read).toMatchObject({
        firstname: null,
        interests: null,
        fullname: 'Solo',
        createdon: clock.toISOString(),
        modifiedon: clock.toISOString(),
      });
    });

    it('rejects bad values, naming each attribute, and writes nothing', async () => {
      const before = await store.records.count('contact');
      const result = await store.records.create('contact', {
        birthdate: '2026-02-30',
        creditlimit: '1.23456',
        gendercode: 'alien',
        numberofchildren: 2.5,
        interests: ['wine', 'opera'],
        favouritecolour: 'blue',
        fullname: 'Written By Hand',
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map((p) => [p.code, p.path])).toEqual([
        ['INVALID_VALUE', 'birthdate'],
        ['INVALID_VALUE', 'creditlimit'],
        ['INVALID_VALUE', 'gendercode'],
        ['INVALID_VALUE', 'numberofchildren'],
        ['INVALID_VALUE', 'interests'],
        ['UNKNOWN_ATTRIBUTE', 'favouritecolour'],
        ['COMPUTED_ATTRIBUTE', 'fullname'],
      ]);
      expect(result.problems[0]?.message).toContain('Birthday');
      expect(await store.records.count('contact')).toBe(before);
    });

    it('rejects a decimal whose scaled value would not fit in 64 bits', async () => {
      const result = await store.records.create('contact', { creditlimit: '1234567890123456789' });
      expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path])).toEqual([
        ['INVALID_VALUE', 'creditlimit'],
      ]);
    });

    it('keeps a given id, refuses it a second time, and generates time-ordered ids otherwise', async () => {
      const first = await store.records.create('contact', { id: 'crm-0001', lastname: 'Given' });
      expect(first.ok && first.record.id).toBe('crm-0001');
      const again = await store.records.create('contact', { id: 'crm-0001', lastname: 'Again' });
      expect(again.ok ? [] : again.problems.map((p) => p.code)).toEqual(['DUPLICATE_ID']);
      const a = await store.records.create('contact', {});
      const b = await store.records.create('contact', {});
      if (!a.ok || !b.ok) throw new Error('create failed');
      expect(a.record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(a.record.id < b.record.id).toBe(true);
    });

    it('updates the attributes in a patch, recomputes the full name and clears with null', async () => {
      const created = await store.records.create('contact', {
        firstname: 'Ada',
        lastname: 'Byron',
        address1_city: 'London',
      });
      if (!created.ok) throw new Error('create failed');
      now = later;
      const updated = await store.records.update('contact', created.record.id, {
        lastname: 'Lovelace',
        address1_city: null,
        interests: ['music', 'art'],
        creditlimit: 99.95,
      });
      now = clock;
      expect(updated).toMatchObject({
        ok: true,
        record: { fullname: 'Ada Lovelace', address1_city: null, modifiedon: later.toISOString() },
      });
      const read = await store.records.get('contact', created.record.id);
      expect(read).toMatchObject({
        firstname: 'Ada',
        lastname: 'Lovelace',
        fullname: 'Ada Lovelace',
        address1_city: null,
        interests: ['art', 'music'],
        creditlimit: '99.95',
        createdon: clock.toISOString(),
        modifiedon: later.toISOString(),
      });
      const cleared = await store.records.update('contact', created.record.id, {
        firstname: null,
        lastname: null,
      });
      expect(cleared?.ok && cleared.record.fullname).toBe(null);
    });

    it('reports a bad patch, a changed id and a missing record', async () => {
      const created = await store.records.create('contact', { lastname: 'Patch' });
      if (!created.ok) throw new Error('create failed');
      const bad = await store.records.update('contact', created.record.id, { birthdate: 'soon' });
      expect(bad?.ok === false && bad.problems.map((p) => p.path)).toEqual(['birthdate']);
      const moved = await store.records.update('contact', created.record.id, { id: 'elsewhere' });
      expect(moved?.ok === false && moved.problems.map((p) => p.code)).toEqual(['ID_IMMUTABLE']);
      expect(await store.records.update('contact', 'no-such-id', { lastname: 'X' })).toBeUndefined();
    });

    it('deletes a record once', async () => {
      const created = await store.records.create('interaction', {
        type: 'EmailOpened',
        occurredon: '2026-03-01T10:00:00Z',
      });
      if (!created.ok) throw new Error('create failed');
      expect(await store.records.delete('interaction', created.record.id)).toMatchObject({
        deleted: [{ entity: 'interaction', record: { id: created.record.id, type: 'EmailOpened' } }],
        unlinked: [],
      });
      expect(await store.records.delete('interaction', created.record.id)).toBeUndefined();
      expect(await store.records.get('interaction', created.record.id)).toBeUndefined();
    });

    it('lists records in id order, a page at a time', async () => {
      for (const id of ['lead-c', 'lead-a', 'lead-B', 'lead-b'])
        await store.records.create('lead', { id, subject: id });
      const first = await store.records.list('lead', { limit: 2 });
      const second = await store.records.list('lead', { limit: 10, after: first.at(-1)?.id ?? '' });
      expect([...first, ...second].map((r) => r.id)).toEqual(['lead-B', 'lead-a', 'lead-b', 'lead-c']);
    });

    it('finds records by lookup and several at once by id', async () => {
      const contact = await store.records.create('contact', { id: 'c-lookup', lastname: 'Lookup' });
      if (!contact.ok) throw new Error('create failed');
      await store.records.create('interaction', { id: 'i-2', contactid: 'c-lookup', type: 'EmailOpened' });
      await store.records.create('interaction', { id: 'i-1', contactid: 'c-lookup', type: 'EmailClicked' });
      const found = await store.records.findByLookup('interaction', 'contactid', ['c-lookup']);
      expect(found.map((r) => [r.id, r.type])).toEqual([
        ['i-1', 'EmailClicked'],
        ['i-2', 'EmailOpened'],
      ]);
      expect((await store.records.getMany('interaction', ['i-2', 'nope', 'i-1'])).map((r) => r.id)).toEqual([
        'i-1',
        'i-2',
      ]);
    });

    it('throws UnknownEntityError for an entity the schema does not have', async () => {
      await expect(store.records.get('unicorn', 'x')).rejects.toBeInstanceOf(UnknownEntityError);
      await expect(store.records.create('unicorn', {})).rejects.toBeInstanceOf(UnknownEntityError);
    });

    it('rolls a transaction back when its function throws, and commits it otherwise', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.records.create('contact', { id: 'tx-rolled-back' });
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await store.records.get('contact', 'tx-rolled-back')).toBeUndefined();
      await store.transaction(async (tx) => {
        await tx.records.create('contact', { id: 'tx-committed' });
        await tx.transaction((inner) =>
          inner.records.update('contact', 'tx-committed', { lastname: 'Nested' }),
        );
      });
      expect((await store.records.get('contact', 'tx-committed'))?.lastname).toBe('Nested');
    });

    it('stores text that looks like SQL as plain text, and never reaches a table the schema lacks', async () => {
      const attacks = [`Robert'); drop table contact; --`, `" or 1=1 --`, '%_\\', `$1 ?`];
      for (const [i, text] of attacks.entries()) {
        const created = await store.records.create('contact', {
          id: `inj-${i}`,
          lastname: text,
          address1_city: text,
        });
        expect(created.ok && (await store.records.get('contact', created.record.id))?.lastname).toBe(text);
      }
      await expect(
        store.records.list('contact"; drop table account; --', { limit: 1 }),
      ).rejects.toBeInstanceOf(UnknownEntityError);
      expect(await store.records.count('account')).toBeGreaterThan(0);
    });

    it('runs a compiled Kysely query', async () => {
      await store.records.create('contact', { id: 'q-1', address1_city: 'Quito' });
      const compiled = store.db
        .selectFrom('contact')
        .select('id')
        .where('address1_city', '=', 'Quito')
        .compile();
      expect(await store.query(compiled)).toEqual([{ id: 'q-1' }]);
    });
  });
}
