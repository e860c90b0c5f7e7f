import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`reads run together ${backend.label}`, () => {
    let store: Store;
    const ids = ['ada', 'bob', 'cy'];

    beforeAll(async () => {
      store = await backend.open();
      for (const id of ids)
        await store.records.create('contact', { id, firstname: id, lastname: "O'Hara \\ 🍷" });
      await store.records.create('interaction', { id: 'i1', contactid: 'ada', type: 'EmailOpened' });
      await store.records.create('interaction', { id: 'i2', contactid: 'cy', type: 'EmailClicked' });
      await store.members.replace('seg-a', ['ada', 'cy']);
      await store.members.replace('seg-b', ['bob']);
      await store.overrides.set('seg-b', ['cy'], 'exclude');
    });
    afterAll(() => backend.cleanup());

    it('gives each read what it gives run alone, in order', async () => {
      const interaction = store.schema().entity('interaction');
      if (!interaction) throw new Error('no interaction entity');
      const together = await store.readTogether([
        store.records.getManyRead('contact', ids),
        store.members.membershipsRead(ids, ['seg-a', 'seg-b']),
        store.links.referencingRead(interaction, 'contactid', ids, 10),
      ] as const);
      expect(together).toEqual([
        await store.records.getMany('contact', ids),
        await store.members.membershipsOf(ids, ['seg-a', 'seg-b']),
        await store.links.referencing(interaction, 'contactid', ids, 10),
      ]);
      expect(together[0].map((contact) => contact.lastname)).toEqual(Array(3).fill("O'Hara \\ 🍷"));
      expect(together[1].overrides.get('cy')?.get('seg-b')).toBe('exclude');
      expect(together[2].map((record) => record.id).sort()).toEqual(['i1', 'i2']);
    });

    it('runs reads it cannot send together one by one, with the same answers', async () => {
      const quoted = {
        query: CompiledQuery.raw("select 'x' as v"),
        decode: (rows: readonly unknown[]) => rows,
      };
      const [records, rows] = await store.readTogether([
        store.records.getManyRead('contact', ['bob']),
        quoted,
      ]);
      expect(records.map((contact) => contact.id)).toEqual(['bob']);
      expect(rows).toEqual([{ v: 'x' }]);
    });

    it('reads within a transaction what the transaction wrote', async () => {
      const seen = await store.transaction(async (tx) => {
        await tx.records.update('contact', 'bob', { firstname: 'Robert' });
        const [records] = await tx.readTogether([tx.records.getManyRead('contact', ['bob', 'ada'])]);
        return records.map((contact) => contact.firstname);
      });
      expect(seen).toEqual(['ada', 'Robert']);
    });
  });
}
