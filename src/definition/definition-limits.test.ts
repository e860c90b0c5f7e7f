import { describe, expect, it } from 'vitest';
import {
  definitionLimitProblems,
  definitionLimits,
  jsonBytes,
  queryLimitProblems,
} from './definition-limits.ts';
import { parseDefinition, parseQuery } from './parse-definition.ts';

const condition = (values: unknown[] = ['Atlantis'], operator = 'equals') => ({
  kind: 'condition',
  attribute: 'address1_city',
  operator,
  values,
});
const group = (children: unknown[]) => ({ kind: 'group', op: 'and', children });
const related = (where: unknown) => ({ kind: 'related', relationship: 'interactions', where });
const segment = (where: unknown, extra: Record<string, unknown> = {}) => ({
  name: 'Limits',
  query: { blocks: [{ entity: 'contact', where, ...extra }] },
});

/** Groups nested `depth` deep, the innermost holding one condition. */
function nested(depth: number): unknown {
  let where: unknown = group([condition()]);
  for (let level = 1; level < depth; level += 1) where = group([where]);
  return where;
}

describe('definition limits', () => {
  it('accepts a definition at every limit', () => {
    const values = Array.from({ length: definitionLimits.maxValues }, (_, i) => `v${i}`);
    const wide = group([
      condition(values),
      condition(['x'.repeat(definitionLimits.maxValueLength)]),
      // The group, two rows, the related row with its group and row, and the rest: 300 in all.
      ...Array.from({ length: definitionLimits.maxConditions - 6 }, () => condition()),
      related(group([condition()])),
    ]);
    expect(definitionLimitProblems(segment(wide))).toEqual([]);
    expect(definitionLimitProblems(segment(nested(definitionLimits.maxDepth)))).toEqual([]);
  });

  it('keeps the 70 KB estimate of the issue (50 contains rows of 100 values) valid', () => {
    const rows = Array.from({ length: 50 }, (_, r) =>
      condition(
        Array.from({ length: 100 }, (_, i) => `value ${r}-${i}`),
        'contains',
      ),
    );
    const query = { blocks: [{ entity: 'contact', where: { kind: 'group', op: 'or', children: rows } }] };
    expect(jsonBytes(query)).toBeGreaterThan(60_000);
    expect(parseQuery(query).ok).toBe(true);
  });

  it('refuses groups nested 10,000 deep, naming the first group past the limit', () => {
    const problems = definitionLimitProblems(segment(nested(10_000)));
    expect(problems.map((p) => p.code)).toEqual(['TOO_LARGE', 'TOO_MANY_CONDITIONS', 'TOO_DEEP']);
    expect(problems).toContainEqual({
      code: 'TOO_DEEP',
      message:
        'Groups are nested 10,000 deep here; a definition may nest them at most 10 deep (the where of a block, a step or a related condition counts as one level).',
      path: `query.blocks[0].where${'.children[0]'.repeat(10)}`,
    });
  });

  it('counts the where of a related condition as a level', () => {
    let where: unknown = group([condition()]);
    for (let level = 1; level <= definitionLimits.maxDepth; level += 1) where = group([related(where)]);
    expect(definitionLimitProblems(segment(where))[0]?.code).toBe('TOO_DEEP');
  });

  it('refuses 100,000 groups nested in one parse, without overflowing the stack', () => {
    const parsed = parseDefinition(segment(nested(100_000)));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.map((p) => p.code)).toContain('TOO_DEEP');
  });

  it('refuses too many values in a condition, with the figure and the path', () => {
    const values = Array.from({ length: 40_000 }, (_, i) => i);
    expect(definitionLimitProblems(segment(group([condition(['a']), condition(values)])))).toContainEqual({
      code: 'TOO_MANY_VALUES',
      message: 'This condition has 40,000 values; a condition may have at most 1,000.',
      path: 'query.blocks[0].where.children[1].values',
    });
  });

  it('refuses a text value past 4,000 characters, counting characters rather than UTF-16 units', () => {
    const emoji = '😀'.repeat(definitionLimits.maxValueLength);
    expect(definitionLimitProblems(segment(group([condition([emoji])])))).toEqual([]);
    expect(definitionLimitProblems(segment(group([condition(['a', `${emoji}x`])])))).toEqual([
      {
        code: 'VALUE_TOO_LONG',
        message: 'This value is 4,001 characters long; a value may be at most 4,000.',
        path: 'query.blocks[0].where.children[0].values[1]',
      },
    ]);
  });

  it('refuses too many conditions, blocks and steps', () => {
    const many = group(Array.from({ length: 400 }, () => condition()));
    expect(definitionLimitProblems(segment(many))).toEqual([
      {
        code: 'TOO_MANY_CONDITIONS',
        message: 'This query has 401 conditions, related conditions and groups; at most 300 are allowed.',
        path: 'query',
      },
    ]);
    const blocks = Array.from({ length: 21 }, () => ({ entity: 'contact', combine: 'union' }));
    expect(definitionLimitProblems({ name: 'x', query: { blocks } })).toEqual([
      {
        code: 'TOO_MANY_BLOCKS',
        message: 'This query has 21 blocks; a query may have at most 20.',
        path: 'query.blocks',
      },
    ]);
    const traverse = Array.from({ length: 11 }, () => ({ relationship: 'contacts' }));
    expect(definitionLimitProblems(segment(undefined, { traverse }))).toEqual([
      {
        code: 'TOO_MANY_STEPS',
        message: 'This block traverses 11 relationships; a block may traverse at most 10.',
        path: 'query.blocks[0].traverse',
      },
    ]);
  });

  it('refuses a definition larger than 256 KB as JSON, measured exactly', () => {
    const text = { a: ['é', 1.5, true, null, { b: 'x"y' }], c: 'ü' };
    expect(jsonBytes(text)).toBe(Buffer.byteLength(JSON.stringify(text)));
    const big = { ...segment(group([condition()])), description: 'x'.repeat(300_000) };
    const bytes = Buffer.byteLength(JSON.stringify(big));
    expect(definitionLimitProblems(big)).toEqual([
      {
        code: 'TOO_LARGE',
        message: `The definition is ${bytes.toLocaleString('en-US')} bytes as JSON; at most 262,144 (256 KB) are allowed.`,
        path: '',
      },
    ]);
    expect(definitionLimitProblems(undefined)).toEqual([]);
  });

  it('reports paths of a query from the base it is given', () => {
    const query = { blocks: [{ entity: 'contact', where: group([condition(Array(1001).fill('a'))]) }] };
    expect(queryLimitProblems(query, 'addByQuery')[0]?.path).toBe(
      'addByQuery.blocks[0].where.children[0].values',
    );
    const parsed = parseQuery(query, 'addByQuery');
    expect(!parsed.ok && parsed.problems[0]?.code).toBe('TOO_MANY_VALUES');
  });

  it('leaves what is not a definition to the shape checks', () => {
    for (const json of [null, 7, 'x', [], {}, { query: 'x' }, { query: { blocks: 5 } }])
      expect(definitionLimitProblems(json)).toEqual([]);
  });
});
