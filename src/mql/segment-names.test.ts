import { describe, expect, it } from 'vitest';
import { Schema } from '../schema/index.ts';
import { parseMql } from './parse-mql.ts';
import { segmentNamer, segmentResolver } from './segment-names.ts';

const segments = [
  { id: 'ce97cb9d-bd75-ea11-a811-000d3a8e8fcc', name: 'Wine lovers' },
  { id: 'seg-2', name: 'Twins' },
  { id: 'seg-3', name: 'twins' },
  { id: 'seg-4', name: 'TWINS' },
  { id: 'seg-5', name: 'Beer fans' },
  { id: 'seg-6', name: 'beer FANS' },
  { id: 'seg-7', name: 'Same' },
  { id: 'seg-8', name: 'Same' },
];
const resolve = segmentResolver(segments);

describe('which segment SEGMENT(…) names', () => {
  it('finds a segment by its Dynamics id, by its id in any case when a GUID, and by name', () => {
    expect(resolve({ crmId: 'CE97CB9D-BD75-EA11-A811-000D3A8E8FCC' })).toBe(segments[0]?.id);
    expect(resolve({ name: 'CE97CB9D-BD75-EA11-A811-000D3A8E8FCC' })).toBe(segments[0]?.id);
    expect(resolve({ name: 'seg-5' })).toBe('seg-5');
    expect(resolve({ name: 'wine LOVERS' })).toBe(segments[0]?.id);
    expect(resolve({ name: 'Twins' })).toBe('seg-2');
    expect(resolve({ name: 'Nobody' })).toBeUndefined();
  });

  it('answers the ids of the segments sharing a name, rather than guessing one', () => {
    expect(resolve({ name: 'tWiNs' })).toEqual({ ambiguous: ['seg-2', 'seg-3', 'seg-4'] });
    expect(resolve({ name: 'Beer Fans' })).toEqual({ ambiguous: ['seg-5', 'seg-6'] });
  });

  it('says which segments share the name and how to name one, at its place in the text', () => {
    const parsed = parseMql('SEGMENT(BeerFans) UNION SEGMENT(Same)', Schema.builtin(), {
      resolveSegment: resolve,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      expect.objectContaining({ code: 'MQL_UNKNOWN_SEGMENT', line: 1, column: 9 }),
      {
        code: 'MQL_UNKNOWN_SEGMENT',
        line: 1,
        column: 33,
        message: `2 segments are named "Same" (ids seg-7, seg-8): name the one you mean by its id, as SEGMENT('seg-7').`,
      },
    ]);
  });

  it('prints a name only where it finds the same segment again', () => {
    const name = segmentNamer(segments);
    expect(name('seg-5')).toBe('Beer fans');
    expect(name('seg-7')).toBeUndefined();
    expect(name('seg-2')).toBe('Twins');
    expect(name(segments[0]?.id ?? '')).toBe('Wine lovers');
  });
});
