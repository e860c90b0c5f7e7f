import type { TimeUnit } from '../definition/index.ts';

/**
 * The date parts of DATEDIFF and DATEADD (Dynamics: YEAR MONTH DAY HOUR MINUTE, as SQL Server spells
 * them and their abbreviations; WEEK is Segmint's addition) and the calculation windows of HAVING
 * (UTCDAYS, UTCMONTHS, UTCYEARS; UTCMINUTES, UTCHOURS and UTCWEEKS are Segmint's additions).
 */
const dateParts: Readonly<Record<string, TimeUnit>> = {
  year: 'years',
  yy: 'years',
  yyyy: 'years',
  month: 'months',
  mm: 'months',
  m: 'months',
  week: 'weeks',
  wk: 'weeks',
  ww: 'weeks',
  day: 'days',
  dd: 'days',
  d: 'days',
  hour: 'hours',
  hh: 'hours',
  minute: 'minutes',
  mi: 'minutes',
  n: 'minutes',
};

export function datePartUnit(name: string): TimeUnit | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(dateParts, key) ? dateParts[key] : undefined;
}

/** The date part DATEADD and DATEDIFF print for a unit. */
export const datePartOf = {
  minutes: 'minute',
  hours: 'hour',
  days: 'day',
  weeks: 'week',
  months: 'month',
  years: 'year',
} as const satisfies Record<TimeUnit, string>;

const windows: Readonly<Record<string, TimeUnit>> = {
  utcminutes: 'minutes',
  utchours: 'hours',
  utcdays: 'days',
  utcweeks: 'weeks',
  utcmonths: 'months',
  utcyears: 'years',
};

export function windowUnit(name: string): TimeUnit | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(windows, key) ? windows[key] : undefined;
}

/** The window function HAVING prints for a unit. */
export const windowOf = {
  minutes: 'UTCMINUTES',
  hours: 'UTCHOURS',
  days: 'UTCDAYS',
  weeks: 'UTCWEEKS',
  months: 'UTCMONTHS',
  years: 'UTCYEARS',
} as const satisfies Record<TimeUnit, string>;
