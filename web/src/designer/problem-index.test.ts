import { describe, expect, it } from 'vitest';
import type { Problem } from '../api/index.ts';
import type { QueryDefinition } from './definition-types.ts';
import { controlProblems, placeProblems, problemPath } from './problem-index.ts';
import { messageOf } from './problem-list.tsx';

const query: QueryDefinition = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
          {
            kind: 'related',
            relationship: 'parentcustomerid',
            where: {
              kind: 'group',
              op: 'or',
              children: [{ kind: 'condition', attribute: 'name', operator: 'equals', values: ['Acme'] }],
            },
          },
        ],
      },
    },
    { combine: 'exclude', segment: 'seg_x' },
  ],
};

const problem = (path: Problem['path']): Problem => ({ code: 'X', message: path, path });

describe('placing problems on the query', () => {
  it('puts each problem on the deepest node shown that its path starts with', () => {
    const placed = placeProblems(query, [
      problem('query.blocks[0].where.children[0].operator'),
      problem('query.blocks[0].where.children[1].where.children[0].values[0]'),
      problem('query.blocks[0].where.children[1].count.value'),
      problem('query.blocks[1].segment'),
      problem('query.blocks[0].traverse[0].relationship'),
    ]);
    expect([...placed.byNode.entries()].map(([path, list]) => [path, list.map((p) => p.message)])).toEqual([
      ['query.blocks[0].where.children[0]', ['query.blocks[0].where.children[0].operator']],
      [
        'query.blocks[0].where.children[1].where.children[0]',
        ['query.blocks[0].where.children[1].where.children[0].values[0]'],
      ],
      ['query.blocks[0].where.children[1]', ['query.blocks[0].where.children[1].count.value']],
      ['query.blocks[1]', ['query.blocks[1].segment']],
      ['query.blocks[0]', ['query.blocks[0].traverse[0].relationship']],
    ]);
    expect(placed.unplaced).toEqual([]);
  });

  it('leaves problems of the whole query, or of nodes that are gone, for the top', () => {
    const placed = placeProblems(query, [
      problem('query'),
      problem('query.blocks[5].entity'),
      problem('name'),
    ]);
    expect(placed.unplaced.map((p) => p.message)).toEqual(['query', 'query.blocks[5].entity', 'name']);
  });

  it('reads paths that start at blocks as paths from the query', () => {
    expect(problemPath(problem('blocks[0].entity'))).toBe('query.blocks[0].entity');
  });

  it('does not take blocks[1] for blocks[10]', () => {
    const many: QueryDefinition = {
      blocks: Array.from({ length: 11 }, () => ({ combine: 'union' as const, entity: 'contact' })),
    };
    const placed = placeProblems(many, [problem('query.blocks[10].entity')]);
    expect([...placed.byNode.keys()]).toEqual(['query.blocks[10]']);
  });

  it('finds the problems of one control of a node', () => {
    const list = [
      problem('query.blocks[0].where.children[0].values[1]'),
      problem('query.blocks[0].where.children[0].operator'),
    ];
    expect(controlProblems(list, 'query.blocks[0].where.children[0]', 'values')).toEqual([list[0]]);
    expect(controlProblems(list, 'query.blocks[0].where.children[0]', 'unit')).toEqual([]);
  });

  it('says what to do about a control left empty instead of the shape check wording', () => {
    const tooSmall = (path: string): Problem => ({
      code: 'INVALID_SHAPE',
      message: 'Too small: expected string to have >=1 characters.',
      path,
    });
    expect(messageOf(tooSmall('query.blocks[0].where.children[0].attribute'))).toBe(
      'Select an attribute for this row.',
    );
    expect(messageOf(tooSmall('query.blocks[1].segment'))).toBe('Select the segment this block reads.');
    expect(messageOf(problem('query'))).toBe('query');
  });
});
