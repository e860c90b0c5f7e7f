/** Months and days of dates held as epoch milliseconds: what anniversaries (birthdays) test. */

export const msPerDay = 86_400_000;

/**
 * The month and day (as MMDD) of the UTC date `days` days after 1970-01-01, by integer arithmetic
 * (Howard Hinnant's `civil_from_days`) rather than a `Date` per row.
 */
export function monthDayOfDays(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // months from March
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return month * 100 + day;
}

/** The month and day (MMDD) of each date in `instants`, epoch milliseconds at UTC midnight; 0 where missing. */
export function monthDaysOf(instants: Float64Array): Uint16Array {
  const monthDays = new Uint16Array(instants.length);
  for (let r = 0; r < instants.length; r++) {
    const ms = instants[r] ?? Number.NaN;
    if (!Number.isNaN(ms)) monthDays[r] = monthDayOfDays(Math.floor(ms / msPerDay));
  }
  return monthDays;
}
