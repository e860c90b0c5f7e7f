/**
 * Date-time values: the API needs a moment that says its offset (`2026-03-01T09:30:00+01:00`), while a
 * `datetime-local` picker speaks the browser's wall-clock time (`2026-03-01T09:30`).
 */

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** The browser's offset at local time `local`, as `+01:00`. */
export function offsetAt(local: Date): string {
  const minutes = -local.getTimezoneOffset();
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A picker's wall-clock text as a moment with the browser's offset; '' stays ''. */
export function momentFromLocal(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return local;
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return local;
  return `${local.slice(0, 16)}:00${offsetAt(date)}`;
}

/** A stored value as the picker's wall-clock text in the browser's time zone. */
export function localFromMoment(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
