import type { ValidCondition } from '../../definition/nodes.ts';
import type { TimeOperator } from '../../definition/operator-catalogue.ts';
import type { TimeRange, TimeTest } from '../../definition/time-range.ts';
import type { ConditionCheck } from '../condition-check.ts';
import type { TimeTests } from '../time-tests.ts';
import { instantOf } from './build-column.ts';
import type { InstantColumn } from './column.ts';
import { flagRows } from './scratch.ts';

/**
 * The rows whose date passes the positive test, or undefined when a bound is not canonical (then
 * `dateTest` decides row by row). `timeTest` resolves the operator, through the same `TimeTests` as
 * the evaluator, so time zones, weeks and calendar periods mean what they mean there.
 */
export function timeKernel(
  column: InstantColumn,
  check: ConditionCheck<TimeOperator>,
  node: ValidCondition,
  times: TimeTests,
): Uint8Array | undefined {
  const kind = column.attribute.type === 'date' ? 'date' : 'datetime';
  const test = times.resolve(node, kind, check.operator, check.values, check.unit);
  return timeTestHits(column, test);
}

/** The rows inside `test`: a range (`inRange`) or anniversary spans (`passesTimeTest`); missing rows never. */
export function timeTestHits(column: InstantColumn, test: TimeTest): Uint8Array | undefined {
  const { instants } = column;
  const hits = flagRows(instants.length);
  if (test.kind === 'range') {
    const bounds = rangeBounds(test, column.attribute.type === 'date' ? 10 : 24);
    if (!bounds) return undefined;
    const [from, to] = bounds;
    // NaN (missing) fails both comparisons.
    for (let r = 0; r < instants.length; r++) {
      const ms = instants[r] ?? Number.NaN;
      if (ms >= from && ms < to) hits[r] = 1;
    }
    return hits;
  }
  // Anniversaries are of dates only (the catalogue): the month-day of the stored `YYYY-MM-DD`.
  const { monthDays } = column;
  if (column.attribute.type !== 'date' || !monthDays) return undefined;
  // Every MMDD inside a span, flagged once: then a row is one lookup (0, missing, is never inside).
  const inSpans = new Uint8Array(1232);
  for (const span of test.spans) inSpans.fill(1, monthDayNumber(span.from), monthDayNumber(span.to) + 1);
  inSpans[0] = 0;
  for (let r = 0; r < monthDays.length; r++) hits[r] = inSpans[monthDays[r] ?? 0] ?? 0;
  return hits;
}

/**
 * Clears in `flags` the rows outside the range `test` (missing rows too), and says whether it could:
 * false, having changed nothing, when a bound is not canonical.
 */
export function keepInRange(column: InstantColumn, test: TimeRange, flags: Uint8Array): boolean {
  const bounds = instantRange(column, test);
  if (!bounds) return false;
  const [from, to] = bounds;
  const { instants } = column;
  for (let r = 0; r < flags.length; r++) {
    if (flags[r] !== 1) continue;
    const ms = instants[r] ?? Number.NaN;
    // NaN (missing) fails both comparisons.
    if (!(ms >= from && ms < to)) flags[r] = 0;
  }
  return true;
}

/** `test` as epoch milliseconds `[from, to)` over `column`'s instants; undefined when a bound is not canonical. */
export function instantRange(column: InstantColumn, test: TimeRange): readonly [number, number] | undefined {
  return rangeBounds(test, column.attribute.type === 'date' ? 10 : 24);
}

/** A range as epoch milliseconds, open ends infinite; undefined when a bound is not canonical text. */
function rangeBounds(range: TimeRange, length: number): readonly [number, number] | undefined {
  // A bound of the other kind's length would sort differently as text than as a moment.
  const read = (text: string) => (text.length === length ? instantOf(text) : undefined);
  const from = range.from === undefined ? Number.NEGATIVE_INFINITY : read(range.from);
  const to = range.to === undefined ? Number.POSITIVE_INFINITY : read(range.to);
  return from === undefined || to === undefined ? undefined : [from, to];
}

/** `MM-DD` as the number MMDD: the two compare alike. */
function monthDayNumber(text: string): number {
  return Number(text.slice(0, 2)) * 100 + Number(text.slice(3, 5));
}
