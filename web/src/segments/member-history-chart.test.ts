import { describe, expect, it } from 'vitest';
import { historySummary } from './member-history-chart.tsx';

const at = '2026-12-04T14:47:00.000Z';
const later = '2026-12-04T15:47:00.000Z';

describe('the member history in words', () => {
  it('says "1 member", not "1 members"', () => {
    expect(historySummary([{ at, count: 1 }])).toBe(`1 member since ${new Date(at).toLocaleString()}.`);
    expect(historySummary([{ at, count: 2 }])).toBe(`2 members since ${new Date(at).toLocaleString()}.`);
    expect(
      historySummary([
        { at, count: 1 },
        { at: later, count: 3 },
      ]),
    ).toMatch(/^From 1 member on /);
  });
});
