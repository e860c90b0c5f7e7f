import { describe, expect, it } from 'vitest';
import { normalizeValue } from './attribute-value.ts';
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
