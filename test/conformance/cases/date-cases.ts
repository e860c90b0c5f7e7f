import type { ConformanceCase } from '../conformance-case.ts';
import { contactIds, has, monthDay, within } from '../member-filters.ts';
import { condition, contactsWhere } from '../query-json.ts';

/**
 * Operators on `date` attributes (birthdate, anniversary), which hold calendar days. At the fixed clock
 * it is 2026-03-10 (a Tuesday) in UTC and in Los Angeles, and already 2026-03-11 in Tokyo. Ranges below
 * are written [from, to) on `YYYY-MM-DD` text.
 */
export const dateCases: readonly ConformanceCase[] = [
  {
    name: 'on a date matches that calendar day',
    query: contactsWhere(condition('anniversary', 'on', ['2026-03-10'])),
    expected: (d) => contactIds(d, (c) => c.anniversary === '2026-03-10'),
  },
  {
    name: 'notOn a date matches other days but not contacts without a date',
    query: contactsWhere(condition('anniversary', 'notOn', ['2026-03-10'])),
    expected: (d) => contactIds(d, (c) => has(c.anniversary) && c.anniversary !== '2026-03-10'),
  },
  {
    name: 'before a date excludes that day',
    query: contactsWhere(condition('anniversary', 'before', ['2026-03-01'])),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, undefined, '2026-03-01')),
  },
  {
    name: 'after a date excludes that day',
    query: contactsWhere(condition('anniversary', 'after', ['2026-03-10'])),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-03-11', undefined)),
  },
  {
    name: 'onOrBefore a date includes that day',
    query: contactsWhere(condition('anniversary', 'onOrBefore', ['2026-03-01'])),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, undefined, '2026-03-02')),
  },
  {
    name: 'onOrAfter a date includes that day',
    query: contactsWhere(condition('anniversary', 'onOrAfter', ['2026-03-10'])),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-03-10', undefined)),
  },
  {
    name: 'between two dates includes both days',
    query: contactsWhere(condition('anniversary', 'between', ['2026-03-01', '2026-03-10'])),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-03-01', '2026-03-11')),
  },
  {
    name: 'today on a date matches 2026-03-10 in UTC',
    query: contactsWhere(condition('anniversary', 'today')),
    expected: (d) => contactIds(d, (c) => c.anniversary === '2026-03-10'),
  },
  {
    name: 'today on a date matches 2026-03-11 in Tokyo, where it is already Wednesday',
    timeZone: 'Asia/Tokyo',
    query: contactsWhere(condition('anniversary', 'today')),
    expected: (d) => contactIds(d, (c) => c.anniversary === '2026-03-11'),
  },
  {
    name: 'yesterday on a date matches 2026-03-09',
    query: contactsWhere(condition('anniversary', 'yesterday')),
    expected: (d) => contactIds(d, (c) => c.anniversary === '2026-03-09'),
  },
  {
    name: 'tomorrow on a date matches 2026-03-11 in Los Angeles',
    timeZone: 'America/Los_Angeles',
    query: contactsWhere(condition('anniversary', 'tomorrow')),
    expected: (d) => contactIds(d, (c) => c.anniversary === '2026-03-11'),
  },
  {
    name: 'thisWeek on a date runs from Monday 2026-03-09 to Sunday 2026-03-15',
    query: contactsWhere(condition('anniversary', 'thisWeek')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-03-09', '2026-03-16')),
  },
  {
    name: 'lastWeek on a date runs from Monday 2026-03-02 to Sunday 2026-03-08',
    query: contactsWhere(condition('anniversary', 'lastWeek')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-03-02', '2026-03-09')),
  },
  {
    name: 'thisMonth on a date matches March 2026, past and future days alike',
    query: contactsWhere(condition('anniversary', 'thisMonth')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-03-01', '2026-04-01')),
  },
  {
    name: 'lastMonth on a date matches February 2026',
    query: contactsWhere(condition('anniversary', 'lastMonth')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-02-01', '2026-03-01')),
  },
  {
    name: 'thisYear on a date matches 2026',
    query: contactsWhere(condition('anniversary', 'thisYear')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-01-01', '2027-01-01')),
  },
  {
    name: 'lastYear on a date matches 2025',
    query: contactsWhere(condition('anniversary', 'lastYear')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2025-01-01', '2026-01-01')),
  },
  {
    // The last 7 days including today: 2026-03-04 to 2026-03-10.
    name: 'inLast 7 days on a date covers today and the six days before',
    query: contactsWhere(condition('anniversary', 'inLast', [7], 'days')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-03-04', '2026-03-11')),
  },
  {
    // Today minus 2 weeks is 2026-02-24, which is outside; the window starts the day after.
    name: 'inLast 2 weeks on a date covers 2026-02-25 to today',
    query: contactsWhere(condition('anniversary', 'inLast', [2], 'weeks')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-02-25', '2026-03-11')),
  },
  {
    name: 'inLast 1 months on a date covers 2026-02-11 to today',
    query: contactsWhere(condition('anniversary', 'inLast', [1], 'months')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-02-11', '2026-03-11')),
  },
  {
    name: 'inLast 3 months on a date covers 2025-12-11 to today',
    query: contactsWhere(condition('anniversary', 'inLast', [3], 'months')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2025-12-11', '2026-03-11')),
  },
  {
    name: 'inLast 1 years on a date covers 2025-03-11 to today',
    query: contactsWhere(condition('anniversary', 'inLast', [1], 'years')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2025-03-11', '2026-03-11')),
  },
  {
    // Today and the six days after: 2026-03-10 to 2026-03-16.
    name: 'inNext 7 days on a date covers today and the six days after',
    query: contactsWhere(condition('anniversary', 'inNext', [7], 'days')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-03-10', '2026-03-17')),
  },
  {
    name: 'inNext 1 months on a date covers today to 2026-04-09',
    query: contactsWhere(condition('anniversary', 'inNext', [1], 'months')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, '2026-03-10', '2026-04-10')),
  },
  {
    name: 'olderThan 7 days on a date matches 2026-03-03 and before',
    query: contactsWhere(condition('anniversary', 'olderThan', [7], 'days')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, undefined, '2026-03-04')),
  },
  {
    name: 'olderThan 1 months on a date matches 2026-02-10 and before',
    query: contactsWhere(condition('anniversary', 'olderThan', [1], 'months')),
    expected: (d) => contactIds(d, (c) => within(c.anniversary, undefined, '2026-02-11')),
  },
  {
    name: 'containsData on a date matches contacts with an anniversary',
    query: contactsWhere(condition('anniversary', 'containsData')),
    expected: (d) => contactIds(d, (c) => has(c.anniversary)),
  },
  {
    name: 'notContainsData on a date matches contacts without a birthday',
    query: contactsWhere(condition('birthdate', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !has(c.birthdate)),
  },
  {
    // Born on or before 1986-03-10: 40 years old today counts.
    name: 'olderThan 40 years includes a contact who turns 40 today',
    query: contactsWhere(condition('birthdate', 'olderThan', [40], 'years')),
    expected: (d) => contactIds(d, (c) => within(c.birthdate, undefined, '1986-03-11')),
  },
  {
    // In Tokyo it is 2026-03-11, so a contact born 1986-03-11 is 40 there.
    name: 'olderThan 40 years in Tokyo also includes a contact who turns 40 tomorrow in UTC',
    timeZone: 'Asia/Tokyo',
    query: contactsWhere(condition('birthdate', 'olderThan', [40], 'years')),
    expected: (d) => contactIds(d, (c) => within(c.birthdate, undefined, '1986-03-12')),
  },
  {
    name: 'olderThan 18 years includes an 18th birthday today and excludes one tomorrow',
    query: contactsWhere(condition('birthdate', 'olderThan', [18], 'years')),
    expected: (d) => contactIds(d, (c) => within(c.birthdate, undefined, '2008-03-11')),
  },
  {
    name: 'before a date on a birthday matches contacts born earlier',
    query: contactsWhere(condition('birthdate', 'before', ['1970-01-01'])),
    expected: (d) => contactIds(d, (c) => within(c.birthdate, undefined, '1970-01-01')),
  },
  {
    name: 'between on a birthday matches a decade, inclusive',
    query: contactsWhere(condition('birthdate', 'between', ['1980-01-01', '1989-12-31'])),
    expected: (d) => contactIds(d, (c) => within(c.birthdate, '1980-01-01', '1990-01-01')),
  },
  {
    name: 'anniversaryInNext 1 matches birthdays today',
    query: contactsWhere(condition('birthdate', 'anniversaryInNext', [1])),
    expected: (d) => contactIds(d, (c) => has(c.birthdate) && monthDay(c.birthdate) === '03-10'),
  },
  {
    name: 'anniversaryInNext 1 in Tokyo matches birthdays on March 11',
    timeZone: 'Asia/Tokyo',
    query: contactsWhere(condition('birthdate', 'anniversaryInNext', [1])),
    expected: (d) => contactIds(d, (c) => has(c.birthdate) && monthDay(c.birthdate) === '03-11'),
  },
  {
    name: 'anniversaryInNext 7 matches birthdays from today to March 16, not March 17',
    query: contactsWhere(condition('birthdate', 'anniversaryInNext', [7])),
    expected: (d) =>
      contactIds(
        d,
        (c) => has(c.birthdate) && monthDay(c.birthdate) >= '03-10' && monthDay(c.birthdate) <= '03-16',
      ),
  },
  {
    name: 'anniversaryInNext 2 in Los Angeles matches birthdays today and tomorrow',
    timeZone: 'America/Los_Angeles',
    query: contactsWhere(condition('birthdate', 'anniversaryInNext', [2])),
    expected: (d) =>
      contactIds(d, (c) => has(c.birthdate) && ['03-10', '03-11'].includes(monthDay(c.birthdate))),
  },
  {
    // The 300th day from today is 2027-01-03: the window wraps past the end of the year.
    name: 'anniversaryInNext 300 wraps into January up to January 3',
    query: contactsWhere(condition('birthdate', 'anniversaryInNext', [300])),
    expected: (d) =>
      contactIds(
        d,
        (c) => has(c.birthdate) && (monthDay(c.birthdate) >= '03-10' || monthDay(c.birthdate) <= '01-03'),
      ),
  },
  {
    // The window ends 2027-02-27: neither February 28 nor February 29 is in it.
    name: 'anniversaryInNext 355 stops before February 28 and leaves out leap-day birthdays',
    query: contactsWhere(condition('birthdate', 'anniversaryInNext', [355])),
    expected: (d) =>
      contactIds(
        d,
        (c) => has(c.birthdate) && (monthDay(c.birthdate) >= '03-10' || monthDay(c.birthdate) <= '02-27'),
      ),
  },
  {
    // The window ends 2027-02-28, and 2027 has no February 29, so leap-day birthdays fall on the 28th.
    name: 'anniversaryInNext 356 celebrates February 29 birthdays on February 28 of 2027',
    query: contactsWhere(condition('birthdate', 'anniversaryInNext', [356])),
    expected: (d) =>
      contactIds(
        d,
        (c) => has(c.birthdate) && (monthDay(c.birthdate) >= '03-10' || monthDay(c.birthdate) <= '02-29'),
      ),
  },
  {
    name: 'anniversaryInNext 7 on a wedding anniversary reads only its month and day',
    query: contactsWhere(condition('anniversary', 'anniversaryInNext', [7])),
    expected: (d) =>
      contactIds(
        d,
        (c) => has(c.anniversary) && monthDay(c.anniversary) >= '03-10' && monthDay(c.anniversary) <= '03-16',
      ),
  },
];
