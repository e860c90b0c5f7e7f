import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { and, condition, contactSegment, engineOn, membersOf } from '../../engine/engine-test-helpers.ts';
import { EngineError } from '../../engine/index.ts';
import { testBackends } from '../../store/test-backends.ts';
import {
  dynamicsContactsCsv,
  dynamicsImportedContacts,
  dynamicsImportOutcome,
  seedDynamicsAccounts,
} from './csv-dynamics-fixture.ts';
import { importCsv } from './csv-import.ts';

const lines = (...rows: string[]) => rows.join('\n') + '\n';
const file = (text: string) => Readable.from([Buffer.from(text)]);

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`CSV import of a Dynamics export ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('loads a contacts file as Dynamics exports it, and refuses the ambiguous company with its line', async () => {
      const { engine } = await engineOn(await backend.open());
      await seedDynamicsAccounts(engine);
      const women = await engine.createSegment(
        contactSegment('Women at Contoso', and(condition('gendercode', 'equals', ['female']))),
      );
      await engine.goLive(women.id);

      const result = await importCsv(engine, 'contact', file(dynamicsContactsCsv));

      expect(result).toEqual(dynamicsImportOutcome);
      for (const [id, values] of Object.entries(dynamicsImportedContacts))
        expect(await engine.store.records.get('contact', id)).toMatchObject(values);
      expect(await engine.store.records.get('contact', 'c-alan')).toBeUndefined();
      expect(await engine.store.records.get('contact', 'c-bad')).toBeUndefined();
      expect(await membersOf(engine.store, women.id)).toEqual(['c-ada', 'c-grace']);
    });

    it('updates the records a second export names by their (Do Not Modify) id', async () => {
      const { engine } = await engineOn(await backend.open());
      await seedDynamicsAccounts(engine);
      await importCsv(engine, 'contact', file(dynamicsContactsCsv));
      const again = await importCsv(
        engine,
        'contact',
        file(lines('(Do Not Modify) Contact,Gender,Company Name', 'c-ada,Male,Litware')),
      );
      expect(again).toMatchObject({ created: 0, updated: 1, rejectedCount: 0 });
      expect(again.ignoredColumns).toBeUndefined();
      expect(await engine.store.records.get('contact', 'c-ada')).toMatchObject({
        gendercode: 'male',
        parentcustomerid: 'acc-litware',
        firstname: 'Ada',
      });
    });

    it('takes an id over a name, and leaves a cell that names nothing to be refused as before', async () => {
      const { engine } = await engineOn(await backend.open());
      await engine.createRecord('account', { id: 'acc-1', name: 'Northwind' });
      // An account called like another's id: the id wins.
      await engine.createRecord('account', { id: 'acc-2', name: 'acc-1' });
      const result = await importCsv(
        engine,
        'contact',
        file(lines('id,parentcustomerid', 'a,acc-1', 'b,northwind', 'c,Southwind')),
      );
      expect(result.created).toBe(2);
      expect(result.rejected).toEqual([
        { line: 4, reason: 'parentcustomerid: Company Name: there is no account with id "Southwind".' },
      ]);
      expect((await engine.store.records.get('contact', 'a'))?.parentcustomerid).toBe('acc-1');
      expect((await engine.store.records.get('contact', 'b'))?.parentcustomerid).toBe('acc-1');
    });

    it("takes a row's own id over a record's name, for a lookup to records of the same file", async () => {
      const { engine } = await engineOn(await backend.open());
      const added = await engine.store.addCustomEntity({
        name: 'campaign',
        displayName: 'Campaign',
        primaryAttribute: 'title',
        attributes: [{ name: 'title', displayName: 'Title', type: 'string' }],
        lookups: [{ attribute: 'parentcampaignid', to: 'campaign', relationship: 'childcampaigns' }],
      });
      expect(added.ok).toBe(true);
      await engine.createRecord('campaign', { id: 'old', title: 'spring' });
      await engine.createRecord('campaign', { id: 'older', title: 'Autumn' });
      const result = await importCsv(
        engine,
        'campaign',
        file(
          lines(
            'id,Title,parentcampaignid',
            'spring,Spring sale,',
            'summer,Summer sale,spring',
            'winter,,autumn',
          ),
        ),
      );
      expect(result).toMatchObject({ created: 3, rejectedCount: 0 });
      expect((await engine.store.records.get('campaign', 'summer'))?.parentcampaignid).toBe('spring');
      expect((await engine.store.records.get('campaign', 'winter'))?.parentcampaignid).toBe('older');
    });

    it('finds contacts by full name for interactions, and industries by label or Dataverse value', async () => {
      const { engine } = await engineOn(await backend.open());
      await engine.createRecord('contact', { id: 'c1', firstname: 'Ada', lastname: 'Lovelace' });
      const interactions = await importCsv(
        engine,
        'interaction',
        file(
          lines(
            'Contact,Interaction Type,Occurred On',
            'ada lovelace,EmailSoftBounced,2026-03-01T10:00:00Z',
            'Ada Lovelace,Redirect Link Clicked,2026-03-01T11:00:00Z',
          ),
        ),
      );
      expect(interactions).toMatchObject({ created: 2, rejectedCount: 0 });
      const stored = await engine.store.records.findByLookup('interaction', 'contactid', ['c1']);
      expect(stored.map((i) => i.type).sort()).toEqual(['EmailSoftBounced', 'RedirectLinkClicked']);

      const accounts = await importCsv(
        engine,
        'account',
        file(
          lines(
            'Account Name,Industry,Category',
            'A,16,Preferred Customer',
            "B,doctor's offices and clinics,2",
            'C,99,',
          ),
        ),
      );
      expect(accounts.created).toBe(2);
      expect(accounts.rejected).toEqual([
        { line: 4, reason: 'industrycode: Industry: "99" is not one of its options.' },
      ]);
      const accountsStored = await engine.store.records.list('account', { limit: 10 });
      expect(accountsStored.map((a) => [a.name, a.industrycode, a.accountcategorycode])).toEqual([
        ['A', 'financial', 'preferred'],
        ['B', 'doctors', 'standard'],
      ]);
    });

    it('reads a header of display names and logical names in any case, and refuses an ambiguous one naming both', async () => {
      const { engine } = await engineOn(await backend.open());
      const ok = await importCsv(
        engine,
        'contact',
        file(
          lines('FIRST NAME, address 1: city ,LastName,emailaddress1', 'Ada,London,Lovelace,ada@example.com'),
        ),
      );
      expect(ok).toMatchObject({ created: 1, rejectedCount: 0 });
      expect((await engine.store.records.list('contact', { limit: 1 }))[0]).toMatchObject({
        firstname: 'Ada',
        lastname: 'Lovelace',
        address1_city: 'London',
      });

      const added = await engine.store.addCustomAttribute('contact', {
        name: 'workemail',
        displayName: 'Email',
        type: 'string',
      });
      expect(added.ok).toBe(true);
      const refused = await importCsv(
        engine,
        'contact',
        file(lines('First Name,Email,firstname', 'Ada,a@b.c,Ada')),
      ).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(EngineError);
      const { message, details } = refused as EngineError;
      expect(message).toContain(
        'Column "Email" is the display name of 2 attributes of Contact: "Email" (emailaddress1) and "Email" (workemail). Use the logical name of the one you mean.',
      );
      expect(message).toContain(
        'Column "firstname" names the same attribute (firstname) as column 1, "First Name".',
      );
      expect(details.map((d) => [d.code, d.path])).toEqual([
        ['AMBIGUOUS_COLUMN', 'header[1]'],
        ['DUPLICATE_COLUMN', 'header[2]'],
      ]);
      // Logical names keep their meaning: `emailaddress1` and `workemail` are not ambiguous.
      const byLogicalName = await importCsv(
        engine,
        'contact',
        file(lines('emailaddress1,workemail', 'x@example.com,y@example.com')),
      );
      expect(byLogicalName.created).toBe(1);
      expect(await engine.store.records.count('contact')).toBe(2);
    });

    it('reads a Dataverse integer under a logical-name header, as a file written for Segmint has it', async () => {
      const { engine } = await engineOn(await backend.open());
      const result = await importCsv(
        engine,
        'contact',
        file(lines('id,gendercode,familystatuscode,interests', 'a,2,4,wine;Craft Beer', 'b,female,single,')),
      );
      expect(result).toMatchObject({ created: 2, rejectedCount: 0 });
      expect(await engine.store.records.get('contact', 'a')).toMatchObject({
        gendercode: 'female',
        familystatuscode: 'widowed',
        interests: ['craftbeer', 'wine'],
      });
      expect(await engine.store.records.get('contact', 'b')).toMatchObject({
        gendercode: 'female',
        familystatuscode: 'single',
      });
    });

    it('still refuses a computed attribute named by its logical name', async () => {
      const { engine } = await engineOn(await backend.open());
      const refused = await importCsv(engine, 'contact', file(lines('fullname', 'Ada Lovelace'))).catch(
        (e: unknown) => e,
      );
      expect((refused as EngineError).details.map((d) => d.code)).toEqual(['COMPUTED_COLUMN']);
    });
  });
}
