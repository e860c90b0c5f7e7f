import { DateTime } from 'luxon';
import { defaultScale } from './attribute-type.ts';
import { resolveChoice } from './dataverse-names.ts';
import { decimalFromInput, decimalPlaces } from './decimal.ts';
import type { AttributeDef } from './schema-types.ts';
import { textLength, textMaxLength } from './text-length.ts';

/**
 * The value of an attribute as Segmint keeps it, whatever the backend: strings; integers as numbers;
 * decimals as canonical text; booleans; dates as `YYYY-MM-DD`; date-times as UTC ISO text with
 * milliseconds; a multi-choice as its sorted, distinct option values; a lookup as the target's id.
 */
export type AttributeValue = string | number | boolean | readonly string[] | null;

export type ValueResult =
  { readonly ok: true; readonly value: AttributeValue } | { readonly ok: false; readonly reason: string };

const ok = (value: AttributeValue): ValueResult => ({ ok: true, value });
const fail = (reason: string): ValueResult => ({ ok: false, reason });

const figure = (n: number) => n.toLocaleString('en-US');

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The scale a decimal or money attribute keeps. */
export function scaleOf(attribute: AttributeDef): number {
  if (attribute.type === 'money') return attribute.scale ?? defaultScale.money;
  return attribute.scale ?? defaultScale.decimal;
}

/** True when `text` is a real calendar date written `YYYY-MM-DD` (proleptic Gregorian, as Luxon reads it). */
export function isCalendarDate(text: string): boolean {
  if (!datePattern.test(text)) return false;
  // Plain arithmetic: an import checks a date or two on every row, and Luxon takes ~12 µs for each.
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** UTC text to the second or the millisecond, such as `2024-01-02T03:04:05Z`. */
const utcInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.(\d{1,3}))?Z$/;

/** Reads an ISO 8601 date-time (an offset or `Z`; none means UTC) as canonical UTC text. */
export function canonicalInstant(text: string): string | undefined {
  // UTC text to the second or millisecond (what Segmint writes back, and most exports: Dynamics writes
  // `2024-01-02T03:04:05Z`) needs no Luxon (~12 µs a value) when JavaScript's own parse prints it back
  // as the same instant; anything else (a day JavaScript rolls over, such as February 30) is Luxon's.
  const utc = utcInstantPattern.exec(text);
  const ms = utc ? Date.parse(text) : Number.NaN;
  if (utc && !Number.isNaN(ms)) {
    const canonical = new Date(ms).toISOString();
    const fraction = (utc[1] ?? '').padEnd(3, '0');
    if (canonical.slice(0, 19) === text.slice(0, 19) && canonical.slice(20, 23) === fraction)
      return canonical;
  }
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return undefined;
  const parsed = DateTime.fromISO(text.replace(' ', 'T'), { zone: 'UTC', setZone: true });
  if (!parsed.isValid) return undefined;
  return parsed.toUTC().toISO({ suppressMilliseconds: false });
}

/**
 * Turns what a user sent (JSON or a CSV cell) into the kept value of `attribute`, or says why it cannot.
 * Empty text and empty lists are null: "contains data" is false for them, as in Dataverse. Text longer
 * than the attribute's maximum length is refused, naming both lengths. A choice takes its option value,
 * or a JSON number as the option's Dataverse integer value (`gendercode: 2` is `female`); labels are
 * for CSV files (the import resolves them, `resolveChoice`), not for values sent as JSON.
 */
export function normalizeValue(attribute: AttributeDef, raw: unknown): ValueResult {
  if (raw === null || raw === undefined || raw === '') return ok(null);
  // PostgreSQL text cannot hold NUL; refusing it everywhere keeps both backends alike.
  if (typeof raw === 'string' && raw.includes('\u0000'))
    return fail('contains a NUL character, which text cannot hold');
  switch (attribute.type) {
    case 'string':
    case 'lookup': {
      const text = typeof raw === 'number' && attribute.type === 'string' ? String(raw) : raw;
      if (typeof text !== 'string') return fail('expected text');
      if (attribute.type === 'string') {
        const max = textMaxLength(attribute);
        // Characters are never more than UTF-16 units, so only long text needs counting.
        const length = text.length > max ? textLength(text) : 0;
        if (length > max)
          return fail(
            `is ${figure(length)} characters long; it holds at most ${figure(max)} (its maximum length)`,
          );
      }
      return ok(text);
    }
    case 'integer': {
      const n = typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw) ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isSafeInteger(n)) return fail('expected a whole number');
      return ok(n);
    }
    case 'decimal':
    case 'money': {
      const text = decimalFromInput(raw);
      if (text === undefined) return fail('expected a number such as 1250.50');
      const scale = scaleOf(attribute);
      if (decimalPlaces(text) > scale) return fail(`has more than ${scale} digits after the decimal point`);
      // Scaled by 10^scale, the value must fit a 64-bit integer exactly: at most 18 digits in all.
      const wholeDigits = text.replace(/^-/, '').split('.')[0]?.length ?? 0;
      if (wholeDigits + scale > 18)
        return fail(`is too large: at most ${18 - scale} digits before the decimal point`);
      return ok(text);
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return ok(raw);
      const text = scalarText(raw)?.trim().toLowerCase();
      if (text === undefined) return fail('expected true or false');
      if (['true', '1', 'yes'].includes(text)) return ok(true);
      if (['false', '0', 'no'].includes(text)) return ok(false);
      return fail('expected true or false');
    }
    case 'date': {
      if (typeof raw === 'string' && isCalendarDate(raw.trim())) return ok(raw.trim());
      return fail('expected a date written YYYY-MM-DD');
    }
    case 'datetime': {
      if (raw instanceof Date && !Number.isNaN(raw.getTime())) return ok(raw.toISOString());
      const text = typeof raw === 'string' ? canonicalInstant(raw.trim()) : undefined;
      if (text === undefined) return fail('expected a date and time such as 2026-03-01T09:30:00Z');
      return ok(text);
    }
    case 'choice': {
      // A number is a Dataverse integer value (`gendercode: 2`), as Dataverse's Web API takes choices.
      if (typeof raw === 'number') {
        const resolved = resolveChoice(attribute, raw);
        return resolved.ok ? ok(resolved.option.value) : fail(resolved.reason);
      }
      const value = scalarText(raw);
      if (value === undefined) return fail('expected one option value');
      if (!attribute.options?.some((o) => o.value === value))
        return fail(`"${value}" is not one of its options`);
      return ok(value);
    }
    case 'multichoice': {
      // A CSV cell lists the options separated by semicolons, as Dataverse exports them.
      const items: unknown[] = Array.isArray(raw) ? raw : (scalarText(raw) ?? '').split(';');
      const texts = items.map((item) =>
        typeof item === 'number' ? dataverseOption(attribute, item) : scalarText(item),
      );
      if (texts.some((t) => t === undefined)) return fail('expected a list of option values');
      const strings = texts.map((t) => (t ?? '').trim()).filter((t) => t !== '');
      const unknown = strings.filter((v) => !attribute.options?.some((o) => o.value === v));
      if (unknown.length > 0) return fail(`${unknown.map((v) => `"${v}"`).join(', ')} not among its options`);
      const distinct = [...new Set(strings)].sort();
      return ok(distinct.length === 0 ? null : distinct);
    }
  }
}

/** The option value a number names, as a Dataverse integer value (or as text, when no option has it). */
function dataverseOption(attribute: AttributeDef, n: number): string {
  const resolved = resolveChoice(attribute, n);
  return resolved.ok ? resolved.option.value : String(n);
}

/** The text of a string, number or boolean; undefined for anything else (objects, arrays). */
function scalarText(raw: unknown): string | undefined {
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
    ? String(raw)
    : undefined;
}
