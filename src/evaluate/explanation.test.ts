import { describe, expect, it } from 'vitest';
import { EvaluationError } from './evaluation-error.ts';
import type { RecordsByEntity } from './in-memory-records.ts';
import type { ConditionOutcome, GroupOutcome, QueryBlockOutcome, RelatedOutcome } from './explanation.ts';
import { condition, explain } from './test-fixtures.ts';

const and = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });

const records: RecordsByEntity = {
  contact: [
    { id: 'ada', address1_city: 'Atlantis', parentcustomerid: 'soft' },
    { id: 'bob', address1_city: null },
  ],
  account: [{ id: 'soft', industrycode: 'software' }],
  interaction: [
    { id: 'i1', contactid: 'ada', type: 'EmailClicked', occurredon: '2026-03-08T10:00:00.000Z' },
    { id: 'i2', contactid: 'ada', type: 'EmailOpened', occurredon: '2026-03-07T10:00:00.000Z' },
    { id: 'i3', contactid: 'ada', type: 'EmailOpened', occurredon: '2025-03-07T10:00:00.000Z' },
  ],
};

const openedRecently = {
  kind: 'related',
  relationship: 'interactions',
  where: and(condition('type', 'equals', 'EmailOpened')),
  count: { operator: 'atLeast', value: 2 },
  window: { attribute: 'occurredon', last: 30, unit: 'days' },
};

const query = {
  blocks: [
    { entity: 'contact', where: and(condition('address1_city', 'equals', 'Atlantis'), openedRecently) },
    { combine: 'exclude', segment: 'unsubscribed' },
  ],
};

const whereOf = (block: unknown): GroupOutcome => {
  const where = (block as QueryBlockOutcome).steps[0]?.example?.where;
  if (!where) throw new Error('no where outcome');
  return where;
};

describe('explaining membership', () => {
  it('gives every block its own outcome and the result so far', () => {
    const why = explain(query, 'ada', { records, segments: { unsubscribed: ['ada'] } });
    expect(why.member).toBe(false);
    expect(why.blocks.map((b) => [b.path, b.combine, b.matched, b.resultSoFar])).toEqual([
      ['query.blocks[0]', undefined, false, false],
      ['query.blocks[1]', 'exclude', true, false],
    ]);
  });

  it('shows each condition with the value it read, its label and its path', () => {
    const where = whereOf(explain(query, 'ada', { records }).blocks[0]);
    expect(where.path).toBe('query.blocks[0].where');
    expect(where.children[0]).toEqual<ConditionOutcome>({
      kind: 'condition',
      path: 'query.blocks[0].where.children[0]',
      entity: 'contact',
      attribute: 'address1_city',
      displayName: 'Address 1: City',
      operator: 'equals',
      operatorLabel: 'Equals',
      values: ['Atlantis'],
      unit: undefined,
      actual: 'Atlantis',
      matched: true,
    });
  });

  it('explains a related condition by its count, its window and the first record that counted', () => {
    const related = whereOf(explain(query, 'ada', { records }).blocks[0]).children[1] as RelatedOutcome;
    expect(related).toMatchObject({
      kind: 'related',
      path: 'query.blocks[0].where.children[1]',
      relationship: 'interactions',
      displayName: 'Interactions',
      reached: 3,
      count: 1,
      required: { operator: 'atLeast', value: 2 },
      window: {
        attribute: 'occurredon',
        displayName: 'Occurred On',
        last: 30,
        unit: 'days',
        to: '2026-03-09T18:00:00.001Z',
      },
      matched: false,
      example: { entity: 'interaction', id: 'i2', matched: true },
    });
    expect(related.example?.where?.children[0]).toMatchObject({
      path: 'query.blocks[0].where.children[1].where.children[0]',
      actual: 'EmailOpened',
    });
  });

  it('gives no example record when no related record counted', () => {
    const related = whereOf(explain(query, 'bob', { records }).blocks[0]).children[1] as RelatedOutcome;
    expect(related).toMatchObject({ reached: 0, count: 0, matched: false });
    expect(related.example).toBeUndefined();
  });

  it('explains a traverse level by level, with the records each level reached', () => {
    const viaAccount = {
      blocks: [
        {
          entity: 'account',
          where: and(condition('industrycode', 'equals', 'retail')),
          traverse: [{ relationship: 'contacts' }],
        },
      ],
    };
    const block = explain(viaAccount, 'ada', { records }).blocks[0] as QueryBlockOutcome;
    expect(block.matched).toBe(false);
    expect(block.steps).toMatchObject([
      {
        path: 'query.blocks[0]',
        entity: 'account',
        reached: 1,
        matching: 0,
        matched: false,
        example: { id: 'soft' },
      },
      {
        path: 'query.blocks[0].traverse[0]',
        entity: 'contact',
        relationship: 'contacts',
        reached: 1,
        matching: 1,
      },
    ]);
    expect(block.steps[0]?.example?.where?.children[0]).toMatchObject({ actual: 'software', matched: false });
  });

  it('throws a typed error naming the path of an attribute the schema does not have', () => {
    const unknown = { blocks: [{ entity: 'contact', where: and(condition('shoesize', 'equals', 42)) }] };
    expect(() => explain(unknown, 'ada', { records })).toThrow(EvaluationError);
    expect(() => explain(unknown, 'ada', { records })).toThrow(
      /query\.blocks\[0\]\.where\.children\[0\]\.attribute/,
    );
  });

  it('refuses a block that does not end on contact', () => {
    const accounts = { blocks: [{ entity: 'account' }] };
    expect(() => explain(accounts, 'ada', { records })).toThrow(
      expect.objectContaining({ code: 'INVALID_BLOCK' }),
    );
  });
});
