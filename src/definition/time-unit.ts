/** Units of relative periods: `inLast 30 days`, `olderThan 40 years`, windows of related records. */
export const timeUnits = ['minutes', 'hours', 'days', 'weeks', 'months', 'years'] as const;

export type TimeUnit = (typeof timeUnits)[number];

/** Units that make sense for a calendar `date` attribute, which has no time of day. */
export const calendarUnits: readonly TimeUnit[] = ['days', 'weeks', 'months', 'years'];

export function isTimeUnit(value: string): value is TimeUnit {
  return (timeUnits as readonly string[]).includes(value);
}
