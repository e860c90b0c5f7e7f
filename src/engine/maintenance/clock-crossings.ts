import { DateTime } from 'luxon';
import type { TimeTest } from '../../definition/time-range.ts';
import { memoizedTimeTest } from '../../evaluate/index.ts';
import type { ClockDependency } from './segment-dependencies.ts';

/**
 * The stored values whose truth under a clock condition may have changed between two moments: the
 * records to re-check on a clock tick. A tick then costs what crossed a boundary, not the database.
 */
export type Crossing =
  | { readonly kind: 'range'; readonly from?: string | undefined; readonly to?: string | undefined }
  | { readonly kind: 'monthDays'; readonly days: readonly string[] };

/** The value ranges that crossed a boundary of `dependency` between `before` and `after`. */
export function crossingsOf(
  dependency: ClockDependency,
  before: Date,
  after: Date,
  timeZone: string,
): Crossing[] {
  // Remembered per dependency: the test at `before` is the one the last tick computed at its `after`,
  // and a test read from today is the same object all day, so most minutes cost no date arithmetic.
  const at = (now: Date): TimeTest =>
    memoizedTimeTest(
      dependency.node,
      dependency.type,
      dependency.operator,
      dependency.values,
      dependency.unit,
      { now, timeZone },
    );
  const old = at(before);
  const current = at(after);
  if (old === current) return [];
  if (old.kind === 'anniversary' || current.kind === 'anniversary') {
    const days = (test: TimeTest) =>
      test.kind === 'anniversary' ? monthDaysOf(test.spans) : new Set<string>();
    const a = days(old);
    const b = days(current);
    const changed = [...a, ...b].filter((d) => a.has(d) !== b.has(d));
    return changed.length === 0 ? [] : [{ kind: 'monthDays', days: [...new Set(changed)].sort() }];
  }
  // A value changes sides only between the old and new position of a bound.
  const crossings: Crossing[] = [];
  const between = (x: string | undefined, y: string | undefined) => {
    // An operator's bounds are either always open or always set, so both or neither are undefined.
    if (x === y || x === undefined || y === undefined) return;
    crossings.push(x < y ? { kind: 'range', from: x, to: y } : { kind: 'range', from: y, to: x });
  };
  between(old.from, current.from);
  between(old.to, current.to);
  return crossings;
}

function monthDaysOf(spans: readonly { readonly from: string; readonly to: string }[]): Set<string> {
  const days = new Set<string>();
  for (const span of spans) {
    // Walk a leap year so February 29 is a day like the others.
    let day = DateTime.fromISO(`2024-${span.from}`, { zone: 'UTC' });
    const last = DateTime.fromISO(`2024-${span.to}`, { zone: 'UTC' });
    while (day <= last) {
      days.add(day.toFormat('MM-dd'));
      day = day.plus({ days: 1 });
    }
  }
  return days;
}
