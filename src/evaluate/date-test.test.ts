import { describe, expect, it } from 'vitest';
import { condition, contactMatches } from './test-fixtures.ts';

type Options = { readonly timeZone?: string; readonly now?: Date };

const la: Options = { timeZone: 'America/Los_Angeles' };

// `now` is Monday 9 March 2026, 10:00 in Los Angeles, 18:00 UTC.
const created = (node: unknown, value: string | null, options: Options = la) =>
  contactMatches(node, { createdon: value }, {}, options);
const born = (node: unknown, value: string | null, options: Options = la) =>
  contactMatches(node, { birthdate: value }, {}, options);
const withPeriod = (attribute: string, operator: string, count: number, unit?: string) => ({
  kind: 'condition',
  attribute,
  operator,
  values: [count],
  ...(unit ? { unit } : {}),
});

describe('date conditions', () => {
  it('reads "on" a day as that calendar day in the segment time zone', () => {
    const onMarch1 = condition('createdon', 'on', '2026-03-01');
    // 07:30 UTC on March 2 is still 23:30 on March 1 in Los Angeles.
    expect(created(onMarch1, '2026-03-02T07:30:00.000Z')).toBe(true);
    expect(created(onMarch1, '2026-03-02T07:30:00.000Z', { timeZone: 'UTC' })).toBe(false);
    expect(created(onMarch1, '2026-03-01T07:30:00.000Z')).toBe(false);
  });

  it('holds notOn on every other day but not on a contact without the date', () => {
    const notOnMarch1 = condition('birthdate', 'notOn', '1990-03-01');
    expect(born(notOnMarch1, '1990-03-02')).toBe(true);
    expect(born(notOnMarch1, '1990-03-01')).toBe(false);
    expect(born(notOnMarch1, null)).toBe(false);
  });

  it('includes both days of between and excludes the day itself from before and after', () => {
    const between = condition('birthdate', 'between', '1990-01-01', '1990-12-31');
    expect(born(between, '1990-01-01')).toBe(true);
    expect(born(between, '1990-12-31')).toBe(true);
    expect(born(between, '1991-01-01')).toBe(false);
    expect(born(condition('birthdate', 'before', '1990-01-01'), '1990-01-01')).toBe(false);
    expect(born(condition('birthdate', 'onOrBefore', '1990-01-01'), '1990-01-01')).toBe(true);
    expect(born(condition('birthdate', 'after', '1990-01-01'), '1990-01-01')).toBe(false);
    expect(born(condition('birthdate', 'onOrAfter', '1990-01-01'), '1990-01-01')).toBe(true);
  });

  it('treats inLast as the sliding window (now - N, now]', () => {
    const lastDay = withPeriod('createdon', 'inLast', 24, 'hours');
    expect(created(lastDay, '2026-03-08T18:00:00.001Z')).toBe(true);
    expect(created(lastDay, '2026-03-08T18:00:00.000Z')).toBe(false);
    expect(created(lastDay, '2026-03-09T18:00:00.000Z')).toBe(true);
    expect(created(lastDay, '2026-03-09T18:00:00.001Z')).toBe(false);
  });

  it('reads today in the segment time zone', () => {
    const today = condition('birthdate', 'today');
    // 05:00 UTC on March 10 is still March 9 in Los Angeles.
    const lateEvening = { ...la, now: new Date('2026-03-10T05:00:00.000Z') };
    expect(born(today, '2026-03-09', lateEvening)).toBe(true);
    expect(born(today, '2026-03-10', lateEvening)).toBe(false);
    expect(born(today, '2026-03-10', { timeZone: 'UTC', now: lateEvening.now })).toBe(true);
    expect(born(condition('birthdate', 'yesterday'), '2026-03-08')).toBe(true);
    expect(born(condition('birthdate', 'thisWeek'), '2026-03-15')).toBe(true);
    expect(born(condition('birthdate', 'lastWeek'), '2026-03-08')).toBe(true);
    expect(born(condition('birthdate', 'thisMonth'), '2026-02-28')).toBe(false);
  });

  it('counts someone born forty years ago today as older than forty years', () => {
    const over40 = withPeriod('birthdate', 'olderThan', 40, 'years');
    expect(born(over40, '1986-03-09')).toBe(true);
    expect(born(over40, '1986-03-10')).toBe(false);
    expect(born(over40, null)).toBe(false);
  });

  it('finds birthdays in the next days whatever the birth year', () => {
    const nextWeek = withPeriod('birthdate', 'anniversaryInNext', 7);
    expect(born(nextWeek, '1990-03-09')).toBe(true);
    expect(born(nextWeek, '1975-03-15')).toBe(true);
    expect(born(nextWeek, '1990-03-16')).toBe(false);
    expect(born(nextWeek, '1990-03-08')).toBe(false);
  });

  it('finds birthdays across the turn of the year and celebrates February 29 on February 28', () => {
    const nextWeek = withPeriod('birthdate', 'anniversaryInNext', 7);
    const newYearsEve = { ...la, now: new Date('2026-12-30T18:00:00.000Z') };
    expect(born(nextWeek, '1990-01-02', newYearsEve)).toBe(true);
    expect(born(nextWeek, '1990-12-31', newYearsEve)).toBe(true);
    expect(born(nextWeek, '1990-01-06', newYearsEve)).toBe(false);
    const tomorrow = withPeriod('birthdate', 'anniversaryInNext', 1);
    const february28 = { ...la, now: new Date('2027-02-28T18:00:00.000Z') };
    expect(born(tomorrow, '2000-02-29', february28)).toBe(true);
  });

  it('refuses anniversaries of a date and time, whose month-day would depend on the time zone', () => {
    expect(() =>
      created(withPeriod('createdon', 'anniversaryInNext', 7), '2020-03-16T06:00:00.000Z'),
    ).toThrow(/does not offer "anniversaryInNext"/);
  });

  it('keeps a contact without the date out of every date condition but notContainsData', () => {
    expect(born(condition('birthdate', 'before', '2100-01-01'), null)).toBe(false);
    expect(born(withPeriod('birthdate', 'inNext', 7, 'days'), null)).toBe(false);
    expect(born(condition('birthdate', 'notContainsData'), null)).toBe(true);
  });
});
