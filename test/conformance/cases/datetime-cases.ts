import type { ConformanceCase } from '../conformance-case.ts';
import { afterUpTo, contactIds, has, within } from '../member-filters.ts';
import { condition, contactsWhere } from '../query-json.ts';

const la = 'America/Los_Angeles';
const now = '2026-03-10T17:00:00.000Z';

/**
 * Operators on a `datetime` attribute (createdon), which holds UTC instants. Calendar operators read
 * the day in the segment's time zone: in Los Angeles a day starts at 07:00Z after the daylight-saving
 * change of 2026-03-08 and at 08:00Z before it, and 2026-03-08 itself is 23 hours long. Ranges are
 * [from, to) unless written (from, to].
 */
export const datetimeCases: readonly ConformanceCase[] = [
  {
    name: 'today on a date-time in UTC includes 03:00Z, which is still yesterday in Los Angeles',
    query: contactsWhere(condition('createdon', 'today')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-10T00:00:00.000Z', '2026-03-11T00:00:00.000Z')),
  },
  {
    name: 'today on a date-time in Los Angeles runs from 07:00Z to 07:00Z the next day',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'today')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-10T07:00:00.000Z', '2026-03-11T07:00:00.000Z')),
  },
  {
    name: 'on the day clocks went forward in Los Angeles covers its 23 hours only',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'on', ['2026-03-08'])),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-08T08:00:00.000Z', '2026-03-09T07:00:00.000Z')),
  },
  {
    name: 'on the same day in UTC covers a different span of instants',
    query: contactsWhere(condition('createdon', 'on', ['2026-03-08'])),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-08T00:00:00.000Z', '2026-03-09T00:00:00.000Z')),
  },
  {
    name: 'yesterday on a date-time in Los Angeles includes the evening that is today in UTC',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'yesterday')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-09T07:00:00.000Z', '2026-03-10T07:00:00.000Z')),
  },
  {
    name: 'yesterday on a date-time in UTC is Monday 2026-03-09 in UTC',
    query: contactsWhere(condition('createdon', 'yesterday')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-09T00:00:00.000Z', '2026-03-10T00:00:00.000Z')),
  },
  {
    name: 'tomorrow on a date-time in UTC includes 06:30Z, which is still today in Los Angeles',
    query: contactsWhere(condition('createdon', 'tomorrow')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-11T00:00:00.000Z', '2026-03-12T00:00:00.000Z')),
  },
  {
    name: 'tomorrow on a date-time in Los Angeles runs from 07:00Z on March 11',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'tomorrow')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-11T07:00:00.000Z', '2026-03-12T07:00:00.000Z')),
  },
  {
    name: 'thisWeek on a date-time in UTC starts Monday 00:00Z',
    query: contactsWhere(condition('createdon', 'thisWeek')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-09T00:00:00.000Z', '2026-03-16T00:00:00.000Z')),
  },
  {
    name: 'thisWeek on a date-time in Los Angeles starts Monday 07:00Z and keeps Sunday evening',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'thisWeek')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-09T07:00:00.000Z', '2026-03-16T07:00:00.000Z')),
  },
  {
    name: 'lastWeek on a date-time in UTC is Monday 2026-03-02 to Sunday 2026-03-08',
    query: contactsWhere(condition('createdon', 'lastWeek')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z')),
  },
  {
    // The week began in standard time (08:00Z) and ended in daylight time (07:00Z).
    name: 'lastWeek on a date-time in Los Angeles spans the daylight-saving change',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'lastWeek')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-02T08:00:00.000Z', '2026-03-09T07:00:00.000Z')),
  },
  {
    name: 'thisMonth on a date-time in Los Angeles leaves out the last evening of February',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'thisMonth')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-01T08:00:00.000Z', '2026-04-01T07:00:00.000Z')),
  },
  {
    name: 'thisMonth on a date-time in UTC is March in UTC',
    query: contactsWhere(condition('createdon', 'thisMonth')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')),
  },
  {
    name: 'lastMonth on a date-time in Los Angeles is February there',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'lastMonth')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-02-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z')),
  },
  {
    name: 'thisYear on a date-time in UTC is 2026 in UTC',
    query: contactsWhere(condition('createdon', 'thisYear')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')),
  },
  {
    name: 'lastYear on a date-time in Los Angeles includes New Year’s Eve there',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'lastYear')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2025-01-01T08:00:00.000Z', '2026-01-01T08:00:00.000Z')),
  },
  {
    name: 'lastYear on a date-time in UTC is 2025 in UTC',
    query: contactsWhere(condition('createdon', 'lastYear')),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')),
  },
  {
    name: 'inLast 1 hours includes now and excludes exactly one hour ago',
    query: contactsWhere(condition('createdon', 'inLast', [1], 'hours')),
    expected: (d) => contactIds(d, (c) => afterUpTo(c.createdon, '2026-03-10T16:00:00.000Z', now)),
  },
  {
    name: 'inLast 90 minutes reaches back to 15:30Z',
    query: contactsWhere(condition('createdon', 'inLast', [90], 'minutes')),
    expected: (d) => contactIds(d, (c) => afterUpTo(c.createdon, '2026-03-10T15:30:00.000Z', now)),
  },
  {
    name: 'inLast 3 days in UTC reaches back to 17:00Z on March 7',
    query: contactsWhere(condition('createdon', 'inLast', [3], 'days')),
    expected: (d) => contactIds(d, (c) => afterUpTo(c.createdon, '2026-03-07T17:00:00.000Z', now)),
  },
  {
    // 10:00 local three days ago was 10:00 PST, 18:00Z: the window is 71 hours long.
    name: 'inLast 3 days in Los Angeles keeps the wall-clock time across the daylight-saving change',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'inLast', [3], 'days')),
    expected: (d) => contactIds(d, (c) => afterUpTo(c.createdon, '2026-03-07T18:00:00.000Z', now)),
  },
  {
    name: 'inLast 48 hours in Los Angeles is exactly 48 hours, whatever the clocks did',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'inLast', [48], 'hours')),
    expected: (d) => contactIds(d, (c) => afterUpTo(c.createdon, '2026-03-08T17:00:00.000Z', now)),
  },
  {
    name: 'inLast 2 weeks in Los Angeles reaches back to 18:00Z on February 24',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'inLast', [2], 'weeks')),
    expected: (d) => contactIds(d, (c) => afterUpTo(c.createdon, '2026-02-24T18:00:00.000Z', now)),
  },
  {
    name: 'inLast 1 months in UTC includes 17:30Z on February 10',
    query: contactsWhere(condition('createdon', 'inLast', [1], 'months')),
    expected: (d) => contactIds(d, (c) => afterUpTo(c.createdon, '2026-02-10T17:00:00.000Z', now)),
  },
  {
    name: 'inLast 1 months in Los Angeles excludes 17:30Z on February 10',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'inLast', [1], 'months')),
    expected: (d) => contactIds(d, (c) => afterUpTo(c.createdon, '2026-02-10T18:00:00.000Z', now)),
  },
  {
    name: 'inLast 30 days in Los Angeles excludes 17:30Z on February 8, which UTC includes',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'inLast', [30], 'days')),
    expected: (d) => contactIds(d, (c) => afterUpTo(c.createdon, '2026-02-08T18:00:00.000Z', now)),
  },
  {
    name: 'inNext 12 hours includes now and excludes exactly twelve hours ahead',
    query: contactsWhere(condition('createdon', 'inNext', [12], 'hours')),
    expected: (d) => contactIds(d, (c) => within(c.createdon, now, '2026-03-11T05:00:00.000Z')),
  },
  {
    name: 'inNext 2 days excludes exactly two days ahead',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'inNext', [2], 'days')),
    expected: (d) => contactIds(d, (c) => within(c.createdon, now, '2026-03-12T17:00:00.000Z')),
  },
  {
    name: 'inNext 1 months reaches to 17:00Z on April 10',
    query: contactsWhere(condition('createdon', 'inNext', [1], 'months')),
    expected: (d) => contactIds(d, (c) => within(c.createdon, now, '2026-04-10T17:00:00.000Z')),
  },
  {
    name: 'olderThan 1 days includes exactly one day ago and nothing after it',
    query: contactsWhere(condition('createdon', 'olderThan', [1], 'days')),
    expected: (d) => contactIds(d, (c) => has(c.createdon) && c.createdon <= '2026-03-09T17:00:00.000Z'),
  },
  {
    name: 'olderThan 3 days in Los Angeles reaches up to 18:00Z on March 7',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'olderThan', [3], 'days')),
    expected: (d) => contactIds(d, (c) => has(c.createdon) && c.createdon <= '2026-03-07T18:00:00.000Z'),
  },
  {
    name: 'olderThan 1 years includes exactly one year ago',
    query: contactsWhere(condition('createdon', 'olderThan', [1], 'years')),
    expected: (d) => contactIds(d, (c) => has(c.createdon) && c.createdon <= '2025-03-10T17:00:00.000Z'),
  },
  {
    name: 'before a day in Los Angeles ends at that midnight there',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'before', ['2026-03-10'])),
    expected: (d) => contactIds(d, (c) => within(c.createdon, undefined, '2026-03-10T07:00:00.000Z')),
  },
  {
    name: 'after a day in Los Angeles starts at the next midnight there',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'after', ['2026-03-09'])),
    expected: (d) => contactIds(d, (c) => within(c.createdon, '2026-03-10T07:00:00.000Z', undefined)),
  },
  {
    name: 'onOrBefore a day in UTC includes the whole of that day',
    query: contactsWhere(condition('createdon', 'onOrBefore', ['2026-03-09'])),
    expected: (d) => contactIds(d, (c) => within(c.createdon, undefined, '2026-03-10T00:00:00.000Z')),
  },
  {
    name: 'onOrAfter a day in UTC starts at its first instant',
    query: contactsWhere(condition('createdon', 'onOrAfter', ['2026-03-10'])),
    expected: (d) => contactIds(d, (c) => within(c.createdon, '2026-03-10T00:00:00.000Z', undefined)),
  },
  {
    name: 'between two days in Los Angeles includes both whole days across the change',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'between', ['2026-03-08', '2026-03-09'])),
    expected: (d) =>
      contactIds(d, (c) => within(c.createdon, '2026-03-08T08:00:00.000Z', '2026-03-10T07:00:00.000Z')),
  },
  {
    name: 'notOn a day in Los Angeles matches other instants but not contacts without one',
    timeZone: la,
    query: contactsWhere(condition('createdon', 'notOn', ['2026-03-10'])),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          has(c.createdon) && !within(c.createdon, '2026-03-10T07:00:00.000Z', '2026-03-11T07:00:00.000Z'),
      ),
  },
  {
    name: 'after an exact moment compares to the millisecond',
    query: contactsWhere(condition('createdon', 'after', ['2026-03-10T16:59:59.999Z'])),
    expected: (d) => contactIds(d, (c) => has(c.createdon) && c.createdon > '2026-03-10T16:59:59.999Z'),
  },
  {
    name: 'containsData on a date-time matches contacts with a creation time',
    query: contactsWhere(condition('createdon', 'containsData')),
    expected: (d) => contactIds(d, (c) => has(c.createdon)),
  },
  {
    name: 'notContainsData on a date-time matches contacts without one',
    query: contactsWhere(condition('createdon', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !has(c.createdon)),
  },
];
