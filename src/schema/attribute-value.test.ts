import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { canonicalInstant, isCalendarDate, normalizeValue } from './attribute-value.ts';
import { Schema } from './schema.ts';

const schema = Schema.builtin();
const attr = (name: string) => {
  const found = schema.attribute('contact', name);
  if (!found) throw new Error(name);
  return found;
};

describe('normalizeValue', () => {
  it('keeps date-times as UTC text with milliseconds, whatever offset they came with', () => {
    expect(normalizeValue(attr('createdon'), '2026-03-08T01:30:00-08:00')).toEqual({
      ok: true,
      value: '2026-03-08T09:30:00.000Z',
    });
  });

  it('refuses impossible dates and names the expected form', () => {
    expect(normalizeValue(attr('birthdate'), '2026-02-30')).toEqual({
      ok: false,
      reason: 'expected a date written YYYY-MM-DD',
    });
  });

  it('sorts and de-duplicates multi-choice values and reads them from a CSV cell', () => {
    expect(normalizeValue(attr('interests'), 'wine; craftbeer;wine')).toEqual({
      ok: true,
      value: ['craftbeer', 'wine'],
    });
    expect(normalizeValue(attr('interests'), ['wine', 'golf'])).toEqual({
      ok: false,
      reason: '"golf" not among its options',
    });
  });

  it('keeps money exact and refuses more digits than it keeps', () => {
    expect(normalizeValue(attr('creditlimit'), 12345678901.2345)).toEqual({
      ok: true,
      value: '12345678901.2345',
    });
    expect(normalizeValue(attr('creditlimit'), '1.23456')).toEqual({
      ok: false,
      reason: 'has more than 4 digits after the decimal point',
    });
  });

  it('treats empty text as no value', () => {
    expect(normalizeValue(attr('address1_city'), '')).toEqual({ ok: true, value: null });
  });

  it('refuses a choice value the attribute does not offer', () => {
    expect(normalizeValue(attr('gendercode'), 'f')).toEqual({
      ok: false,
      reason: '"f" is not one of its options',
    });
  });
  it('refuses text with a NUL character, which PostgreSQL cannot store', () => {
    expect(normalizeValue(attr('address1_city'), 'At\u0000lantis')).toEqual({
      ok: false,
      reason: 'contains a NUL character, which text cannot hold',
    });
  });

  it('refuses text longer than the attribute holds, naming both lengths, and counts characters', () => {
    expect(normalizeValue(attr('firstname'), 'x'.repeat(15 * 1024 * 1024))).toEqual({
      ok: false,
      reason: 'is 15,728,640 characters long; it holds at most 50 (its maximum length)',
    });
    expect(normalizeValue(attr('firstname'), '😀'.repeat(50))).toEqual({ ok: true, value: '😀'.repeat(50) });
    expect(normalizeValue(attr('address1_city'), 'x'.repeat(81))).toMatchObject({ ok: false });
    expect(normalizeValue(attr('emailaddress1'), `${'a'.repeat(88)}@example.com`)).toMatchObject({
      ok: true,
    });
  });

  it('holds text of custom attributes saved before there were lengths up to the longest memo', () => {
    const old = { name: 'new_notes', displayName: 'Notes', type: 'string' as const, custom: true };
    expect(normalizeValue(old, 'x'.repeat(1_048_576)).ok).toBe(true);
    expect(normalizeValue(old, 'x'.repeat(1_048_577)).ok).toBe(false);
  });
});

describe('calendar dates and instants read without Luxon', () => {
  // The fast paths must answer as Luxon's ISO reading does, for every date and instant a file can hold.
  const luxonDate = (text: string) => DateTime.fromISO(text, { zone: 'UTC' }).isValid;
  const luxonInstant = (text: string) => {
    const parsed = DateTime.fromISO(text, { zone: 'UTC', setZone: true });
    return parsed.isValid ? parsed.toUTC().toISO({ suppressMilliseconds: false }) : null;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };

  it('agrees with Luxon on 20,000 dates, leap days and impossible days among them', () => {
    const years = [0, 4, 100, 400, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 9999];
    for (let i = 0; i < 20_000; i++) {
      const year = i % 3 === 0 ? (years[next(years.length)] ?? 0) : next(10_000);
      const text = `${pad(year, 4)}-${pad(next(14), 2)}-${pad(next(33), 2)}`;
      expect(isCalendarDate(text), text).toBe(luxonDate(text));
    }
  });

  it('agrees with Luxon on 20,000 canonical instants, impossible ones among them', () => {
    for (let i = 0; i < 20_000; i++) {
      const text = `${pad(next(10_000), 4)}-${pad(next(14), 2)}-${pad(next(32), 2)}T${pad(next(26), 2)}:${pad(next(61), 2)}:${pad(next(61), 2)}.${pad(next(1000), 3)}Z`;
      expect(canonicalInstant(text) ?? null, text).toBe(luxonInstant(text));
    }
  });

  it('agrees with Luxon on 20,000 instants to the second or a shorter fraction, as exports write them', () => {
    for (let i = 0; i < 20_000; i++) {
      const digits = next(3);
      const fraction = digits === 0 ? '' : `.${pad(next(10 ** digits), digits)}`;
      const text = `${pad(next(10_000), 4)}-${pad(next(14), 2)}-${pad(next(32), 2)}T${pad(next(26), 2)}:${pad(next(61), 2)}:${pad(next(61), 2)}${fraction}Z`;
      expect(canonicalInstant(text) ?? null, text).toBe(luxonInstant(text));
    }
  });
});
