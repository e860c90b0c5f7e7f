import { describe, expect, it } from 'vitest';
import type { TimeOperator } from '../definition/operator-catalogue.ts';
import { timeTest } from '../definition/time-range.ts';
import type { TimeUnit } from '../definition/time-unit.ts';
import { memoizedTimeTest } from './time-test-memo.ts';

const operators: readonly { operator: TimeOperator; values: (string | number)[]; unit?: TimeUnit }[] = [
  { operator: 'inLast', values: [30], unit: 'minutes' },
  { operator: 'inLast', values: [6], unit: 'hours' },
  { operator: 'inLast', values: [7], unit: 'days' },
  { operator: 'inNext', values: [2], unit: 'hours' },
  { operator: 'inNext', values: [1], unit: 'months' },
  { operator: 'inLast', values: [1], unit: 'weeks' },
  { operator: 'olderThan', values: [3], unit: 'days' },
  { operator: 'inLast', values: [1], unit: 'years' },
  { operator: 'olderThan', values: [90], unit: 'minutes' },
  { operator: 'olderThan', values: [40], unit: 'years' },
  { operator: 'today', values: [] },
  { operator: 'lastWeek', values: [] },
  { operator: 'anniversaryInNext', values: [7] },
  { operator: 'between', values: ['2026-03-01', '2026-03-31'] },
];
const zones = ['UTC', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata'];
// Around daylight-saving changes in the zones that have them, across midnights, minutes apart.
// And minute by minute across a change of offset now, and a week later across one at the window's start,
// where a window moved from the last one must not be moved.
const series = (from: string, count: number, stepMinutes: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(from) + i * stepMinutes * 60_000));
const moments = [
  ...series('2026-03-07T22:58:00.000Z', 60, 97),
  ...series('2026-03-08T09:40:00.000Z', 45, 1),
  ...series('2026-03-15T09:40:00.000Z', 45, 1),
  ...series('2026-11-01T08:30:00.000Z', 30, 3),
  ...series('2026-11-08T08:30:00.000Z', 30, 3),
  ...series('2026-03-29T00:30:00.000Z', 30, 2),
];

describe('remembered time tests', () => {
  it('give what timeTest gives at every moment, however often the clock moves', () => {
    for (const timeZone of zones) {
      for (const kind of ['date', 'datetime'] as const) {
        const nodes = operators.map(() => ({}));
        for (const now of moments) {
          operators.forEach(({ operator, values, unit }, i) => {
            const clock = { now, timeZone };
            const remembered = memoizedTimeTest(nodes[i] ?? {}, kind, operator, values, unit, clock);
            const label = `${kind} ${operator} ${values.join()} ${unit ?? ''} at ${now.toISOString()} in ${timeZone}`;
            expect(remembered, label).toEqual(timeTest(kind, operator, values, unit, clock));
          });
        }
      }
    }
  });
});
