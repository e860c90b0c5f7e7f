import { describe, expect, it } from 'vitest';
import { formatExplanation } from './format-explanation.ts';
import { condition, explain } from './test-fixtures.ts';

const and = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });

const records = {
  contact: [
    { id: 'ada', address1_city: 'Atlantis', interests: ['travel', 'wine'], parentcustomerid: 'soft' },
  ],
  account: [{ id: 'soft', industrycode: 'software' }],
  interaction: [{ id: 'i1', contactid: 'ada', type: 'EmailOpened', occurredon: '2026-03-08T10:00:00.000Z' }],
};

describe('formatting an explanation', () => {
  it('reads as one line per block and condition, indented by depth', () => {
    const query = {
      blocks: [
        {
          entity: 'contact',
          where: and(
            condition('address1_city', 'equals', 'Atlantis', 'Gotham'),
            condition('interests', 'containsAllOf', 'wine', 'music'),
            {
              kind: 'group',
              op: 'or',
              not: true,
              children: [condition('numberofchildren', 'between', 1, 3)],
            },
            {
              kind: 'related',
              relationship: 'interactions',
              where: and(condition('type', 'equals', 'EmailOpened')),
              window: { attribute: 'occurredon', last: 30, unit: 'days' },
            },
          ),
        },
        { combine: 'union', segment: 'vip' },
      ],
    };
    expect(formatExplanation(explain(query, 'ada', { records }))).toEqual([
      'Contact ada is not a member.',
      'Block 1, Contacts: no; so far: out',
      '  All of: no',
      '    Address 1: City Equals Atlantis or Gotham: yes (Atlantis)',
      '    Interests Contains all of wine and music: no (travel, wine)',
      '    None of: yes',
      '      No. of Children Between 1 and 3: no (no value)',
      '    Interactions: at least 1, Occurred On in the last 30 days: yes (1 of 1 match)',
      '      e.g. interaction i1:',
      '        All of: yes',
      '          Interaction Type Equals EmailOpened: yes (EmailOpened)',
      'Block 2, union members of segment vip: no; so far: out',
    ]);
  });

  it('shows a traverse as the route it walked and what each level matched', () => {
    const query = {
      blocks: [
        {
          entity: 'account',
          where: and(condition('industrycode', 'equals', 'software')),
          traverse: [{ relationship: 'contacts' }],
        },
      ],
    };
    expect(formatExplanation(explain(query, 'ada', { records }))).toEqual([
      'Contact ada is a member.',
      'Block 1, Accounts → Contacts: yes; so far: in',
      '  Accounts: 1 of 1 reached match, e.g. soft',
      '    All of: yes',
      '      Industry Equals software: yes (software)',
      '  Contacts: 1 of 1 reached match, e.g. ada',
    ]);
  });

  it('says a block without conditions takes all contacts', () => {
    expect(formatExplanation(explain({ blocks: [{ entity: 'contact' }] }, 'ada', { records }))).toEqual([
      'Contact ada is a member.',
      'Block 1, Contacts: yes; so far: in',
      '  all Contacts',
    ]);
  });
});
