import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { testBackends } from '../store/test-backends.ts';
import { EngineError } from './engine-error.ts';
import {
  and,
  condition,
  contactSegment,
  engineOn,
  membersOf,
  openedAnEmail as openedAnEmailOf,
  worksInBrewing,
} from './engine-test-helpers.ts';

const openedAnEmail = openedAnEmailOf();

const hasALead = and({ kind: 'related', relationship: 'leads' });

/** The problems an engine write was refused with, as `code:path`. */
async function refusal(write: Promise<unknown>): Promise<{ code: string; problems: string[] }> {
  const error: unknown = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EngineError)) throw new Error(`expected an EngineError, got ${String(error)}`);
  return { code: error.code, problems: error.details.map((p) => `${p.code}:${p.path}`) };
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`record writes ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('deletes a contact with its interactions, unlinks its leads, and it leaves the segments it was in', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      await engine.createRecord('contact', { id: 'ada', firstname: 'Ada' });
      await engine.createRecord('contact', { id: 'bob', firstname: 'Bob' });
      await engine.createRecord('interaction', { id: 'i-ada', contactid: 'ada', type: 'EmailOpened' });
      await engine.createRecord('interaction', { id: 'i-bob', contactid: 'bob', type: 'EmailOpened' });
      await engine.createRecord('lead', { id: 'l-ada', subject: 'Wine club', parentcontactid: 'ada' });
      const readers = await engine.createSegment(contactSegment('Opened an email', openedAnEmail));
      const withLead = await engine.createSegment(contactSegment('Has a lead', hasALead));
      await engine.goLive(readers.id);
      await engine.goLive(withLead.id);
      expect(await membersOf(store, readers.id)).toEqual(['ada', 'bob']);
      expect(await membersOf(store, withLead.id)).toEqual(['ada']);

      await engine.deleteRecord('contact', 'ada');

      expect(await store.records.get('interaction', 'i-ada')).toBeUndefined();
      expect(await store.records.get('interaction', 'i-bob')).toMatchObject({ contactid: 'bob' });
      expect(await store.records.get('lead', 'l-ada')).toMatchObject({
        subject: 'Wine club',
        parentcontactid: null,
      });
      expect(await membersOf(store, readers.id)).toEqual(['bob']);
      expect(await membersOf(store, withLead.id)).toEqual([]);
      expect((await engine.events({ segmentId: readers.id })).at(-1)).toMatchObject({
        contactId: 'ada',
        change: 'left',
        cause: 'data',
      });
      expect(await engine.verify()).toEqual([]);
    });

    it("refuses a new contact with a deleted contact's id, so nothing of theirs comes back", async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      await engine.createRecord('contact', { id: 'gone', firstname: 'Gone' });
      await engine.createRecord('interaction', { contactid: 'gone', type: 'EmailOpened' });
      const readers = await engine.createSegment(contactSegment('Opened an email', openedAnEmail));
      await engine.goLive(readers.id);
      await engine.deleteRecord('contact', 'gone');

      expect(
        await refusal(engine.createRecord('contact', { id: 'gone', firstname: 'Someone else' })),
      ).toEqual({
        code: 'INVALID_RECORD',
        problems: ['DUPLICATE_ID:id'],
      });
      const batch = await engine.bulkInsert('contact', [{ id: 'gone' }, { id: 'new' }]);
      expect(batch.ids).toEqual(['new']);
      expect(batch.rejected.map((r) => r.problems[0]?.message)).toEqual([
        expect.stringContaining('was used by a deleted contact'),
      ]);
      expect(await membersOf(store, readers.id)).toEqual([]);
    });

    it('keeps the contacts of a deleted account, without it, and they leave a segment that read it', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      await engine.createRecord('account', { id: 'hops', name: 'Hops', industrycode: 'brewing' });
      await engine.createRecord('contact', { id: 'brewer', firstname: 'Brew', parentcustomerid: 'hops' });
      await engine.createRecord('contact', { id: 'loner', firstname: 'Lone' });
      const brewing = await engine.createSegment(contactSegment('Brewing', worksInBrewing));
      const noCompany = await engine.createSegment(
        contactSegment('No company', and(condition('parentcustomerid', 'notContainsData'))),
      );
      await engine.goLive(brewing.id);
      await engine.goLive(noCompany.id);
      expect(await membersOf(store, brewing.id)).toEqual(['brewer']);
      expect(await membersOf(store, noCompany.id)).toEqual(['loner']);

      await engine.deleteRecord('account', 'hops');

      expect(await store.records.get('contact', 'brewer')).toMatchObject({
        firstname: 'Brew',
        parentcustomerid: null,
      });
      expect(await membersOf(store, brewing.id)).toEqual([]);
      expect(await membersOf(store, noCompany.id)).toEqual(['brewer', 'loner']);
      expect((await engine.events({ segmentId: brewing.id })).at(-1)).toMatchObject({
        contactId: 'brewer',
        change: 'left',
      });
      expect(await engine.verify()).toEqual([]);
    });

    it('refuses a lookup that names no record, on create, update and in a batch, and saves nothing of it', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      await engine.createRecord('contact', { id: 'here', firstname: 'Here' });

      expect(
        await refusal(engine.createRecord('interaction', { contactid: 'nobody', type: 'EmailOpened' })),
      ).toEqual({ code: 'INVALID_RECORD', problems: ['MISSING_REFERENCE:contactid'] });
      expect(await store.records.count('interaction')).toBe(0);

      const lead = await engine.createRecord('lead', { subject: 'Tea', parentcontactid: 'here' });
      expect(await refusal(engine.updateRecord('lead', lead.id, { parentaccountid: 'no-account' }))).toEqual({
        code: 'INVALID_RECORD',
        problems: ['MISSING_REFERENCE:parentaccountid'],
      });
      // Every problem at once: a bad value and a missing record.
      expect(
        await refusal(engine.createRecord('contact', { birthdate: 'soon', parentcustomerid: 'no-account' })),
      ).toEqual({
        code: 'INVALID_RECORD',
        problems: ['INVALID_VALUE:birthdate', 'MISSING_REFERENCE:parentcustomerid'],
      });

      const batch = await engine.bulkInsert('interaction', [
        { contactid: 'here', type: 'EmailOpened' },
        { contactid: 'nobody', type: 'EmailOpened' },
      ]);
      expect(batch.inserted).toBe(1);
      expect(batch.rejected).toEqual([
        {
          index: 1,
          problems: [
            {
              code: 'MISSING_REFERENCE',
              path: 'contactid',
              message: 'Contact: there is no contact with id "nobody".',
            },
          ],
        },
      ]);
    });

    it('refuses rows with a missing record in an upsert, and lets an update name a record the batch created', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      await engine.createRecord('lead', { id: 'l1', subject: 'Old' });
      const result = await engine.upsertRecords('lead', [
        { id: 'l1', parentcontactid: 'nobody' },
        { id: 'l2', subject: 'New', parentcontactid: 'nobody' },
        { id: 'l3', subject: 'Fine' },
      ]);
      expect(result.created).toEqual(['l3']);
      expect(result.updated).toEqual([]);
      expect(result.rejected.map((r) => [r.index, r.problems.map((p) => p.code)])).toEqual([
        [0, ['MISSING_REFERENCE']],
        [1, ['MISSING_REFERENCE']],
      ]);
      expect(await store.records.get('lead', 'l1')).toMatchObject({ subject: 'Old', parentcontactid: null });

      await engine.createRecord('contact', { id: 'c1' });
      const contacts = await engine.upsertRecords('account', [
        { id: 'a1', name: 'New account', primarycontactid: 'c1' },
        { id: 'a1', name: 'Renamed', primarycontactid: 'c1' },
      ]);
      expect(contacts.rejected).toEqual([]);
      expect(await store.records.get('account', 'a1')).toMatchObject({
        name: 'Renamed',
        primarycontactid: 'c1',
      });
    });
  });
}

for (const backend of testBackends().filter((b) => b.name === 'postgres')) {
  describe.skipIf(backend.skip)(`a delete racing a write that names the record ${backend.label}`, () => {
    const opened: Store[] = [];
    afterAll(async () => {
      for (const store of opened) await store.close();
      await backend.cleanup();
    });

    it('never leaves an interaction pointing at a contact deleted at the same moment', async () => {
      const options = backend.freshOptions();
      const [deleting, writing] = [await openStore(options), await openStore(options)];
      opened.push(deleting, writing);
      const deleter = (await engineOn(deleting)).engine;
      const writer = (await engineOn(writing)).engine;
      for (let round = 0; round < 20; round++) {
        const id = `racer-${round}`;
        await deleter.createRecord('contact', { id });
        const [deleted, written] = await Promise.allSettled([
          deleter.deleteRecord('contact', id),
          writer.createRecord('interaction', { contactid: id, type: 'EmailOpened' }),
        ]);
        expect(deleted.status).toBe('fulfilled');
        if (written.status === 'rejected')
          expect(await refusal(Promise.reject(written.reason as Error))).toEqual({
            code: 'INVALID_RECORD',
            problems: ['MISSING_REFERENCE:contactid'],
          });
      }
      expect(await deleting.records.count('interaction')).toBe(0);
    });
  });
}
