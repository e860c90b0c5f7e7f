import { IANAZone } from 'luxon';
import type { Problem } from '../schema/problem.ts';
import { problem } from './problem-codes.ts';

/** True for an IANA time zone name that this runtime knows (`America/Los_Angeles`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** A problem for a time zone that is not an IANA name. */
export function validateTimeZone(zone: string, path: string): Problem[] {
  if (isValidTimeZone(zone)) return [];
  return [
    problem(
      'INVALID_TIME_ZONE',
      path,
      `"${zone}" is not a time zone. Use an IANA name such as "America/Los_Angeles", "Europe/Paris" or "UTC".`,
    ),
  ];
}
