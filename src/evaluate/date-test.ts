import { DateTime } from 'luxon';
import { assertNever } from '../definition/nodes.ts';
import type { TimeOperator } from '../definition/operator-catalogue.ts';
import type { TimeRange, TimeTest } from '../definition/time-range.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import { invalidValue, type ConditionCheck } from './condition-check.ts';
import type { TemporalKind, TimeTests } from './time-tests.ts';

/**
 * A date or date-time condition. `timeTest` owns the meaning of every operator (time zone, weeks,
 * calendar periods); this only checks a stored value against the range or spans it returns.
 */
export function dateTest(
  check: ConditionCheck<TimeOperator>,
  kind: TemporalKind,
  value: AttributeValue,
  node: object,
  times: TimeTests,
): boolean {
  if (typeof value !== 'string')
    return invalidValue(check, kind === 'date' ? 'a date' : 'a date and time', value);
  const test = times.resolve(node, kind, check.operator, check.values, check.unit);
  return passesTimeTest(test, kind, value, times.clock.timeZone);
}

/** True when the stored `value` is inside `test`. */
export function passesTimeTest(test: TimeTest, kind: TemporalKind, value: string, timeZone: string): boolean {
  switch (test.kind) {
    case 'range':
      return inRange(test, value);
    case 'anniversary': {
      const day = monthDay(kind, value, timeZone);
      return test.spans.some((span) => span.from <= day && day <= span.to);
    }
    default:
      return assertNever(test);
  }
}

/** `from <= value < to`: calendar dates and canonical UTC instants both sort as text. */
export function inRange(range: TimeRange, value: string): boolean {
  return (range.from === undefined || range.from <= value) && (range.to === undefined || value < range.to);
}

/** `MM-DD` of the value; an instant is read as a calendar day in the segment's time zone first. */
function monthDay(kind: TemporalKind, value: string, timeZone: string): string {
  if (kind === 'date') return value.slice(5, 10);
  return DateTime.fromISO(value, { zone: 'UTC' }).setZone(timeZone).toFormat('MM-dd');
}
