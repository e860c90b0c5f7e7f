import { DateTime } from 'luxon';
import type { ConditionValue } from '../definition/nodes.ts';
import { operators, type SlidingOperator, type TimeOperator } from '../definition/operator-catalogue.ts';
import { isSlidingOperator } from '../definition/operator-sets.ts';
import { timeTest, type TimeContext, type TimeTest } from '../definition/time-range.ts';
import type { TimeUnit } from '../definition/time-unit.ts';
import { shiftedWindow, type ResolvedSlidingWindow } from './sliding-window-shift.ts';

type TemporalKind = 'date' | 'datetime';

/** Units that luxon adds as exact durations, whatever the time zone (days and longer follow the calendar). */
const exactUnitMs: Partial<Record<TimeUnit, number>> = { minutes: 60_000, hours: 3_600_000 };

const lastResolved = new WeakMap<
  object,
  { readonly key: string; readonly test: TimeTest; readonly window?: ResolvedSlidingWindow }
>();
const localDays = new Map<
  string,
  readonly { readonly start: number; readonly end: number; readonly day: string }[]
>();

/**
 * `timeTest`, remembered per definition node for as long as its result cannot change: a fixed date
 * for ever, a test read from today (every test on a `date`, and calendar periods) until midnight in
 * the time zone, a sliding window on a `datetime` for the same instant (and a later one is moved from
 * the last by plain arithmetic where that is exact). Resolving a test with luxon costs tens of
 * microseconds, and live maintenance and the clock ask for the same ones again and again.
 *
 * @param node an immutable object that stands for the condition (its definition node)
 */
export function memoizedTimeTest(
  node: object,
  kind: TemporalKind,
  operator: TimeOperator,
  values: readonly ConditionValue[],
  unit: TimeUnit | undefined,
  clock: TimeContext,
): TimeTest {
  const key = validityKey(kind, operator, clock);
  const known = lastResolved.get(node);
  if (known?.key === key) return known.test;
  if (kind !== 'datetime' || !isSlidingOperator(operator)) {
    const test = timeTest(kind, operator, values, unit, clock);
    lastResolved.set(node, { key, test });
    return test;
  }
  const day = localDay(clock.now.getTime(), clock.timeZone);
  const test =
    exactWindow(kind, operator, values, unit, clock) ??
    shiftedWindow(known?.window, operator, unit, clock, day) ??
    timeTest(kind, operator, values, unit, clock);
  const window = { now: clock.now.getTime(), timeZone: clock.timeZone, day, test };
  lastResolved.set(node, { key, test, window });
  return test;
}

/** A key that stays the same exactly while the test's result stays the same. */
function validityKey(kind: TemporalKind, operator: TimeOperator, clock: TimeContext): string {
  // Fixed by its values, the range depends on the time zone only.
  if (operators[operator].clock === 'none') return clock.timeZone;
  if (kind === 'datetime' && isSlidingOperator(operator))
    return `${clock.timeZone}|${String(clock.now.getTime())}`;
  return `${clock.timeZone}|${localDay(clock.now.getTime(), clock.timeZone)}`;
}

/** Today's date in `timeZone`, from the days last computed there while `at` falls inside one. */
function localDay(at: number, timeZone: string): string {
  const known = localDays.get(timeZone) ?? [];
  for (const day of known) if (day.start <= at && at < day.end) return day.day;
  const start = DateTime.fromMillis(at, { zone: timeZone }).startOf('day');
  const day = {
    start: start.toMillis(),
    end: start.plus({ days: 1 }).toMillis(),
    day: start.toISODate() ?? '',
  };
  // A clock tick asks about the moment of the last tick and now, often a day apart: keep a few days.
  localDays.set(timeZone, [day, ...known.slice(0, 3)]);
  return day.day;
}

/**
 * A sliding window of whole minutes or hours on a `datetime`, by plain arithmetic: the same range
 * `timeTest` gives (luxon adds these units as exact durations), without its cost.
 */
function exactWindow(
  kind: TemporalKind,
  operator: SlidingOperator,
  values: readonly ConditionValue[],
  unit: TimeUnit | undefined,
  clock: TimeContext,
): TimeTest | undefined {
  const unitMs = unit === undefined ? undefined : exactUnitMs[unit];
  const count = Number(values[0]);
  if (kind !== 'datetime' || unitMs === undefined || !Number.isSafeInteger(count)) return undefined;
  const now = clock.now.getTime();
  const span = count * unitMs;
  const at = (ms: number) => new Date(ms).toISOString();
  return exactWindows[operator](now, span, at);
}

/** Each sliding window at `now` of length `span` ms, as `timeTest` gives it. */
const exactWindows = {
  inLast: (now, span, at) => ({ kind: 'range', from: at(now - span + 1), to: at(now + 1) }),
  inNext: (now, span, at) => ({ kind: 'range', from: at(now), to: at(now + span) }),
  olderThan: (now, span, at) => ({ kind: 'range', from: undefined, to: at(now - span + 1) }),
} satisfies Record<SlidingOperator, (now: number, span: number, at: (ms: number) => string) => TimeTest>;
