import type { ConformanceCase } from '../conformance-case.ts';
import type { Contact, Fixture } from '../fixture-types.ts';
import {
  accountOf,
  afterUpTo,
  contactIds,
  everyone,
  has,
  intersect,
  interactionsOf,
  leadsOf,
  minus,
  textIs,
  union,
} from '../member-filters.ts';
import { and, condition, contactBlock } from '../query-json.ts';

// The three sets of the block-order cases.
const inAtlantis = (d: Fixture): string[] =>
  contactIds(d, (c) => textIs(c.address1_city, (v) => v === 'atlantis'));
const inNorthCarolina = (d: Fixture): string[] =>
  contactIds(d, (c) => textIs(c.address1_stateorprovince, (v) => v === 'nc'));
const refusesBulkEmail = (d: Fixture): string[] => contactIds(d, (c) => c.donotbulkemail === true);
const likesWine = (c: Contact): boolean => has(c.interests) && c.interests.includes('wine');

const atlantis = condition('address1_city', 'equals', ['Atlantis']);
const northCarolina = condition('address1_stateorprovince', 'equals', ['nc']);
const noBulkEmail = condition('donotbulkemail', 'equals', [true]);

/** The two cases that show block order matters: same blocks, different members. */
export const blockOrderPair = [
  '(A union B) exclude C leaves out an Atlantis contact who refuses bulk email',
  'B exclude C, then union A, is A union (B exclude C) and keeps that contact',
] as const;

/** Query blocks: no where, traverse paths from other entities, and left-to-right combination. */
export const blockCases: readonly ConformanceCase[] = [
  {
    name: 'a block with no where selects every contact',
    query: { blocks: [{ entity: 'contact' }] },
    expected: everyone,
  },
  {
    name: 'every contact excluding Atlantis keeps contacts with no city',
    query: { blocks: [{ entity: 'contact' }, contactBlock('exclude', atlantis)] },
    expected: (d) => minus(everyone(d), inAtlantis(d)),
  },
  {
    name: 'an account block traversing contacts reaches the contacts of brewing accounts',
    query: {
      blocks: [
        {
          entity: 'account',
          where: and(condition('industrycode', 'equals', ['brewing'])),
          traverse: [{ relationship: 'contacts' }],
        },
      ],
    },
    expected: (d) => contactIds(d, (c) => accountOf(d, c)?.industrycode === 'brewing'),
  },
  {
    name: 'a traverse hop with its own where keeps only the contacts that meet it',
    query: {
      blocks: [
        {
          entity: 'account',
          where: and(condition('industrycode', 'equals', ['brewing'])),
          traverse: [{ relationship: 'contacts', where: and(condition('gendercode', 'equals', ['female'])) }],
        },
      ],
    },
    expected: (d) =>
      contactIds(d, (c) => accountOf(d, c)?.industrycode === 'brewing' && c.gendercode === 'female'),
  },
  {
    name: 'an account block with no where traversing contacts reaches every contact with an account',
    query: { blocks: [{ entity: 'account', traverse: [{ relationship: 'contacts' }] }] },
    expected: (d) => contactIds(d, (c) => accountOf(d, c) !== undefined),
  },
  {
    name: 'an interaction block traversing contactid reaches the contacts who checked in',
    query: {
      blocks: [
        {
          entity: 'interaction',
          where: and(condition('type', 'equals', ['EventCheckIn'])),
          traverse: [{ relationship: 'contactid' }],
        },
      ],
    },
    expected: (d) => contactIds(d, (c) => interactionsOf(d, c).some((i) => i.type === 'EventCheckIn')),
  },
  {
    name: 'an interaction block needs its conditions on the same interaction',
    query: {
      blocks: [
        {
          entity: 'interaction',
          where: and(
            condition('type', 'equals', ['EmailClicked']),
            condition('occurredon', 'inLast', [7], 'days'),
          ),
          traverse: [{ relationship: 'contactid' }],
        },
      ],
    },
    expected: (d) =>
      contactIds(d, (c) =>
        interactionsOf(d, c).some(
          (i) =>
            i.type === 'EmailClicked' &&
            afterUpTo(i.occurredon, '2026-03-03T17:00:00.000Z', '2026-03-10T17:00:00.000Z'),
        ),
      ),
  },
  {
    name: 'a lead block traversing parentcontactid skips a hot lead that has no contact',
    query: {
      blocks: [
        {
          entity: 'lead',
          where: and(condition('leadqualitycode', 'equals', ['hot'])),
          traverse: [{ relationship: 'parentcontactid' }],
        },
      ],
    },
    expected: (d) => contactIds(d, (c) => leadsOf(d, c).some((l) => l.leadqualitycode === 'hot')),
  },
  {
    name: 'an account block through its leads reaches the contacts of those leads',
    query: {
      blocks: [
        {
          entity: 'account',
          where: and(condition('industrycode', 'equals', ['brewing'])),
          traverse: [{ relationship: 'leads' }, { relationship: 'parentcontactid' }],
        },
      ],
    },
    expected: (d) => {
      const brewing = d.account.filter((a) => a.industrycode === 'brewing').map((a) => a.id);
      return contactIds(d, (c) =>
        leadsOf(d, c).some((l) => has(l.parentaccountid) && brewing.includes(l.parentaccountid)),
      );
    },
  },
  {
    name: 'a contact block traversing to the account and back reaches the colleagues of Atlantis contacts',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: and(atlantis),
          traverse: [{ relationship: 'parentcustomerid' }, { relationship: 'contacts' }],
        },
      ],
    },
    expected: (d) => {
      const accounts = d.contact
        .filter((c) => textIs(c.address1_city, (v) => v === 'atlantis') && has(c.parentcustomerid))
        .map((c) => c.parentcustomerid);
      return contactIds(d, (c) => has(c.parentcustomerid) && accounts.includes(c.parentcustomerid));
    },
  },
  {
    name: 'union adds the members of the next block',
    query: { blocks: [contactBlock(undefined, atlantis), contactBlock('union', northCarolina)] },
    expected: (d) => union(inAtlantis(d), inNorthCarolina(d)),
  },
  {
    name: 'intersect keeps the members found in both blocks',
    query: {
      blocks: [
        contactBlock(undefined, northCarolina),
        contactBlock('intersect', condition('interests', 'containsAnyOf', ['craftbeer'])),
      ],
    },
    expected: (d) =>
      intersect(
        inNorthCarolina(d),
        contactIds(d, (c) => has(c.interests) && c.interests.includes('craftbeer')),
      ),
  },
  {
    name: 'exclude removes the members of the next block',
    query: { blocks: [contactBlock(undefined, northCarolina), contactBlock('exclude', noBulkEmail)] },
    expected: (d) => minus(inNorthCarolina(d), refusesBulkEmail(d)),
  },
  {
    name: blockOrderPair[0],
    query: {
      blocks: [
        contactBlock(undefined, atlantis),
        contactBlock('union', northCarolina),
        contactBlock('exclude', noBulkEmail),
      ],
    },
    expected: (d) => minus(union(inAtlantis(d), inNorthCarolina(d)), refusesBulkEmail(d)),
  },
  {
    name: blockOrderPair[1],
    query: {
      blocks: [
        contactBlock(undefined, northCarolina),
        contactBlock('exclude', noBulkEmail),
        contactBlock('union', atlantis),
      ],
    },
    expected: (d) => union(inAtlantis(d), minus(inNorthCarolina(d), refusesBulkEmail(d))),
  },
  {
    name: '(wine intersect female) union Raleigh differs from (wine union Raleigh) intersect female',
    query: {
      blocks: [
        contactBlock(undefined, condition('interests', 'containsAnyOf', ['wine'])),
        contactBlock('intersect', condition('gendercode', 'equals', ['female'])),
        contactBlock('union', condition('address1_city', 'equals', ['Raleigh'])),
      ],
    },
    expected: (d) =>
      union(
        intersect(
          contactIds(d, likesWine),
          contactIds(d, (c) => c.gendercode === 'female'),
        ),
        contactIds(d, (c) => textIs(c.address1_city, (v) => v === 'raleigh')),
      ),
  },
  {
    name: '(wine union Raleigh) intersect female keeps only the women of both',
    query: {
      blocks: [
        contactBlock(undefined, condition('interests', 'containsAnyOf', ['wine'])),
        contactBlock('union', condition('address1_city', 'equals', ['Raleigh'])),
        contactBlock('intersect', condition('gendercode', 'equals', ['female'])),
      ],
    },
    expected: (d) =>
      intersect(
        union(
          contactIds(d, likesWine),
          contactIds(d, (c) => textIs(c.address1_city, (v) => v === 'raleigh')),
        ),
        contactIds(d, (c) => c.gendercode === 'female'),
      ),
  },
  {
    name: 'a traverse block combines with a contact block like any other block',
    query: {
      blocks: [
        {
          entity: 'interaction',
          where: and(condition('type', 'equals', ['EmailOpened'])),
          traverse: [{ relationship: 'contactid' }],
        },
        {
          combine: 'exclude',
          entity: 'account',
          where: and(condition('industrycode', 'equals', ['brewing'])),
          traverse: [{ relationship: 'contacts' }],
        },
      ],
    },
    expected: (d) =>
      minus(
        contactIds(d, (c) => interactionsOf(d, c).some((i) => i.type === 'EmailOpened')),
        contactIds(d, (c) => accountOf(d, c)?.industrycode === 'brewing'),
      ),
  },
];
