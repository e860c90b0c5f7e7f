import { describe, expect, it } from 'vitest';
import { evaluateContact, isMatch } from './evaluate-query.ts';
import { condition, contextOf, membersOf, queryOf } from './test-fixtures.ts';

const and = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });
const cityIs = (...cities: string[]) => and(condition('address1_city', 'equals', ...cities));

const records = {
  contact: [
    { id: 'ada', address1_city: 'Atlantis', jobtitle: 'CTO', parentcustomerid: 'soft' },
    { id: 'bob', address1_city: 'Gotham', jobtitle: 'Buyer', parentcustomerid: 'soft' },
    { id: 'cyd', address1_city: 'Atlantis', jobtitle: 'CTO', parentcustomerid: 'shop' },
    { id: 'dee', address1_city: null, jobtitle: 'CTO', parentcustomerid: null },
  ],
  account: [
    { id: 'soft', name: 'Contoso', industrycode: 'software' },
    { id: 'shop', name: 'Fabrikam', industrycode: 'retail' },
  ],
  lead: [{ id: 'l1', parentaccountid: 'shop', leadqualitycode: 'hot' }],
  interaction: [
    { id: 'i1', contactid: 'bob', type: 'EventCheckIn', occurredon: '2026-03-01T10:00:00.000Z' },
    { id: 'i2', contactid: 'cyd', type: 'EmailOpened', occurredon: '2026-03-01T10:00:00.000Z' },
  ],
};

describe('query blocks', () => {
  it('selects every contact when a block has no where', () => {
    expect(membersOf({ blocks: [{ entity: 'contact' }] }, { records })).toEqual(['ada', 'bob', 'cyd', 'dee']);
  });

  it('complements a group with not, taking in the contacts with no value', () => {
    const notAtlantis = {
      kind: 'group',
      op: 'and',
      not: true,
      children: [condition('address1_city', 'equals', 'Atlantis')],
    };
    expect(membersOf({ blocks: [{ entity: 'contact', where: notAtlantis }] }, { records })).toEqual([
      'bob',
      'dee',
    ]);
    const notEquals = and(condition('address1_city', 'notEquals', 'Atlantis'));
    expect(membersOf({ blocks: [{ entity: 'contact', where: notEquals }] }, { records })).toEqual(['bob']);
  });

  it('combines or groups and nested groups regardless of the order of their children', () => {
    const cto = condition('jobtitle', 'equals', 'cto');
    const gotham = condition('address1_city', 'equals', 'Gotham');
    const either = { kind: 'group', op: 'or', children: [cto, gotham] };
    const reversed = { kind: 'group', op: 'or', children: [gotham, cto] };
    expect(membersOf({ blocks: [{ entity: 'contact', where: either }] }, { records })).toEqual([
      'ada',
      'bob',
      'cyd',
      'dee',
    ]);
    const nested = and(condition('address1_city', 'containsData'), reversed);
    expect(membersOf({ blocks: [{ entity: 'contact', where: nested }] }, { records })).toEqual([
      'ada',
      'bob',
      'cyd',
    ]);
  });

  it('walks from accounts to their contacts', () => {
    const software = {
      entity: 'account',
      where: and(condition('industrycode', 'equals', 'software')),
      traverse: [{ relationship: 'contacts' }],
    };
    expect(membersOf({ blocks: [software] }, { records })).toEqual(['ada', 'bob']);
    const softwareCtos = {
      ...software,
      traverse: [{ relationship: 'contacts', where: and(condition('jobtitle', 'equals', 'CTO')) }],
    };
    expect(membersOf({ blocks: [softwareCtos] }, { records })).toEqual(['ada']);
  });

  it('walks from interactions to the contacts who did them', () => {
    const checkedIn = {
      entity: 'interaction',
      where: and(condition('type', 'equals', 'EventCheckIn')),
      traverse: [{ relationship: 'contactid' }],
    };
    expect(membersOf({ blocks: [checkedIn] }, { records })).toEqual(['bob']);
  });

  it('walks several hops: hot leads of an account, to that account, to its contacts', () => {
    const hotLeadAccounts = {
      entity: 'lead',
      where: and(condition('leadqualitycode', 'equals', 'hot')),
      traverse: [{ relationship: 'parentaccountid' }, { relationship: 'contacts' }],
    };
    expect(membersOf({ blocks: [hotLeadAccounts] }, { records })).toEqual(['cyd']);
    const throughSoftwareOnly = {
      ...hotLeadAccounts,
      traverse: [
        { relationship: 'parentaccountid', where: and(condition('industrycode', 'equals', 'software')) },
        { relationship: 'contacts' },
      ],
    };
    expect(membersOf({ blocks: [throughSoftwareOnly] }, { records })).toEqual([]);
  });
});

describe('combining blocks', () => {
  const atlantis = { entity: 'contact', where: cityIs('Atlantis') };
  const gotham = { entity: 'contact', where: cityIs('Gotham') };
  const ctos = { entity: 'contact', where: and(condition('jobtitle', 'equals', 'CTO')) };

  it('unions, intersects and excludes left to right', () => {
    expect(membersOf({ blocks: [atlantis, { ...gotham, combine: 'union' }] }, { records })).toEqual([
      'ada',
      'bob',
      'cyd',
    ]);
    expect(membersOf({ blocks: [atlantis, { ...ctos, combine: 'intersect' }] }, { records })).toEqual([
      'ada',
      'cyd',
    ]);
    expect(membersOf({ blocks: [ctos, { ...atlantis, combine: 'exclude' }] }, { records })).toEqual(['dee']);
  });

  it('gives (A union B) exclude C and A union (B exclude C) different members', () => {
    // A = Atlantis {ada, cyd}, B = Gotham {bob}, C = CTOs {ada, cyd, dee}
    const unionThenExclude = {
      blocks: [atlantis, { ...gotham, combine: 'union' }, { ...ctos, combine: 'exclude' }],
    };
    const excludeThenUnion = {
      blocks: [gotham, { ...ctos, combine: 'exclude' }, { ...atlantis, combine: 'union' }],
    };
    expect(membersOf(unionThenExclude, { records })).toEqual(['bob']);
    expect(membersOf(excludeThenUnion, { records })).toEqual(['ada', 'bob', 'cyd']);
  });

  it('reads the stored members of another segment in a segment block', () => {
    const segments = { unsubscribed: ['cyd'], vip: ['dee'] };
    const query = {
      blocks: [
        atlantis,
        { combine: 'exclude', segment: 'unsubscribed' },
        { combine: 'union', segment: 'vip' },
      ],
    };
    expect(membersOf(query, { records, segments })).toEqual(['ada', 'dee']);
  });

  it('puts a contact that does not exist in no query block', () => {
    const query = { blocks: [{ entity: 'contact' }, { combine: 'union', segment: 'vip' }] };
    const context = contextOf({ records });
    expect(isMatch(queryOf(query), 'UTC', 'ghost', context)).toBe(false);
    expect(evaluateContact(queryOf(query), 'UTC', 'ghost', context).member).toBe(false);
  });
});
