import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

const at = new Date('2026-03-01T12:00:00.000Z');
const later = new Date('2026-03-05T09:30:00.000Z');

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`deleting records ${backend.label}`, () => {
    let store: Store;
    let now = at;
    beforeAll(async () => {
      store = await backend.open({ now: () => now });
    });
    afterAll(() => backend.cleanup());

    const create = async (entity: string, values: Record<string, unknown>) => {
      const result = await store.records.create(entity, values);
      if (!result.ok) throw new Error(`${entity}: ${JSON.stringify(result.problems)}`);
      return result.record;
    };

    it("deletes a contact's interactions with it and clears the leads and accounts that named it", async () => {
      now = at;
      await create('contact', { id: 'del-ada', lastname: 'Lovelace' });
      await create('contact', { id: 'del-bob', lastname: 'Other' });
      await create('interaction', { id: 'del-i1', contactid: 'del-ada', type: 'EmailOpened' });
      await create('interaction', { id: 'del-i2', contactid: 'del-ada', type: 'EmailClicked' });
      await create('interaction', { id: 'del-i3', contactid: 'del-bob', type: 'EmailOpened' });
      await create('lead', { id: 'del-l1', subject: 'Wine', parentcontactid: 'del-ada' });
      await create('account', { id: 'del-a1', name: 'Analytical', primarycontactid: 'del-ada' });
      now = later;

      const outcome = await store.records.delete('contact', 'del-ada');

      expect(outcome?.deleted.map((d) => `${d.entity}:${d.record.id}`).sort()).toEqual([
        'contact:del-ada',
        'interaction:del-i1',
        'interaction:del-i2',
      ]);
      expect(outcome?.unlinked.map((u) => `${u.entity}:${u.before.id}`).sort()).toEqual([
        'account:del-a1',
        'lead:del-l1',
      ]);
      const lead = outcome?.unlinked.find((u) => u.entity === 'lead');
      expect(lead?.before).toMatchObject({ parentcontactid: 'del-ada' });
      expect(lead?.after).toMatchObject({ parentcontactid: null, modifiedon: later.toISOString() });
      expect(await store.records.get('interaction', 'del-i1')).toBeUndefined();
      expect(await store.records.get('interaction', 'del-i3')).toMatchObject({ contactid: 'del-bob' });
      expect(await store.records.get('lead', 'del-l1')).toMatchObject({
        subject: 'Wine',
        parentcontactid: null,
        modifiedon: later.toISOString(),
      });
      expect(await store.records.get('account', 'del-a1')).toMatchObject({ primarycontactid: null });
    });

    it("keeps an account's contacts and leads when it is deleted, without the link", async () => {
      await create('account', { id: 'del-a2', name: 'Hops' });
      await create('contact', { id: 'del-c2', lastname: 'Brewer', parentcustomerid: 'del-a2' });
      await create('lead', { id: 'del-l2', subject: 'Beer', parentaccountid: 'del-a2' });

      const outcome = await store.records.delete('account', 'del-a2');

      expect(outcome?.deleted.map((d) => d.record.id)).toEqual(['del-a2']);
      expect(outcome?.unlinked.map((u) => u.before.id).sort()).toEqual(['del-c2', 'del-l2']);
      expect(await store.records.get('contact', 'del-c2')).toMatchObject({
        lastname: 'Brewer',
        parentcustomerid: null,
      });
      expect(await store.records.get('lead', 'del-l2')).toMatchObject({ parentaccountid: null });
    });

    it("clears a custom entity's lookup to a deleted contact: Dataverse's referential default", async () => {
      const added = await store.addCustomEntity({
        name: 'delticket',
        displayName: 'Ticket',
        attributes: [{ name: 'seat', displayName: 'Seat', type: 'string' }],
        lookups: [{ attribute: 'holderid', to: 'contact', relationship: 'deltickets' }],
      });
      expect(added.ok).toBe(true);
      await create('contact', { id: 'del-c3', lastname: 'Holder' });
      await create('delticket', { id: 'del-t1', seat: '12A', holderid: 'del-c3' });

      const outcome = await store.records.delete('contact', 'del-c3');

      expect(outcome?.unlinked).toMatchObject([
        { entity: 'delticket', before: { holderid: 'del-c3' }, after: { holderid: null } },
      ]);
      expect(await store.records.get('delticket', 'del-t1')).toMatchObject({ seat: '12A', holderid: null });
    });

    it('never gives the id of a deleted record to a new one, alone or in a batch', async () => {
      await create('contact', { id: 'del-gone', lastname: 'Gone' });
      await create('interaction', { id: 'del-gone-i', contactid: 'del-gone', type: 'EmailOpened' });
      await store.records.delete('contact', 'del-gone');

      const again = await store.records.create('contact', { id: 'del-gone', lastname: 'Someone else' });
      expect(!again.ok && again.problems).toEqual([
        {
          code: 'DUPLICATE_ID',
          path: 'id',
          message: expect.stringContaining('"del-gone" was used by a deleted contact') as unknown,
        },
      ]);
      const batch = await store.records.bulkInsert('interaction', [
        { id: 'del-gone-i', type: 'EmailOpened' },
        { id: 'del-new-i', type: 'EmailOpened' },
      ]);
      expect(batch.ids).toEqual(['del-new-i']);
      expect(batch.rejected).toMatchObject([
        {
          index: 0,
          problems: [
            { code: 'DUPLICATE_ID', message: expect.stringContaining('deleted interaction') as unknown },
          ],
        },
      ]);
      // The id of a deleted contact stays free for another entity: ids are unique per entity.
      expect((await store.records.create('account', { id: 'del-gone', name: 'Gone Ltd' })).ok).toBe(true);
    });

    it('reports nothing when there is no such record, and deletes nothing', async () => {
      expect(await store.records.delete('contact', 'del-never')).toBeUndefined();
    });
  });
}
