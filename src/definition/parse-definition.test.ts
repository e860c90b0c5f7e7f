import { describe, expect, it } from 'vitest';
import { parseDefinition, parseQuery } from './parse-definition.ts';

describe('parseDefinition', () => {
  it('reads the example of docs/SEGMENTS.md into tagged nodes with defaults filled in', () => {
    const parsed = parseDefinition({
      name: 'Female wine enthusiasts over 40 in San Francisco',
      query: {
        blocks: [
          {
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'and',
              children: [
                {
                  kind: 'condition',
                  attribute: 'address1_city',
                  operator: 'equals',
                  values: ['San Francisco'],
                },
                { kind: 'related', relationship: 'interactions' },
              ],
            },
          },
          { combine: 'exclude', segment: 'seg_unsubscribed' },
        ],
      },
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        name: 'Female wine enthusiasts over 40 in San Francisco',
        type: 'dynamic',
        timeZone: 'UTC',
        query: {
          blocks: [
            {
              kind: 'queryBlock',
              combine: undefined,
              entity: 'contact',
              traverse: [],
              where: {
                kind: 'group',
                op: 'and',
                not: false,
                children: [
                  {
                    kind: 'condition',
                    attribute: 'address1_city',
                    operator: 'equals',
                    values: ['San Francisco'],
                    unit: undefined,
                  },
                  {
                    kind: 'related',
                    relationship: 'interactions',
                    where: undefined,
                    window: undefined,
                    count: { operator: 'atLeast', value: 1 },
                  },
                ],
              },
            },
            { kind: 'segmentBlock', combine: 'exclude', segment: 'seg_unsubscribed' },
          ],
        },
      },
    });
  });

  it('reports every shape problem at once, each with its path', () => {
    const parsed = parseDefinition({
      name: '',
      colour: 'red',
      query: {
        blocks: [
          {
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'xor',
              children: [{ kind: 'condition', operator: 'equals' }, { kind: 'nope' }, 5],
            },
          },
          { combine: 'exclude', segment: 3 },
        ],
      },
    });
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.map((p) => [p.code, p.path])).toEqual(
      expect.arrayContaining([
        ['INVALID_SHAPE', 'name'],
        ['UNKNOWN_FIELD', ''],
        ['INVALID_VALUE', 'query.blocks[0].where.op'],
        ['MISSING_FIELD', 'query.blocks[0].where.children[0].attribute'],
        ['INVALID_VALUE', 'query.blocks[0].where.children[1].kind'],
        ['INVALID_TYPE', 'query.blocks[0].where.children[2]'],
        ['INVALID_TYPE', 'query.blocks[1].segment'],
      ]),
    );
    expect(problems.find((p) => p.path === 'query.blocks[0].where.children[1].kind')?.message).toMatch(
      /"condition", "group" or "related"/,
    );
  });

  it('refuses a query with no blocks', () => {
    const parsed = parseQuery({ blocks: [] });
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { code: 'INVALID_SHAPE', message: 'A query needs at least one block.', path: 'query.blocks' },
    ]);
  });

  it('parses the parts of a draft not chosen yet (an empty row, relationship, segment or entity), leaving them to validation', () => {
    const parsed = parseQuery({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              { kind: 'condition', attribute: '', operator: '' },
              { kind: 'related', relationship: '' },
            ],
          },
          traverse: [{ relationship: '' }],
        },
        { combine: 'union', segment: '' },
        { combine: 'union', entity: '' },
      ],
    });
    expect(parsed.ok).toBe(true);
  });

  it('still refuses a malformed shape in a draft, naming its path', () => {
    const parsed = parseQuery({
      blocks: [{ entity: 'contact', where: { kind: 'group', op: 'and', children: [{ kind: 'condition' }] } }],
    });
    expect(parsed.ok ? [] : parsed.problems.map((p) => [p.code, p.path])).toEqual([
      ['MISSING_FIELD', 'query.blocks[0].where.children[0].attribute'],
      ['MISSING_FIELD', 'query.blocks[0].where.children[0].operator'],
    ]);
  });
});
