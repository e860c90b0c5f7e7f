import type { ConformanceCase } from '../conformance-case.ts';
import { contactIds, decimalIs, has, interactionsOf, textIs } from '../member-filters.ts';
import type { Contact } from '../fixture-types.ts';
import { and, condition, contactsWhere, not, or, related } from '../query-json.ts';

const inAtlantis = (c: Contact): boolean => textIs(c.address1_city, (v) => v === 'atlantis');
const likes = (c: Contact, interest: string): boolean => has(c.interests) && c.interests.includes(interest);

/** Groups: and, or, not (the full complement, nulls included), nested to any depth. */
export const groupCases: readonly ConformanceCase[] = [
  {
    name: 'an or group matches contacts meeting either condition',
    query: contactsWhere(
      or(
        condition('address1_city', 'equals', ['Atlantis']),
        condition('interests', 'containsAnyOf', ['wine']),
      ),
    ),
    expected: (d) => contactIds(d, (c) => inAtlantis(c) || likes(c, 'wine')),
  },
  {
    name: 'the order of children in a group does not change its members',
    query: contactsWhere(
      or(
        condition('interests', 'containsAnyOf', ['wine']),
        condition('address1_city', 'equals', ['Atlantis']),
      ),
    ),
    expected: (d) => contactIds(d, (c) => likes(c, 'wine') || inAtlantis(c)),
  },
  {
    name: 'an and group needs every condition',
    query: contactsWhere(
      condition('address1_city', 'equals', ['Atlantis']),
      condition('gendercode', 'equals', ['male']),
    ),
    expected: (d) => contactIds(d, (c) => inAtlantis(c) && c.gendercode === 'male'),
  },
  {
    name: 'a block whose top group is an or group matches either condition',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: or(
            condition('numberofchildren', 'greaterThan', [3]),
            condition('donotemail', 'equals', [true]),
          ),
        },
      ],
    },
    expected: (d) =>
      contactIds(d, (c) => (has(c.numberofchildren) && c.numberofchildren > 3) || c.donotemail === true),
  },
  {
    name: 'and groups inside an or group each hold on their own',
    query: contactsWhere(
      or(
        and(
          condition('address1_city', 'equals', ['San Francisco']),
          condition('gendercode', 'equals', ['female']),
        ),
        and(condition('address1_city', 'equals', ['Raleigh']), condition('gendercode', 'equals', ['male'])),
      ),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          (textIs(c.address1_city, (v) => v === 'san francisco') && c.gendercode === 'female') ||
          (textIs(c.address1_city, (v) => v === 'raleigh') && c.gendercode === 'male'),
      ),
  },
  {
    name: 'an or group inside an and group inside an or group nests to any depth',
    query: contactsWhere(
      or(
        and(
          condition('address1_city', 'contains', ['atlantis']),
          or(
            condition('gendercode', 'equals', ['female']),
            condition('interests', 'containsAnyOf', ['wine']),
          ),
        ),
        condition('numberofchildren', 'greaterOrEqual', [4]),
      ),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          (textIs(c.address1_city, (v) => v.includes('atlantis')) &&
            (c.gendercode === 'female' || likes(c, 'wine'))) ||
          (has(c.numberofchildren) && c.numberofchildren >= 4),
      ),
  },
  {
    name: 'a not group is the full complement, so it includes contacts with no city',
    query: contactsWhere(not(and(condition('address1_city', 'equals', ['Atlantis'])))),
    expected: (d) => contactIds(d, (c) => !inAtlantis(c)),
  },
  {
    name: 'a not group around notEquals matches Atlantis and contacts with no city',
    query: contactsWhere(not(and(condition('address1_city', 'notEquals', ['Atlantis'])))),
    expected: (d) => contactIds(d, (c) => inAtlantis(c) || !has(c.address1_city)),
  },
  {
    name: 'a not group of an or group matches contacts meeting neither, nulls included',
    query: contactsWhere(
      not(
        or(
          condition('interests', 'containsAnyOf', ['wine']),
          condition('interests', 'containsAnyOf', ['craftbeer']),
        ),
      ),
    ),
    expected: (d) => contactIds(d, (c) => !likes(c, 'wine') && !likes(c, 'craftbeer')),
  },
  {
    name: 'a not group of notContainsData matches the contacts that have the data',
    query: contactsWhere(not(and(condition('birthdate', 'notContainsData')))),
    expected: (d) => contactIds(d, (c) => has(c.birthdate)),
  },
  {
    name: 'two nested not groups cancel out',
    query: contactsWhere(not(and(not(and(condition('gendercode', 'equals', ['female'])))))),
    expected: (d) => contactIds(d, (c) => c.gendercode === 'female'),
  },
  {
    name: 'a not group inside an and group keeps contacts whose flag is missing',
    query: contactsWhere(
      condition('address1_stateorprovince', 'equals', ['NC']),
      not(and(condition('donotbulkemail', 'equals', [true]))),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) => textIs(c.address1_stateorprovince, (v) => v === 'nc') && c.donotbulkemail !== true,
      ),
  },
  {
    name: 'a not group on money includes contacts without a credit limit',
    query: contactsWhere(not(and(condition('creditlimit', 'greaterThan', [100])))),
    expected: (d) => contactIds(d, (c) => !decimalIs(c.creditlimit, (cmp) => cmp('100') > 0)),
  },
  {
    name: 'a not group around a related condition matches contacts with no open in the last 30 days',
    query: contactsWhere(
      not(
        and(
          related('interactions', and(condition('type', 'equals', ['EmailOpened'])), {
            window: { attribute: 'occurredon', last: 30, unit: 'days' },
          }),
        ),
      ),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          !interactionsOf(d, c).some(
            (i) =>
              i.type === 'EmailOpened' &&
              has(i.occurredon) &&
              i.occurredon > '2026-02-08T17:00:00.000Z' &&
              i.occurredon <= '2026-03-10T17:00:00.000Z',
          ),
      ),
  },
  {
    name: 'a not group inside a related where matches contacts with some interaction that is not an open',
    query: contactsWhere(related('interactions', not(and(condition('type', 'equals', ['EmailOpened']))))),
    expected: (d) => contactIds(d, (c) => interactionsOf(d, c).some((i) => i.type !== 'EmailOpened')),
  },
];
