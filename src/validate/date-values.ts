import { DateTime } from 'luxon';
import type { ConditionValue } from '../definition/nodes.ts';
import type { Operator } from '../definition/operator-catalogue.ts';
import { takesWholeDays } from '../definition/operator-sets.ts';
import { canonicalInstant, isCalendarDate } from '../schema/attribute-value.ts';
import type { Problem } from '../schema/problem.ts';
import type { AttributeDef } from '../schema/schema-types.ts';
import { labelOf, nameOf, nameWithType, show } from './describe.ts';
import { problem } from './problem-codes.ts';

/**
 * Values of date operators: a calendar day `YYYY-MM-DD`, read in the segment's time zone. On a
 * `datetime` attribute the range operators (before, after, between, …) may also take an exact moment,
 * which must say its offset: without one, "09:30" would silently mean 09:30 UTC.
 */

const dayExample = '2026-03-01';
const instantExample = '2026-03-01T09:30:00Z';

export function dateValueProblem(
  attribute: AttributeDef,
  operator: Operator,
  value: ConditionValue,
  path: string,
): Problem | undefined {
  const momentsAllowed = attribute.type === 'datetime' && !takesWholeDays(operator);
  const expected = `a date written YYYY-MM-DD, such as ${dayExample}${momentsAllowed ? `, or a date and time such as ${instantExample}` : ''}`;
  if (typeof value !== 'string') {
    return problem(
      'WRONG_VALUE_TYPE',
      path,
      `${nameWithType(attribute)}, needs ${expected}; ${show(value)} is not one.`,
    );
  }
  if (isCalendarDate(value)) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}[T ]/.test(value)) {
    return problem('INVALID_DATE', path, `"${value}" is not a date. ${nameOf(attribute)} needs ${expected}.`);
  }
  if (attribute.type === 'date') {
    return problem(
      'INVALID_DATE',
      path,
      `${nameOf(attribute)} is a date without a time of day; write just the day, such as ${dayExample}.`,
    );
  }
  if (!momentsAllowed) {
    return problem(
      'INVALID_DATE',
      path,
      `${labelOf(operator)} needs a calendar day such as ${dayExample}, not "${value}", a moment in time.`,
    );
  }
  if (canonicalInstant(value) === undefined) {
    return problem(
      'INVALID_DATE',
      path,
      `"${value}" is not a date and time. Write it like ${instantExample}.`,
    );
  }
  if (!/(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(value)) {
    return problem(
      'INVALID_DATE',
      path,
      `"${value}" does not say its time zone: end it with Z for UTC or an offset such as -08:00.`,
    );
  }
  return undefined;
}

/** True when a between's range is empty: it starts at or after the moment it ends. Both values are valid. */
export function dateBoundsReversed(low: ConditionValue, high: ConditionValue, timeZone: string): boolean {
  const start = momentOf(String(low), timeZone, false);
  const end = momentOf(String(high), timeZone, true);
  return start !== undefined && end !== undefined && start >= end;
}

/** A day's first moment (or the moment after its last) in the zone; an exact moment as itself. */
function momentOf(text: string, timeZone: string, end: boolean): number | undefined {
  if (isCalendarDate(text)) {
    const day = DateTime.fromISO(text, { zone: timeZone });
    return (end ? day.plus({ days: 1 }) : day).toMillis();
  }
  const instant = canonicalInstant(text);
  if (instant === undefined) return undefined;
  return DateTime.fromISO(instant, { zone: 'UTC' }).toMillis() + (end ? 1 : 0);
}
