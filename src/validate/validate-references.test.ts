import { describe, expect, it } from 'vitest';
import type { Query } from '../definition/nodes.ts';
import { contextWith, expectOnly, validate } from './test-helpers.ts';
import { validateQuery } from './validate-query.ts';
import type { SegmentInfo } from './validation-context.ts';

const segmentPath = 'query.blocks[1].segment';

function referencing(...ids: string[]): unknown {
  return {
    name: 'Newsletter',
    type: 'dynamic',
    query: { blocks: [{ entity: 'contact' }, ...ids.map((segment) => ({ combine: 'exclude', segment }))] },
  };
}

function queryReferencing(...ids: string[]): Query {
  return {
    blocks: ids.map((segment, i) => ({
      kind: 'segmentBlock',
      segment,
      combine: i === 0 ? undefined : 'union',
    })),
  };
}

function segment(id: string, name: string, rest: Partial<SegmentInfo> = {}): SegmentInfo {
  return { id, name, type: 'dynamic', state: 'live', ...rest };
}

describe('segment blocks', () => {
  it('reports a segment that does not exist', () => {
    const problems = validate(referencing('seg_gone'));
    expectOnly(problems, 'UNKNOWN_SEGMENT', segmentPath, '"seg_gone"');
  });

  it('reports a dynamic segment that is still a draft', () => {
    const problems = validate(
      referencing('seg_vip'),
      contextWith([segment('seg_vip', 'VIP', { state: 'draft' })]),
    );
    expectOnly(problems, 'SEGMENT_DRAFT', segmentPath, '"VIP"', 'draft', 'live');
  });

  it('reports a dynamic segment that is stopped', () => {
    const problems = validate(
      referencing('seg_vip'),
      contextWith([segment('seg_vip', 'VIP', { state: 'stopped' })]),
    );
    expectOnly(problems, 'SEGMENT_STOPPED', segmentPath, '"VIP"', 'stopped');
  });

  it('accepts a static segment in any state, since it holds explicit members', () => {
    const lists = [
      segment('seg_a', 'Trade show A', { type: 'static', state: 'draft' }),
      segment('seg_b', 'Trade show B', { type: 'static', state: 'stopped' }),
    ];
    expect(validate(referencing('seg_a', 'seg_b'), contextWith(lists))).toEqual([]);
  });

  it('reports a segment that includes itself', () => {
    const problems = validate(
      referencing('seg_self'),
      contextWith([segment('seg_self', 'Old name')], 'seg_self'),
    );
    expectOnly(problems, 'SELF_REFERENCE', segmentPath, '"Newsletter"', 'itself');
  });

  it('reports a cycle through the segment being validated, by name', () => {
    const catalog = [
      segment('seg_news', 'Newsletter', { query: { blocks: [] } }),
      segment('seg_vip', 'VIP', { query: queryReferencing('seg_gold') }),
      segment('seg_gold', 'Gold', { query: queryReferencing('seg_news') }),
    ];
    const problems = validate(referencing('seg_vip'), contextWith(catalog, 'seg_news'));
    expectOnly(problems, 'SEGMENT_CYCLE', segmentPath, 'Newsletter → VIP → Gold → Newsletter');
  });

  it('reports a cycle among the segments it reads, once, even when read twice', () => {
    const catalog = [
      segment('seg_vip', 'VIP', { query: queryReferencing('seg_gold') }),
      segment('seg_gold', 'Gold', { query: queryReferencing('seg_vip') }),
    ];
    const problems = validate(referencing('seg_vip', 'seg_gold'), contextWith(catalog));
    expectOnly(problems, 'SEGMENT_CYCLE', segmentPath, 'VIP → Gold → VIP');
  });

  it('does not follow the query of a static segment, whose members are explicit', () => {
    const catalog = [
      segment('seg_news', 'Newsletter'),
      segment('seg_list', 'Imported list', { type: 'static', query: queryReferencing('seg_news') }),
    ];
    expect(validate(referencing('seg_list'), contextWith(catalog, 'seg_news'))).toEqual([]);
  });

  it('accepts a segment read along two paths that meet without a cycle', () => {
    const catalog = [
      segment('seg_base', 'Base', { query: { blocks: [] } }),
      segment('seg_vip', 'VIP', { query: queryReferencing('seg_base') }),
      segment('seg_gold', 'Gold', { query: queryReferencing('seg_base', 'seg_vip') }),
    ];
    expect(validate(referencing('seg_vip', 'seg_gold'), contextWith(catalog, 'seg_news'))).toEqual([]);
  });

  it('names the segment being validated by its catalog name when only a query is validated', () => {
    const catalog = [
      segment('seg_news', 'Newsletter', { query: { blocks: [] } }),
      segment('seg_vip', 'VIP', { query: queryReferencing('seg_news') }),
    ];
    const problems = validateQuery(queryReferencing('seg_vip'), contextWith(catalog, 'seg_news'));
    expectOnly(problems, 'SEGMENT_CYCLE', 'query.blocks[0].segment', 'Newsletter → VIP → Newsletter');
  });
});
