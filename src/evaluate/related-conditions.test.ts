import { describe, expect, it } from 'vitest';
import type { StoredRecord } from './record-source.ts';
import { isMatch } from './evaluate-query.ts';
import { condition, contextOf, membersOf, queryOf } from './test-fixtures.ts';

// `now` is 2026-03-09T18:00Z.
const interaction = (
  id: string,
  contactid: string,
  type: string,
  occurredon: string | null,
  assetid = 'newsletter',
): StoredRecord => ({
  id,
  contactid,
  type,
  occurredon,
  assetid,
});

const contacts: StoredRecord[] = [{ id: 'ada' }, { id: 'bob' }, { id: 'cyd' }];

const interactions: StoredRecord[] = [
  // ada opened the newsletter three times recently
  interaction('i1', 'ada', 'EmailOpened', '2026-03-08T10:00:00.000Z'),
  interaction('i2', 'ada', 'EmailOpened', '2026-03-01T10:00:00.000Z'),
  interaction('i3', 'ada', 'EmailOpened', '2026-02-20T10:00:00.000Z'),
  // bob opened a promotion and clicked the newsletter, and opened a promotion long ago
  interaction('i4', 'bob', 'EmailOpened', '2026-03-05T10:00:00.000Z', 'promotion'),
  interaction('i5', 'bob', 'EmailClicked', '2026-03-05T11:00:00.000Z', 'newsletter'),
  interaction('i6', 'bob', 'EmailOpened', '2025-06-01T10:00:00.000Z', 'promotion'),
  // an interaction with no date is never inside a window
  interaction('i7', 'bob', 'EmailOpened', null),
  // cyd has none
];

const records = { contact: contacts, interaction: interactions };

const and = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });
const related = (where: unknown, extra: object = {}) => ({
  kind: 'related',
  relationship: 'interactions',
  ...(where ? { where: and(...(Array.isArray(where) ? (where as unknown[]) : [where])) } : {}),
  ...extra,
});
const contactsWith = (...where: unknown[]) =>
  membersOf({ blocks: [{ entity: 'contact', where: and(...where) }] }, { records });

const opened = condition('type', 'equals', 'EmailOpened');
const newsletter = condition('assetid', 'equals', 'newsletter');
const last30Days = { window: { attribute: 'occurredon', last: 30, unit: 'days' } };

describe('related conditions', () => {
  it('needs at least one related record by default', () => {
    expect(contactsWith(related(opened))).toEqual(['ada', 'bob']);
    expect(contactsWith(related(undefined))).toEqual(['ada', 'bob']);
  });

  it('tests every condition of one where on the same related record', () => {
    // bob opened an email and touched the newsletter, but never opened the newsletter
    expect(contactsWith(related([opened, newsletter, condition('occurredon', 'containsData')]))).toEqual([
      'ada',
    ]);
  });

  it('lets two related conditions on the same relationship be met by different records', () => {
    expect(
      contactsWith(related([opened, condition('assetid', 'equals', 'promotion')]), related(newsletter)),
    ).toEqual(['bob']);
    expect(contactsWith(related(opened), related(newsletter))).toEqual(['ada', 'bob']);
  });

  it('counts at least, at most and exactly', () => {
    expect(contactsWith(related(opened, { count: { operator: 'atLeast', value: 3 } }))).toEqual([
      'ada',
      'bob',
    ]);
    expect(contactsWith(related(opened, { count: { operator: 'atLeast', value: 4 } }))).toEqual([]);
    expect(contactsWith(related(opened, { count: { operator: 'exactly', value: 3 } }))).toEqual([
      'ada',
      'bob',
    ]);
    expect(contactsWith(related(opened, { count: { operator: 'atMost', value: 1 } }))).toEqual(['cyd']);
  });

  it('reads exactly 0 as "has none", which a contact with no related records satisfies', () => {
    expect(contactsWith(related(undefined, { count: { operator: 'exactly', value: 0 } }))).toEqual(['cyd']);
    expect(contactsWith(related(newsletter, { count: { operator: 'exactly', value: 0 } }))).toEqual(['cyd']);
    expect(contactsWith(related(undefined, { count: { operator: 'atMost', value: 0 } }))).toEqual(['cyd']);
  });

  it('counts only records inside a sliding window, and none without a date', () => {
    const recently = (n: number) =>
      related(opened, { ...last30Days, count: { operator: 'atLeast', value: n } });
    expect(contactsWith(recently(3))).toEqual(['ada']);
    expect(contactsWith(recently(1))).toEqual(['ada', 'bob']);
    const openedOnceInAWeek = related(opened, {
      window: { attribute: 'occurredon', last: 7, unit: 'days' },
      count: { operator: 'exactly', value: 1 },
    });
    expect(contactsWith(openedOnceInAWeek)).toEqual(['ada', 'bob']);
  });

  it('moves the window with the clock, with no data changing', () => {
    const query = { blocks: [{ entity: 'contact', where: and(related(opened, last30Days)) }] };
    expect(membersOf(query, { records, now: new Date('2026-04-01T00:00:00.000Z') })).toEqual(['ada', 'bob']);
    expect(membersOf(query, { records, now: new Date('2026-04-06T00:00:00.000Z') })).toEqual(['ada']);
    expect(membersOf(query, { records, now: new Date('2026-04-08T00:00:00.000Z') })).toEqual([]);
  });

  it('re-reads the clock when one context is reused as time passes', () => {
    const query = queryOf({ blocks: [{ entity: 'contact', where: and(related(opened, last30Days)) }] });
    let clock = new Date('2026-04-01T00:00:00.000Z');
    const context = {
      ...contextOf({ records }),
      get now() {
        return clock;
      },
    };
    expect(isMatch(query, 'UTC', 'bob', context)).toBe(true);
    clock = new Date('2026-04-06T00:00:00.000Z');
    expect(isMatch(query, 'UTC', 'bob', context)).toBe(false);
  });

  it('follows a many-to-one lookup to the one record it names', () => {
    const people = {
      contact: [
        { id: 'ada', parentcustomerid: 'soft' },
        { id: 'bob', parentcustomerid: 'shop' },
        { id: 'cyd', parentcustomerid: 'gone' },
        { id: 'dee', parentcustomerid: null },
      ],
      account: [
        { id: 'soft', industrycode: 'software' },
        { id: 'shop', industrycode: 'retail' },
      ],
    };
    const company = (where: unknown, extra: object = {}) => ({
      kind: 'related',
      relationship: 'parentcustomerid',
      where: and(where),
      ...extra,
    });
    const query = (node: unknown) => ({ blocks: [{ entity: 'contact', where: and(node) }] });
    const software = condition('industrycode', 'equals', 'software');
    expect(membersOf(query(company(software)), { records: people })).toEqual(['ada']);
    expect(
      membersOf(query({ kind: 'related', relationship: 'parentcustomerid' }), { records: people }),
    ).toEqual(['ada', 'bob']);
    const noCompany = {
      kind: 'related',
      relationship: 'parentcustomerid',
      count: { operator: 'exactly', value: 0 },
    };
    expect(membersOf(query(noCompany), { records: people })).toEqual(['cyd', 'dee']);
    expect(
      membersOf(query(company(software, { count: { operator: 'exactly', value: 0 } })), { records: people }),
    ).toEqual(['bob', 'cyd', 'dee']);
  });

  it('nests related conditions: contacts whose company employs someone in Atlantis', () => {
    const people = {
      contact: [
        { id: 'ada', parentcustomerid: 'a1', address1_city: 'Gotham' },
        { id: 'bob', parentcustomerid: 'a1', address1_city: 'Atlantis' },
        { id: 'cyd', parentcustomerid: 'a2', address1_city: 'Gotham' },
      ],
      account: [{ id: 'a1' }, { id: 'a2' }],
    };
    const employsAtlantean = {
      kind: 'related',
      relationship: 'parentcustomerid',
      where: and({
        kind: 'related',
        relationship: 'contacts',
        where: and(condition('address1_city', 'equals', 'Atlantis')),
      }),
    };
    expect(
      membersOf({ blocks: [{ entity: 'contact', where: and(employsAtlantean) }] }, { records: people }),
    ).toEqual(['ada', 'bob']);
  });

  it('complements a related condition with not, unlike a count of zero on a negated where', () => {
    const notOpened = { kind: 'group', op: 'and', not: true, children: [related(opened)] };
    expect(contactsWith(notOpened)).toEqual(['cyd']);
  });
});
