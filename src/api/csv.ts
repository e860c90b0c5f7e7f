/**
 * CSV as RFC 4180 writes it: fields separated by commas, quoted when they hold a comma, a quote or a
 * line break (quotes doubled inside), lines ended by CRLF. Multi-choice values are joined with ";",
 * as the CSV import reads them.
 */

/** One value as text: empty for null, `true`/`false`, numbers as written, lists joined by ";". */
function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(fieldText).join(';');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  // JSON.stringify gives undefined for a function or a symbol, whatever its declared type says.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? '';
}

/** One value as a CSV field, quoted when it must be. */
export function csvField(value: unknown): string {
  const text = fieldText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of CSV, with its CRLF. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
