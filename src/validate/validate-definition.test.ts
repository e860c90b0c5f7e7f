import { describe, expect, it } from 'vitest';
import { problemCodes } from './problem-codes.ts';
import { contextWith, expectOnly, validate } from './test-helpers.ts';

const unsubscribed = {
  id: 'seg_unsubscribed',
  name: 'Unsubscribed',
  type: 'dynamic',
  state: 'live',
} as const;

/** The example of docs/SEGMENTS.md, "Shape". */
const example = {
  name: 'Female wine enthusiasts over 40 in San Francisco',
  type: 'dynamic',
  timeZone: 'America/Los_Angeles',
  query: {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'and',
          children: [
            { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['San Francisco'] },
            { kind: 'condition', attribute: 'gendercode', operator: 'equals', values: ['female'] },
            { kind: 'condition', attribute: 'interests', operator: 'containsAnyOf', values: ['wine'] },
            { kind: 'condition', attribute: 'birthdate', operator: 'olderThan', values: [40], unit: 'years' },
          ],
        },
      },
      { combine: 'exclude', segment: 'seg_unsubscribed' },
    ],
  },
};

describe('validateDefinition', () => {
  it('says what to choose in each part a draft left empty, one problem for an empty row', () => {
    const draft = {
      name: 'Draft',
      type: 'dynamic',
      query: {
        blocks: [
          {
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                { kind: 'condition', attribute: '', operator: '', values: [] },
                { kind: 'condition', attribute: 'address1_city', operator: '', values: [] },
                { kind: 'related', relationship: '' },
              ],
            },
          },
          { combine: 'union', segment: '' },
          { combine: 'union', entity: '' },
          { combine: 'union', entity: 'account', traverse: [{ relationship: '' }] },
        ],
      },
    };
    expect(validate(draft).map((p) => [p.code, p.path, p.message])).toEqual([
      ['INCOMPLETE', 'query.blocks[0].where.children[0].attribute', 'Select an attribute for this row.'],
      ['INCOMPLETE', 'query.blocks[0].where.children[1].operator', 'Select an operator for this row.'],
      [
        'INCOMPLETE',
        'query.blocks[0].where.children[2].relationship',
        'Select a related entity for this row.',
      ],
      ['INCOMPLETE', 'query.blocks[2].entity', 'Select the entity this block queries.'],
      [
        'INCOMPLETE',
        'query.blocks[3].traverse[0].relationship',
        'Select the relationship this step follows.',
      ],
      ['INCOMPLETE', 'query.blocks[1].segment', 'Select the segment this block reads.'],
    ]);
  });

  it('finds nothing wrong with the example of docs/SEGMENTS.md when seg_unsubscribed is live', () => {
    expect(validate(example, contextWith([unsubscribed]))).toEqual([]);
  });

  it('reports every problem of a definition at once, each at its own path', () => {
    const broken = {
      name: 'Broken',
      type: 'dynamic',
      timeZone: 'Mars/Olympus_Mons',
      query: {
        blocks: [
          {
            combine: 'union',
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                { kind: 'condition', attribute: 'citty', operator: 'equals', values: ['Paris'] },
                { kind: 'condition', attribute: 'birthdate', operator: 'contains', values: ['1980'] },
                { kind: 'condition', attribute: 'gendercode', operator: 'equals', values: ['femme'] },
                { kind: 'group', op: 'or', children: [] },
              ],
            },
          },
          { segment: 'seg_missing' },
        ],
      },
    };
    const where = 'query.blocks[0].where';
    expect(validate(broken).map((p) => [p.code, p.path])).toEqual([
      ['INVALID_TIME_ZONE', 'timeZone'],
      ['COMBINE_ON_FIRST_BLOCK', 'query.blocks[0].combine'],
      ['UNKNOWN_ATTRIBUTE', `${where}.children[0].attribute`],
      ['OPERATOR_NOT_ALLOWED', `${where}.children[1].operator`],
      ['UNKNOWN_OPTION', `${where}.children[2].values[0]`],
      ['EMPTY_GROUP', `${where}.children[3]`],
      ['MISSING_COMBINE', 'query.blocks[1].combine'],
      ['UNKNOWN_SEGMENT', 'query.blocks[1].segment'],
    ]);
  });

  it('reports a dynamic segment without a query', () => {
    const problems = validate({ name: 'No rules', type: 'dynamic' });
    expectOnly(problems, 'MISSING_QUERY', 'query', 'dynamic segment needs a query');
  });

  it('reports a static segment with a query, and does not check that query', () => {
    const problems = validate({ ...example, type: 'static' });
    expectOnly(problems, 'QUERY_ON_STATIC', 'query', 'static segment', 'add by query');
  });

  it('accepts a static segment without a query', () => {
    expect(validate({ name: 'Trade show list', type: 'static' })).toEqual([]);
  });

  it('reports a time zone that is not an IANA name, and still checks the query', () => {
    const problems = validate({ ...example, timeZone: 'Pacific Standard Time' }, contextWith([unsubscribed]));
    expectOnly(problems, 'INVALID_TIME_ZONE', 'timeZone', '"Pacific Standard Time"', 'America/Los_Angeles');
  });

  it('accepts UTC, the default time zone', () => {
    expect(validate({ ...example, timeZone: undefined }, contextWith([unsubscribed]))).toEqual([]);
  });
});

describe('problemCodes', () => {
  it('names every code in UPPER_SNAKE case with a one-line description', () => {
    for (const [code, description] of Object.entries(problemCodes)) {
      expect(code).toMatch(/^[A-Z]+(?:_[A-Z]+)*$/);
      expect(description).toMatch(/^[A-Z"].*\.$/);
      expect(description).not.toContain('\n');
    }
  });
});
