import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { ManualClock } from '../../src/engine/clock.ts';
import { parseMql, type MqlProblem, type SegmentRef } from '../../src/mql/index.ts';
import type { Store } from '../../src/store/index.ts';
import { testBackends } from '../../src/store/test-backends.ts';

/**
 * The examples of Microsoft's "Segment Query definition" page and "Basic operations on segments using
 * the segmentation API" page (MicrosoftDocs/customer-insights, ci-docs/journeys/developer/) that speak
 * of contacts, accounts and interactions, read by parseMql and run by the engine on a small fixture.
 * Each expected member list is written by hand from the fixture below. The malformed examples (an
 * extra ")", a missing operator, FILTER after HAVING, named queries) are refused with positions.
 */

const accountA = '1cc00a15-37ef-e911-a81d-000d3a6d200c';
const crmSegmentId = 'e1fa7fdc-5c78-ea11-a811-000d3a8e8fcc';

/** Attributes the page's examples name that an installation adds as its own (the schema is data). */
const customAttributes = [
  { name: 'sex', displayName: 'Sex', type: 'string' },
  { name: 'country', displayName: 'Country', type: 'string' },
  { name: 'age', displayName: 'Age', type: 'integer' },
  { name: 'income', displayName: 'Income', type: 'money' },
  { name: 'product', displayName: 'Product', type: 'string' },
  { name: 'expirationdate', displayName: 'Expiration Date', type: 'date' },
  { name: 'numberofactivepurchaseditems', displayName: 'Active Purchased Items', type: 'integer' },
  { name: 'unsubscribed', displayName: 'Unsubscribed', type: 'date' },
  { name: 'campaignstartdate', displayName: 'Campaign Start Date', type: 'date' },
] as const;

/*
 * The fixture, at the engine's clock 2026-03-10T17:00Z:
 *
 * | id | name    | email | city      | account | sex | country | age | income | product    | expires    | items |
 * | c1 | Ann Lee | yes   | NewYork   | A       | F   | USA     | 30  | 80000  |            |            |       |
 * | c2 | Bob Ray | yes   | NewJersey | A       | M   | USA     | 20  | 60000  | CreditCard | 2026-03-20 | 1     |
 * | c3 | Cy Poe  | no    | NewYork   | A       | M   | USA     | 25  | 50000  | CreditCard | 2026-02-25 | 2     |
 * | c4 | (none)  | yes   | Boston    | B       | M   | USA     | 15  | 50001  | CreditCard | 2026-04-15 | 0     |
 * | c5 | Eve Kim | yes   | Seattle   |         | M   | Canada  | 22  | 90000  | CreditCard | 2026-03-09 | 3     |
 * | c6 | Fay Orr | yes   | newyork   | B       | F   | USA     | 26  | 70000  | CreditCard | 2026-02-10 | 1     |
 *
 * Interactions: c1 11 EmailSoftBounced in the last month; c2 10; c3 11, one of them on 2026-02-01
 * (outside the month); c4 12 EmailOpened; c5 RedirectLinkClicked on 2026-03-08; c6 RedirectLinkClicked
 * on 2026-02-20 (outside the last 7 days).
 */
const contacts = [
  {
    id: 'c1',
    firstname: 'Ann',
    lastname: 'Lee',
    emailaddress1: 'ann@example.com',
    address1_city: 'NewYork',
    parentcustomerid: accountA,
    sex: 'F',
    country: 'USA',
    age: 30,
    income: 80000,
  },
  {
    id: 'c2',
    firstname: 'Bob',
    lastname: 'Ray',
    emailaddress1: 'bob@example.com',
    address1_city: 'NewJersey',
    parentcustomerid: accountA,
    sex: 'M',
    country: 'USA',
    age: 20,
    income: 60000,
    product: 'CreditCard',
    expirationdate: '2026-03-20',
    numberofactivepurchaseditems: 1,
  },
  {
    id: 'c3',
    firstname: 'Cy',
    lastname: 'Poe',
    address1_city: 'NewYork',
    parentcustomerid: accountA,
    sex: 'M',
    country: 'USA',
    age: 25,
    income: 50000,
    product: 'CreditCard',
    expirationdate: '2026-02-25',
    numberofactivepurchaseditems: 2,
  },
  {
    id: 'c4',
    emailaddress1: 'di@example.com',
    address1_city: 'Boston',
    parentcustomerid: 'acc-b',
    sex: 'M',
    country: 'USA',
    age: 15,
    income: 50001,
    product: 'CreditCard',
    expirationdate: '2026-04-15',
    numberofactivepurchaseditems: 0,
  },
  {
    id: 'c5',
    firstname: 'Eve',
    lastname: 'Kim',
    emailaddress1: 'eve@example.com',
    address1_city: 'Seattle',
    sex: 'M',
    country: 'Canada',
    age: 22,
    income: 90000,
    product: 'CreditCard',
    expirationdate: '2026-03-09',
    numberofactivepurchaseditems: 3,
  },
  {
    id: 'c6',
    firstname: 'Fay',
    lastname: 'Orr',
    emailaddress1: 'fay@example.com',
    address1_city: 'newyork',
    parentcustomerid: 'acc-b',
    sex: 'F',
    country: 'USA',
    age: 26,
    income: 70000,
    product: 'CreditCard',
    expirationdate: '2026-02-10',
    numberofactivepurchaseditems: 1,
  },
];

const interactions = [
  ...Array.from({ length: 11 }, (_, i) => ({
    contactid: 'c1',
    type: 'EmailSoftBounced',
    occurredon: `2026-03-0${(i % 9) + 1}T10:00:00Z`,
  })),
  ...Array.from({ length: 10 }, (_, i) => ({
    contactid: 'c2',
    type: 'EmailSoftBounced',
    occurredon: `2026-03-0${(i % 9) + 1}T10:00:00Z`,
  })),
  ...Array.from({ length: 10 }, (_, i) => ({
    contactid: 'c3',
    type: 'EmailSoftBounced',
    occurredon: `2026-03-0${(i % 9) + 1}T10:00:00Z`,
  })),
  { contactid: 'c3', type: 'EmailSoftBounced', occurredon: '2026-02-01T10:00:00Z' },
  ...Array.from({ length: 12 }, () => ({
    contactid: 'c4',
    type: 'EmailOpened',
    occurredon: '2026-03-05T10:00:00Z',
  })),
  { contactid: 'c5', type: 'RedirectLinkClicked', occurredon: '2026-03-08T10:00:00Z' },
  { contactid: 'c6', type: 'RedirectLinkClicked', occurredon: '2026-02-20T10:00:00Z' },
];

/** Line and column of the `nth` occurrence of `needle` in `text`: where a problem is expected. */
function at(text: string, needle: string, nth = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

const positions = (problems: readonly MqlProblem[]) => problems.map(({ line, column }) => ({ line, column }));

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`the documented MQL examples ${backend.label}`, () => {
    let store: Store;
    let engine: Engine;
    const segmentIds = new Map<string, string>();

    const resolveSegment = (ref: SegmentRef): string | undefined =>
      'crmId' in ref ? (ref.crmId === crmSegmentId ? crmSegmentId : undefined) : segmentIds.get(ref.name);

    const read = (mql: string) => {
      const parsed = parseMql(mql, store.schema(), { resolveSegment });
      if (!parsed.ok) return expect.fail(`refused:\n${mql}\n${JSON.stringify(parsed.problems, null, 2)}`);
      return parsed.query;
    };

    /** The members of a query as a live segment of the engine. */
    const membersOf = async (mql: string): Promise<string[]> => {
      const segment = await engine.createSegment({
        name: `q${Math.random()}`,
        type: 'dynamic',
        query: read(mql),
      });
      await engine.goLive(segment.id);
      return (await store.members.list(segment.id)).sort();
    };

    /** A named segment, defined by MQL, that others refer to with SEGMENT(name). */
    const liveSegment = async (name: string, mql: string, id?: string): Promise<void> => {
      const segment = await engine.createSegment({ name, type: 'dynamic', query: read(mql) }, id);
      await engine.goLive(segment.id);
      segmentIds.set(name, segment.id);
    };

    beforeAll(async () => {
      store = await backend.open();
      for (const attribute of customAttributes) {
        const added = await store.addCustomAttribute('contact', attribute);
        if (!added.ok) throw new Error(JSON.stringify(added.problems));
      }
      engine = await Engine.open(store, { clock: new ManualClock('2026-03-10T17:00:00.000Z') });
      await engine.bulkInsert('account', [
        { id: accountA, name: 'Contoso' },
        { id: 'acc-b', name: 'Fabrikam' },
      ]);
      const stored = await engine.bulkInsert('contact', contacts);
      expect(stored.rejected).toEqual([]);
      expect((await engine.bulkInsert('interaction', interactions)).rejected).toEqual([]);
    });
    afterAll(() => backend.cleanup());

    it('PROFILE(contact) selects every contact', async () => {
      expect(await membersOf('PROFILE(contact)')).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    });

    it('selects the contacts with an email and a full name, through the alias contact_1', async () => {
      const mql =
        'PROFILE(contact, contact_1).FILTER(ISNOTNULL(contact_1.emailaddress1) && ISNOTNULL(contact_1.fullname))';
      expect(await membersOf(mql)).toEqual(['c1', 'c2', 'c5', 'c6']);
    });

    it('selects the contacts of NewYork or NewJersey, in any letter case', async () => {
      const mql = "PROFILE(contact).FILTER((address1_city == 'NewYork' || address1_city == 'NewJersey'))";
      expect(await membersOf(mql)).toEqual(['c1', 'c2', 'c3', 'c6']);
    });

    it('adds by query the contacts with an email of the account whose id it names', async () => {
      const mql =
        "PROFILE(account, account_1).FILTER(account_1.accountid == '1cc00a15-37ef-e911-a81d-000d3a6d200c').TRAVERSE(contact_account_parentcustomerid, contact_1).FILTER(ISNOTNULL(contact_1.emailaddress1))";
      expect(await membersOf(mql)).toEqual(['c1', 'c2']);
    });

    it('segments the contacts whose emails soft bounced more than 10 times in the last month', async () => {
      const mql =
        'INTERACTION(EmailSoftBounced, EmailSoftBounced_ContactLink).HAVING(COUNT()>10, UTCMONTHS(1))';
      expect(await membersOf(mql)).toEqual(['c1']);
    });

    it('segments the male contacts in the USA aged 15 to 25 with an income over 50K', async () => {
      const mql =
        "PROFILE(Contact).FILTER(Sex == 'M' && Country == 'USA' && Age >= 15 && Age <= 25 && Income > 50000 )";
      expect(await membersOf(mql)).toEqual(['c2', 'c4']);
    });

    it('segments the contacts with an active credit card that expired less than a month ago or expires later', async () => {
      const mql =
        "PROFILE(Contact).FILTER(NumberOfActivePurchasedItems > 0 && Product == 'CreditCard' && DATEDIFF(month, ExpirationDate,DATETIMEUTCNOW()) < 1)";
      // A month before 2026-03-10 is 2026-02-10: c6's card, expired that day, is a whole month old.
      expect(await membersOf(mql)).toEqual(['c2', 'c3', 'c5']);
    });

    it('reads NOT as MQL does: a contact without the value is in neither the condition nor its NOT', async () => {
      // c1 has no expiration date; c3 (2026-02-25) and c6 (2026-02-10) expire by March 1.
      expect(await membersOf("PROFILE(contact).FILTER(NOT(expirationdate > '2026-03-01'))")).toEqual([
        'c3',
        'c6',
      ]);
      expect(await membersOf("PROFILE(contact).FILTER(expirationdate > '2026-03-01')")).toEqual([
        'c2',
        'c4',
        'c5',
      ]);
    });

    it('combines segments by name, left to right, with or without spaces around the operators', async () => {
      await liveSegment('segment1', "PROFILE(contact).FILTER(address1_city == 'Seattle')");
      await liveSegment(
        'segment2',
        "PROFILE(contact).FILTER((address1_city == 'NewYork' || address1_city == 'NewJersey'))",
      );
      expect(await membersOf('SEGMENT(segment1) UNION SEGMENT(segment2)')).toEqual([
        'c1',
        'c2',
        'c3',
        'c5',
        'c6',
      ]);

      await liveSegment('SegmentOnProfile', 'PROFILE(Contact)');
      await liveSegment(
        'SegmentOnClicked',
        'INTERACTION(RedirectLinkClicked, RedirectLinkClicked_ContactLink).HAVING(COUNT()>0, UTCDAYS(7))',
      );
      expect(
        await membersOf('SEGMENT(SegmentOnProfile)   \n      EXCEPT \n      SEGMENT(SegmentOnClicked)'),
      ).toEqual(['c1', 'c2', 'c3', 'c4', 'c6']);
      // segment2 ∩ (email) − clicked: c1, c2, c6 have an email; none of them clicked in the last 7 days.
      await liveSegment('SegmentOnProfilesWithEmail', 'PROFILE(contact).FILTER(ISNOTNULL(emailaddress1))');
      expect(
        await membersOf(
          'SEGMENT(segment2)INTERSECT \n      SEGMENT(SegmentOnProfilesWithEmail)EXCEPT SEGMENT(segment1)',
        ),
      ).toEqual(['c1', 'c2', 'c6']);
    });

    it('reads a segment by its Dynamics id, SEGMENT_CRM_ID_ and 32 hex digits, in brackets', async () => {
      await liveSegment('Boston', "PROFILE(contact).FILTER(address1_city == 'Boston')", crmSegmentId);
      expect(await membersOf('(SEGMENT(SEGMENT_CRM_ID_e1fa7fdc5c78ea11a811000d3a8e8fcc))')).toEqual(['c4']);
    });

    describe('refuses the malformed examples, each problem at its line and column', () => {
      const refused = (mql: string): readonly MqlProblem[] => {
        const parsed = parseMql(mql, store.schema(), { resolveSegment });
        if (parsed.ok) return expect.fail(`accepted:\n${mql}`);
        return parsed.problems;
      };

      it('refuses the opened-but-not-clicked example: named queries and an extra ")" on two lines', () => {
        const mql = `SegmentOnProfilesInCampaign = PROFILE(Campaign).FILTER(Name == 'Campaign 1').TRAVERSE(ActivityContactProcessed_Campaign)  
     SegmentOnEmailOpened = INTERACTION(EmailOpened, EmailOpenedLeadLink).FILTER(Name == 'Campaign 1')).HAVING(COUNT()>0)  
     SegmentOnClicked  = INTERACTION(EmailClicked, EmailClickedLeadLink).FILTER(Name == 'Campaign 1')).HAVING(COUNT()>0)`;
        const problems = refused(mql);
        // The extra ")" is the second of "))": the first closes FILTER.
        expect(positions(problems)).toEqual(
          expect.arrayContaining([
            at(mql, 'SegmentOnProfilesInCampaign'),
            at(mql, 'Campaign).'),
            at(mql, ').HAVING', 1),
            at(mql, ').HAVING', 2),
          ]),
        );
        const extra = problems.filter((p) => p.message.includes('closes no bracket'));
        expect(extra.map((p) => p.line)).toEqual([2, 3]);
        expect(problems.find((p) => p.code === 'MQL_UNKNOWN_ENTITY')?.message).toMatch(
          /no entity "Campaign"/,
        );
      });

      it('refuses the unsubscribed example, whose comparison has no operator before 1', () => {
        const mql =
          'PROFILE(Subscription).TRAVERSE(InSubscription, FILTER(DATEDIFF(month, SubscriptionEndDate, DATETIMEUTCNOW()) 1))';
        const problems = refused(mql);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatchObject({ code: 'MQL_SYNTAX', ...at(mql, '1))') });
        expect(problems[0]?.message).toMatch(/operator .* is missing before "1"/);
      });

      it('refuses a HAVING followed by FILTER and the named queries around it', () => {
        const mql =
          "SegmentOnProfile = PROFILE(Contact)SegmentOnClicked = INTERACTION(RedirectLinkClicked, RedirectLinkClicked_ContactLink).HAVING(COUNT()>0, UTCDAYS(7)).FILTER(EmailId=='12345')";
        const problems = refused(mql);
        expect(positions(problems)).toEqual([
          at(mql, 'SegmentOnProfile'),
          at(mql, 'SegmentOnClicked'),
          at(mql, 'FILTER'),
        ]);
        expect(problems[2]?.message).toMatch(/Put \.FILTER\(…\) before \.HAVING\(…\)/);
      });

      it('refuses set operations written as methods, and names without SEGMENT(…)', () => {
        const methods =
          'SEGMENT(SegmentOnProfile).UNION(SegmentOnReceivedEmail).EXCEPT(SegmentRegisteredInEvent)';
        expect(positions(refused(methods))[0]).toEqual(at(methods, '.UNION'));
        const bare =
          'SegmentOnProfilesInCampaign \n       EXCEPT \n       SegmentOnProfilesWithoutRegistration';
        const problems = refused(bare);
        expect(positions(problems)).toEqual([
          at(bare, 'SegmentOnProfilesInCampaign'),
          at(bare, 'SegmentOnProfilesWithout'),
        ]);
        expect(problems[0]?.message).toMatch(/write SEGMENT\(SegmentOnProfilesInCampaign\)/);
      });

      it('refuses a FILTER left open at the end of the query', () => {
        const mql = 'PROFILE(Customer).FILTER(DATEDIFF(month,Birthday,DATETIMEUTCNOW())';
        const problems = refused(mql);
        expect(positions(problems)).toEqual([{ line: 1, column: mql.length + 1 }]);
        expect(problems[0]?.message).toMatch(/Expected "\)" .*FILTER.*the end of the query/);
      });

      it('names the unknown function of the credit card example and suggests DATETIMEUTCNOW()', () => {
        const mql = 'PROFILE(contact).FILTER(DATEDIFF(day, birthdate, DateTimeNowUtc()) < 30)';
        const problems = refused(mql);
        expect(problems).toEqual([
          expect.objectContaining({ code: 'MQL_UNKNOWN_FUNCTION', ...at(mql, 'DateTimeNowUtc') }),
        ]);
        expect(problems[0]?.message).toMatch(/did you mean DATETIMEUTCNOW\(\)/);
      });

      it('refuses an unknown entity, as the validation example of the segmentation API', () => {
        expect(refused('PROFILE(UnknownEntity)')).toEqual([
          expect.objectContaining({ code: 'MQL_UNKNOWN_ENTITY', line: 1, column: 9 }),
        ]);
      });

      it('refuses comparing two attributes, and relationships the schema does not have', () => {
        const twoAttributes = 'PROFILE(Contact).FILTER(Unsubscribed > CampaignStartDate)';
        expect(refused(twoAttributes)).toEqual([
          expect.objectContaining({ code: 'MQL_NOT_EXPRESSIBLE', ...at(twoAttributes, 'Unsubscribed') }),
        ]);
        const chain =
          "PROFILE(Contact).FILTER(Position == 'CEO').TRAVERSE(HavingAccount).TRAVERSE(Ordered).FILTER(Name == 'Product Xgenerator')";
        expect(refused(chain)).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ code: 'MQL_UNKNOWN_RELATIONSHIP', ...at(chain, 'HavingAccount') }),
          ]),
        );
      });
    });
  });
}
