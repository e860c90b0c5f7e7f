import { describe, expect, it } from 'vitest';
import { timeTest } from './time-range.ts';

// 10:00 in Los Angeles on Tuesday 2026-03-10, two days after clocks moved forward (2026-03-08 02:00).
const now = new Date('2026-03-10T17:00:00Z');
const la = { now, timeZone: 'America/Los_Angeles' };
const utc = { now, timeZone: 'UTC' };

describe('timeTest', () => {
  it('reads "today" as the calendar day in the segment time zone', () => {
    expect(timeTest('datetime', 'today', [], undefined, la)).toEqual({
      kind: 'range',
      from: '2026-03-10T07:00:00.000Z',
      to: '2026-03-11T07:00:00.000Z',
    });
    expect(timeTest('date', 'today', [], undefined, la)).toEqual({
      kind: 'range',
      from: '2026-03-10',
      to: '2026-03-11',
    });
  });

  it('gives the daylight-saving day its 23 hours', () => {
    expect(timeTest('datetime', 'on', ['2026-03-08'], undefined, la)).toEqual({
      kind: 'range',
      from: '2026-03-08T08:00:00.000Z',
      to: '2026-03-09T07:00:00.000Z',
    });
  });

  it('keeps the wall-clock time when "in the last N days" crosses the daylight-saving change', () => {
    // (now − 3 days, now]: 10:00 PST on 2026-03-07 is 18:00 UTC, one hour later in UTC than today's 10:00 PDT.
    expect(timeTest('datetime', 'inLast', [3], 'days', la)).toEqual({
      kind: 'range',
      from: '2026-03-07T18:00:00.001Z',
      to: '2026-03-10T17:00:00.001Z',
    });
    expect(timeTest('datetime', 'inLast', [72], 'hours', la)).toEqual({
      kind: 'range',
      from: '2026-03-07T17:00:00.001Z',
      to: '2026-03-10T17:00:00.001Z',
    });
  });

  it('counts "in the last N days" of a date attribute as N days including today', () => {
    expect(timeTest('date', 'inLast', [7], 'days', utc)).toEqual({
      kind: 'range',
      from: '2026-03-04',
      to: '2026-03-11',
    });
  });

  it('reads "older than 40 years" as born on or before this day 40 years ago', () => {
    expect(timeTest('date', 'olderThan', [40], 'years', utc)).toEqual({ kind: 'range', to: '1986-03-11' });
  });

  it('starts weeks on Monday', () => {
    expect(timeTest('date', 'thisWeek', [], undefined, utc)).toEqual({
      kind: 'range',
      from: '2026-03-09',
      to: '2026-03-16',
    });
    expect(timeTest('date', 'lastWeek', [], undefined, utc)).toEqual({
      kind: 'range',
      from: '2026-03-02',
      to: '2026-03-09',
    });
  });

  it('takes an exact instant as a bound of a date-time comparison', () => {
    expect(timeTest('datetime', 'after', ['2026-03-01T10:00:00+02:00'], undefined, utc)).toEqual({
      kind: 'range',
      from: '2026-03-01T08:00:00.001Z',
    });
  });

  it('includes both days of "between"', () => {
    expect(timeTest('date', 'between', ['2026-01-01', '2026-01-31'], undefined, utc)).toEqual({
      kind: 'range',
      from: '2026-01-01',
      to: '2026-02-01',
    });
  });

  it('wraps anniversaries over the new year and celebrates February 29 on February 28', () => {
    expect(
      timeTest('date', 'anniversaryInNext', [7], undefined, {
        now: new Date('2026-12-28T12:00:00Z'),
        timeZone: 'UTC',
      }),
    ).toEqual({
      kind: 'anniversary',
      spans: [
        { from: '12-28', to: '12-31' },
        { from: '01-01', to: '01-03' },
      ],
    });
    expect(
      timeTest('date', 'anniversaryInNext', [1], undefined, {
        now: new Date('2027-02-28T12:00:00Z'),
        timeZone: 'UTC',
      }),
    ).toEqual({
      kind: 'anniversary',
      spans: [{ from: '02-28', to: '02-29' }],
    });
  });
});
