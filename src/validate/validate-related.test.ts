import { describe, expect, it } from 'vitest';
import { blockDefinition, expectOnly, firstCondition, validate } from './test-helpers.ts';

function related(node: Record<string, unknown>): unknown {
  return blockDefinition([{ kind: 'related', ...node }]);
}

const emailOpened = {
  kind: 'group',
  op: 'and',
  children: [{ kind: 'condition', attribute: 'type', operator: 'equals', values: ['EmailOpened'] }],
};

describe('related conditions', () => {
  it('accepts "opened at least 3 emails in the last 30 days"', () => {
    const opened = related({
      relationship: 'interactions',
      where: emailOpened,
      count: { operator: 'atLeast', value: 3 },
      window: { attribute: 'occurredon', last: 30, unit: 'days' },
    });
    expect(validate(opened)).toEqual([]);
  });

  it('reports a relationship the entity does not have, naming those it has', () => {
    const problems = validate(related({ relationship: 'emails', where: emailOpened }));
    expectOnly(
      problems,
      'UNKNOWN_RELATIONSHIP',
      `${firstCondition}.relationship`,
      'Contact',
      '"emails"',
      'interactions (to Interactions)',
      'parentcustomerid (to Account)',
    );
  });

  it('checks its where against the related entity', () => {
    const problems = validate(related({ relationship: 'parentcustomerid', where: emailOpened }));
    expectOnly(
      problems,
      'UNKNOWN_ATTRIBUTE',
      `${firstCondition}.where.children[0].attribute`,
      'Account',
      '"type"',
    );
  });

  it('reports an empty where', () => {
    const problems = validate(
      related({ relationship: 'leads', where: { kind: 'group', op: 'or', children: [] } }),
    );
    expectOnly(problems, 'EMPTY_GROUP', `${firstCondition}.where`, 'Leads');
  });

  it('reports "at least 0", which every contact meets', () => {
    const problems = validate(
      related({ relationship: 'interactions', count: { operator: 'atLeast', value: 0 } }),
    );
    expectOnly(
      problems,
      'INVALID_COUNT',
      `${firstCondition}.count.value`,
      '"At least 0"',
      'interactions',
      'exactly 0',
    );
  });

  it('reports more than one record through a relationship that reaches at most one', () => {
    const problems = validate(
      related({ relationship: 'parentcustomerid', count: { operator: 'exactly', value: 2 } }),
    );
    expectOnly(
      problems,
      'INVALID_COUNT',
      `${firstCondition}.count.value`,
      '"Company Name"',
      'exactly 2',
      'never',
    );
  });

  it('accepts "at most 0" and "exactly 0", which mean "has none"', () => {
    expect(validate(related({ relationship: 'leads', count: { operator: 'atMost', value: 0 } }))).toEqual([]);
    expect(
      validate(related({ relationship: 'parentcustomerid', count: { operator: 'exactly', value: 0 } })),
    ).toEqual([]);
  });

  it('reports a window on an attribute the related entity does not have', () => {
    const problems = validate(
      related({ relationship: 'interactions', window: { attribute: 'createdon', last: 7, unit: 'days' } }),
    );
    expectOnly(
      problems,
      'UNKNOWN_ATTRIBUTE',
      `${firstCondition}.window.attribute`,
      'Interaction',
      '"createdon"',
    );
  });

  it('reports a window on an attribute that is not a date, naming the dates there are', () => {
    const problems = validate(
      related({ relationship: 'interactions', window: { attribute: 'url', last: 7, unit: 'days' } }),
    );
    expectOnly(
      problems,
      'WINDOW_NOT_DATE',
      `${firstCondition}.window.attribute`,
      '"URL"',
      '"Occurred On" (occurredon)',
    );
  });

  it('reports hours in a window on a date without a time of day', () => {
    const accountsOfNewborns = {
      name: 'Accounts with a birthday',
      type: 'dynamic',
      query: {
        blocks: [
          {
            entity: 'account',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                {
                  kind: 'related',
                  relationship: 'contacts',
                  window: { attribute: 'birthdate', last: 12, unit: 'hours' },
                },
              ],
            },
            traverse: [{ relationship: 'contacts' }],
          },
        ],
      },
    };
    const problems = validate(accountsOfNewborns);
    expectOnly(
      problems,
      'UNIT_NOT_ALLOWED',
      'query.blocks[0].where.children[0].window.unit',
      '"Birthday"',
      '"hours"',
    );
  });
});
