import { DateTime, type DateTimeUnit } from 'luxon';
import { canonicalInstant } from '../schema/attribute-value.ts';
import type { ConditionValue } from './nodes.ts';
import type { TimeOperator } from './operator-catalogue.ts';
import type { TimeUnit } from './time-unit.ts';

/** The moment a segment is evaluated and the time zone its dates are read in. */
export interface TimeContext {
  readonly now: Date;
  readonly timeZone: string;
}

/**
 * The stored values a date operator accepts, as a half-open range `[from, to)`: calendar dates
 * (`YYYY-MM-DD`) for a `date` attribute, UTC instants (`2026-03-01T08:00:00.000Z`) for a `datetime`.
 * Both sort as text, so every backend compares them the same way.
 */
export interface TimeRange {
  readonly kind: 'range';
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** Anniversaries: the month-day (`MM-DD`) of the value falls in one of these inclusive spans. */
export interface AnniversarySpans {
  readonly kind: 'anniversary';
  readonly spans: readonly { readonly from: string; readonly to: string }[];
}

export type TimeTest = TimeRange | AnniversarySpans;

const luxonUnit = {
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  weeks: 'weeks',
  months: 'months',
  years: 'years',
} as const satisfies Record<TimeUnit, string>;

type Kind = 'date' | 'datetime';

/**
 * Resolves a date condition against the clock, in the segment's time zone (docs/SEGMENTS.md, "Dates").
 * Weeks start on Monday (ISO 8601). Periods are calendar periods: a month back from March 31 is
 * February 28, and days keep the wall-clock time across a daylight-saving change.
 *
 * - `inLast N` is (now − N, now]; on a `date`, the last N days up to and including today.
 * - `inNext N` is [now, now + N); on a `date`, today and the N − 1 days after it.
 * - `olderThan N` is at or before now − N (born 40 years ago today is older than 40 years).
 * - `anniversaryInNext N` is a month-day among today and the N − 1 days after it; February 29
 *   is celebrated on February 28 in other years.
 *
 * @example
 * timeTest('date', 'today', [], undefined, { now, timeZone: 'America/Los_Angeles' });
 * // { kind: 'range', from: '2026-03-09', to: '2026-03-10' }
 */
export function timeTest(
  kind: Kind,
  operator: TimeOperator,
  values: readonly ConditionValue[],
  unit: TimeUnit | undefined,
  clock: TimeContext,
): TimeTest {
  const local = DateTime.fromJSDate(clock.now, { zone: clock.timeZone });
  const today = local.startOf('day');
  const day = (text: ConditionValue | undefined): DateTime =>
    DateTime.fromISO(String(text), { zone: clock.timeZone });
  const range = (from: DateTime | undefined, to: DateTime | undefined): TimeRange => ({
    kind: 'range',
    from: from && write(kind, from),
    to: to && write(kind, to),
  });
  // A bound given as a date means the whole day; a date-time bound (datetime attributes only) is exact.
  const startOf = (value: ConditionValue | undefined): DateTime => instantOf(value) ?? day(value);
  const endOf = (value: ConditionValue | undefined): DateTime =>
    instantOf(value)?.plus({ milliseconds: 1 }) ?? day(value).plus({ days: 1 });
  const calendar = (period: DateTimeUnit, offset: number): TimeRange => {
    const start = today.startOf(period).plus({ [`${period}s`]: offset });
    return range(start, start.plus({ [`${period}s`]: 1 }));
  };
  const count = Number(values[0] ?? 0);
  const span = { [luxonUnit[unit ?? 'days']]: count };
  // Dates move by whole days from today; instants by exact units from now.
  const anchor = kind === 'date' ? today : local;
  const step = kind === 'date' ? { days: 1 } : { milliseconds: 1 };

  switch (operator) {
    case 'on':
      return range(day(values[0]), day(values[0]).plus({ days: 1 }));
    case 'before':
      return range(undefined, startOf(values[0]));
    case 'after':
      return range(endOf(values[0]), undefined);
    case 'onOrBefore':
      return range(undefined, endOf(values[0]));
    case 'onOrAfter':
      return range(startOf(values[0]), undefined);
    case 'between':
      return range(startOf(values[0]), endOf(values[1]));
    case 'inLast':
      return range(anchor.minus(span).plus(step), anchor.plus(step));
    case 'inNext':
      return range(anchor, anchor.plus(span));
    case 'olderThan':
      return range(undefined, anchor.minus(span).plus(step));
    case 'today':
      return calendar('day', 0);
    case 'yesterday':
      return calendar('day', -1);
    case 'tomorrow':
      return calendar('day', 1);
    case 'thisWeek':
      return calendar('week', 0);
    case 'lastWeek':
      return calendar('week', -1);
    case 'thisMonth':
      return calendar('month', 0);
    case 'lastMonth':
      return calendar('month', -1);
    case 'thisYear':
      return calendar('year', 0);
    case 'lastYear':
      return calendar('year', -1);
    case 'anniversaryInNext':
      return anniversarySpans(today, Math.min(count, 366));
  }
}

function instantOf(value: ConditionValue | undefined): DateTime | undefined {
  if (typeof value !== 'string' || value.length <= 10) return undefined;
  const canonical = canonicalInstant(value);
  return canonical === undefined ? undefined : DateTime.fromISO(canonical, { zone: 'UTC' });
}

function write(kind: Kind, moment: DateTime): string {
  if (kind === 'date') return moment.toISODate() ?? '';
  return moment.toUTC().toISO() ?? '';
}

function anniversarySpans(today: DateTime, days: number): AnniversarySpans {
  if (days <= 0) return { kind: 'anniversary', spans: [] };
  const last = today.plus({ days: days - 1 });
  const monthDay = (d: DateTime): string => d.toFormat('MM-dd');
  const from = monthDay(today);
  let to = monthDay(last);
  // February 29 is celebrated on February 28 when the year has no February 29.
  if (to === '02-28' && !last.isInLeapYear) to = '02-29';
  if (days >= 366 || (last.year > today.year && to >= from)) {
    return { kind: 'anniversary', spans: [{ from: '01-01', to: '12-31' }] };
  }
  if (last.year > today.year) {
    return {
      kind: 'anniversary',
      spans: [
        { from, to: '12-31' },
        { from: '01-01', to },
      ],
    };
  }
  return { kind: 'anniversary', spans: [{ from, to }] };
}
