import { describe, expect, it } from 'vitest';
import type { Entity } from '../api/index.ts';
import { apiValueOf, bodyOf, displayValue, formValuesOf, recordName } from './record-values.ts';
import { testSchema } from './records-test-kit.tsx';

const account = testSchema.entities[1] as unknown as Entity;
const attribute = (name: string) => {
  const found = account.attributes.find((a) => a.name === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
};

describe('record values between the form and the API', () => {
  it('sends numbers as numbers, an empty field as null, and text that is no number as it is', () => {
    expect(apiValueOf(attribute('numberofemployees'), ' 42 ')).toBe(42);
    expect(apiValueOf(attribute('numberofemployees'), '')).toBeNull();
    expect(apiValueOf(attribute('numberofemployees'), 'many')).toBe('many');
  });

  it('sends money and decimals as the text typed, so that no digit is lost on the way', () => {
    const revenue = {
      ...attribute('numberofemployees'),
      name: 'revenue',
      type: 'money',
    } as (typeof account.attributes)[number];
    expect(apiValueOf(revenue, ' 12345678901234567.89 ')).toBe('12345678901234567.89');
    expect(apiValueOf(revenue, '')).toBeNull();
    expect(apiValueOf({ ...revenue, type: 'decimal' }, '0.1')).toBe('0.1');
  });

  it('creates with the filled fields only, and edits with the changed ones, a cleared one as null', () => {
    const empty = formValuesOf(account);
    expect(bodyOf(account, { ...empty, name: 'Contoso', industrycode: 'brewing' })).toEqual({
      name: 'Contoso',
      industrycode: 'brewing',
    });
    const initial = formValuesOf(account, {
      id: 'a1',
      name: 'Contoso',
      numberofemployees: 12,
      websiteurl: null,
    });
    expect(initial.numberofemployees).toBe('12');
    expect(
      bodyOf(account, { ...initial, numberofemployees: '', websiteurl: 'https://contoso.example' }, initial),
    ).toEqual({
      numberofemployees: null,
      websiteurl: 'https://contoso.example',
    });
  });

  it('leaves the time stamps the server keeps out of the form', () => {
    expect(Object.keys(formValuesOf(account))).not.toContain('modifiedon');
  });

  it('reads a choice by its label in a list', () => {
    expect(displayValue(attribute('industrycode'), 'brewing')).toBe('Brewing');
    expect(displayValue(attribute('industrycode'), null)).toBe('');
  });
});

describe('a record’s name', () => {
  it('is its primary attribute, a choice by its label, else its id', () => {
    const interaction = {
      ...account,
      primaryAttribute: 'industrycode',
    };
    expect(recordName(interaction, { id: 'i1', industrycode: 'brewing' })).toBe('Brewing');
    expect(recordName(account, { id: 'a1', name: '  ' })).toBe('a1');
  });
});
