/**
 * CSV as RFC 4180 writes it: fields separated by commas, quoted when they hold a comma, a quote or a
 * line break (quotes doubled inside), lines ended by CRLF. Multi-choice values are joined with ";",
 * as the CSV import reads them.
 *
 * Every CSV Segmint writes is safe to open in a spreadsheet, as OWASP's "CSV Injection" page asks:
 *
 * - A **text** cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return, which a
 *   spreadsheet would read as the start of a formula, gets a single quote `'` in front
 *   (`=HYPERLINK(…)` is written `'=HYPERLINK(…)`, then quoted as RFC 4180 needs).
 * - A text cell that holds `;` or a tab is quoted as well: spreadsheets in many locales split on `;`
 *   (and offer tab), and OWASP warns that a separator inside a value starts a new cell whose first
 *   character the check above never saw (`a;=1+1`, or a multi-choice `art;=1+1`).
 * - Only text is neutralised: ids, `string`, `choice`, `lookup` and `multichoice` values (the joined
 *   text), column names, and strings given to `csvField`. A value Segmint formats itself (integers,
 *   decimals, money, booleans, dates, date-times; numbers and booleans given to `csvField`) is not
 *   text anyone wrote and cannot hold a formula, so `-5` stays the number -5 in the spreadsheet.
 *
 * `'keep'` turns all of this off and writes RFC 4180 alone, for a program rather than a spreadsheet.
 */

/** What a CSV writer does with text that a spreadsheet would read as a formula. */
export type FormulaCells = 'escape' | 'keep';

/** The choices, the default first (for the HTTP querystring and the command line). */
export const formulaCellChoices = ['escape', 'keep'] as const satisfies readonly FormulaCells[];

// Equals, plus, minus, at, tab, carriage return: what OWASP says no cell may begin with.
const formulaStart = /^[=+\-@\t\r]/;
const mustQuote = { escape: /[",;\t\r\n]/, keep: /[",\r\n]/ } satisfies Record<FormulaCells, RegExp>;
const quotes = /"/g;

/** Text someone wrote as a CSV field: neutralised when `formulas` is `'escape'`, quoted when it must be. */
export function csvText(text: string, formulas: FormulaCells = 'escape'): string {
  const cell = formulas === 'escape' && formulaStart.test(text) ? `'${text}` : text;
  return mustQuote[formulas].test(cell) ? `"${cell.replace(quotes, '""')}"` : cell;
}

/**
 * A value Segmint formatted itself (a decimal's canonical text, a date) as a CSV field: as it is, never
 * neutralised. These never hold a character that needs quotes.
 */
export function csvFormatted(value: string | number | boolean | null): string {
  return value === null ? '' : String(value);
}

/**
 * One value as a CSV field: empty for null, `true`/`false`, numbers as written (never neutralised);
 * strings, lists joined by ";" and anything else as JSON are text, through `csvText`.
 *
 * @example
 * csvField('=1+1') // "'=1+1"
 * csvField(-5) // "-5"
 * csvField('=1+1', 'keep') // "=1+1"
 */
export function csvField(value: unknown, formulas: FormulaCells = 'escape'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return csvText(fieldText(value), formulas);
}

/** One line of CSV, with its CRLF. */
export function csvLine(values: readonly unknown[], formulas: FormulaCells = 'escape'): string {
  return `${values.map((value) => csvField(value, formulas)).join(',')}\r\n`;
}

/** A value other than a number or a boolean as text: lists joined by ";", objects as JSON. */
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
