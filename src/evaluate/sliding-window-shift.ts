import { IANAZone } from 'luxon';
import type { SlidingOperator } from '../definition/operator-catalogue.ts';
import type { TimeContext, TimeTest } from '../definition/time-range.ts';
import type { TimeUnit } from '../definition/time-unit.ts';

/** A sliding window resolved earlier: at which instant, in which time zone, on which local day. */
export interface ResolvedSlidingWindow {
  readonly now: number;
  readonly timeZone: string;
  readonly day: string;
  readonly test: TimeTest;
}

const dayMs = 86_400_000;
/** Zones whose offset never changes, where no offset need be read (reading one costs microseconds). */
const utcZones: ReadonlySet<string> = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']);

/** The bound of each sliding operator that luxon computes by calendar arithmetic; the other is `now`. */
const calendarBound = { inLast: 'from', inNext: 'to', olderThan: 'to' } as const satisfies Record<
  SlidingOperator,
  'from' | 'to'
>;

/**
 * A sliding window of days, weeks, months or years on a `datetime`, moved from an earlier resolution
 * instead of resolved again with luxon, when that gives exactly what `timeTest` would: on the same
 * local day (so month ends clamp alike), with the zone's offset the same at both instants and at both
 * positions of the calendar bound, and the bound at the earlier instant's wall-clock time (luxon keeps
 * the wall-clock time and tries the current offset first, so the bound then moves by exactly the time
 * that passed). Undefined when it cannot.
 */
export function shiftedWindow(
  earlier: ResolvedSlidingWindow | undefined,
  operator: SlidingOperator,
  unit: TimeUnit | undefined,
  clock: TimeContext,
  day: string,
): TimeTest | undefined {
  if (!earlier || earlier.timeZone !== clock.timeZone || earlier.day !== day) return undefined;
  if (unit === 'minutes' || unit === 'hours' || earlier.test.kind !== 'range') return undefined;
  const bound = earlier.test[calendarBound[operator]];
  if (bound === undefined) return undefined;
  const now = clock.now.getTime();
  const passed = now - earlier.now;
  // The calendar arithmetic's own result: `inLast` and `olderThan` add a millisecond to it.
  const moved = Date.parse(bound) - (operator === 'inNext' ? 0 : 1);
  // Same wall-clock time as the earlier instant: not pushed out of a gap in the local time.
  if ((moved - earlier.now) % dayMs !== 0) return undefined;
  if (!utcZones.has(clock.timeZone)) {
    const zone = IANAZone.create(clock.timeZone);
    const offset = zone.offset(earlier.now);
    const same = [now, moved, moved + passed].every((at) => zone.offset(at) === offset);
    if (!zone.isValid || !same) return undefined;
  }
  const move = (text: string | undefined) =>
    text === undefined ? undefined : new Date(Date.parse(text) + passed).toISOString();
  return { kind: 'range', from: move(earlier.test.from), to: move(earlier.test.to) };
}
