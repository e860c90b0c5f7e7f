import { describe, expect, it } from 'vitest';
import { parseQuery } from '../definition/parse-definition.ts';
import type { Query } from '../definition/nodes.ts';
import { contextWith, expectOnly, validate } from './test-helpers.ts';
import { validateQuery } from './validate-query.ts';

const contacts = { entity: 'contact' };
const inSeattle = {
  entity: 'contact',
  where: {
    kind: 'group',
    op: 'and',
    children: [{ kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Seattle'] }],
  },
};

function query(json: unknown): Query {
  const result = parseQuery(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function definitionOf(blocks: readonly unknown[]): unknown {
  return { name: 'Blocks', type: 'dynamic', query: { blocks } };
}

describe('combining blocks', () => {
  it('reports "combine" on the first block, which has nothing to combine with', () => {
    const problems = validate(definitionOf([{ ...inSeattle, combine: 'intersect' }]));
    expectOnly(problems, 'COMBINE_ON_FIRST_BLOCK', 'query.blocks[0].combine', 'first block', 'intersect');
  });

  it('reports a later block that does not say how it combines', () => {
    const problems = validate(definitionOf([contacts, inSeattle, { ...contacts, combine: 'union' }]));
    expectOnly(
      problems,
      'MISSING_COMBINE',
      'query.blocks[1].combine',
      'block 2',
      '"union", "intersect" or "exclude"',
    );
  });

  it('accepts a segment block as the first block', () => {
    const live = { id: 'seg_vip', name: 'VIP', type: 'dynamic', state: 'live' } as const;
    const problems = validate(
      definitionOf([{ segment: 'seg_vip' }, { ...inSeattle, combine: 'intersect' }]),
      contextWith([live]),
    );
    expect(problems).toEqual([]);
  });

  it('accepts a block without a where, which selects every contact', () => {
    expect(validate(definitionOf([contacts]))).toEqual([]);
  });
});

describe('validateQuery', () => {
  it('reports a query with no blocks', () => {
    expectOnly(validateQuery({ blocks: [] }, contextWith()), 'EMPTY_QUERY', 'query.blocks', 'no blocks');
  });

  it('writes paths from the base it is given', () => {
    const problems = validateQuery(
      query({ blocks: [{ entity: 'contakt' }] }),
      contextWith(),
      'addByQuery.query',
    );
    expectOnly(problems, 'UNKNOWN_ENTITY', 'addByQuery.query.blocks[0].entity', '"contakt"');
  });

  it('reports the time zone it is given when that is not an IANA name', () => {
    const problems = validateQuery(
      query({ blocks: [contacts] }),
      contextWith(),
      'query',
      'Mars/Olympus_Mons',
    );
    expectOnly(problems, 'INVALID_TIME_ZONE', 'timeZone', '"Mars/Olympus_Mons"');
  });

  it('reads date bounds in the time zone it is given', () => {
    // 2026-03-01 begins at 2026-02-28T15:00Z in Tokyo, before the upper bound; in UTC it begins after it.
    const between = query({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              {
                kind: 'condition',
                attribute: 'createdon',
                operator: 'between',
                values: ['2026-03-01', '2026-02-28T16:00:00Z'],
              },
            ],
          },
        },
      ],
    });
    expect(validateQuery(between, contextWith(), 'query', 'Asia/Tokyo')).toEqual([]);
    expect(validateQuery(between, contextWith(), 'query', 'UTC').map((p) => p.code)).toEqual([
      'BOUNDS_REVERSED',
    ]);
  });
});
