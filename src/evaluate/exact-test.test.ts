import { describe, expect, it } from 'vitest';
import { condition, contactMatches } from './test-fixtures.ts';

describe('boolean, choice and lookup conditions', () => {
  it('matches a boolean that equals true or false, and a missing one neither', () => {
    const noBulk = (value: boolean | null, wanted: boolean) =>
      contactMatches(condition('donotbulkemail', 'equals', wanted), { donotbulkemail: value });
    expect(noBulk(true, true)).toBe(true);
    expect(noBulk(false, false)).toBe(true);
    expect(noBulk(false, true)).toBe(false);
    expect(noBulk(null, false)).toBe(false);
    expect(noBulk(null, true)).toBe(false);
  });

  it('matches a choice equal to any of the option values, exactly', () => {
    const gender = (operator: string, value: string | null, ...values: string[]) =>
      contactMatches(condition('gendercode', operator, ...values), { gendercode: value });
    expect(gender('equals', 'female', 'female')).toBe(true);
    expect(gender('equals', 'male', 'female', 'male')).toBe(true);
    expect(gender('equals', 'female', 'Female')).toBe(false);
    expect(gender('notEquals', 'female', 'male', 'nonbinary')).toBe(true);
    expect(gender('notEquals', 'male', 'male', 'nonbinary')).toBe(false);
    expect(gender('notEquals', null, 'male')).toBe(false);
  });

  it('matches a lookup by the id of the record it points to', () => {
    const company = (operator: string, value: string | null, ...values: string[]) =>
      contactMatches(condition('parentcustomerid', operator, ...values), { parentcustomerid: value });
    expect(company('equals', 'acc-1', 'acc-1')).toBe(true);
    expect(company('equals', 'acc-1', 'acc-2')).toBe(false);
    expect(company('notEquals', 'acc-1', 'acc-2')).toBe(true);
    expect(company('notEquals', null, 'acc-2')).toBe(false);
    expect(company('containsData', 'acc-1')).toBe(true);
  });
});

describe('multi-choice conditions', () => {
  const interests = (operator: string, value: string[] | null, ...values: string[]) =>
    contactMatches(condition('interests', operator, ...values), { interests: value });

  it('matches containsAnyOf when at least one value is chosen', () => {
    expect(interests('containsAnyOf', ['travel', 'wine'], 'wine', 'music')).toBe(true);
    expect(interests('containsAnyOf', ['travel'], 'wine', 'music')).toBe(false);
  });

  it('matches containsAllOf only when every value is chosen', () => {
    expect(interests('containsAllOf', ['music', 'travel', 'wine'], 'wine', 'travel')).toBe(true);
    expect(interests('containsAllOf', ['travel'], 'wine', 'travel')).toBe(false);
  });

  it('matches notContainsAnyOf when none is chosen, and never on a contact with no interests', () => {
    expect(interests('notContainsAnyOf', ['travel'], 'wine', 'music')).toBe(true);
    expect(interests('notContainsAnyOf', ['travel', 'wine'], 'wine')).toBe(false);
    expect(interests('notContainsAnyOf', null, 'wine')).toBe(false);
    expect(interests('notContainsAnyOf', [], 'wine')).toBe(false);
  });

  it('matches equals on exactly that set, in any order and ignoring repeats', () => {
    expect(interests('equals', ['travel', 'wine'], 'wine', 'travel')).toBe(true);
    expect(interests('equals', ['travel', 'wine'], 'wine', 'travel', 'wine')).toBe(true);
    expect(interests('equals', ['travel', 'wine'], 'wine')).toBe(false);
    expect(interests('equals', ['wine'], 'wine', 'travel')).toBe(false);
  });

  it('reads an empty list of interests as no data', () => {
    expect(interests('containsData', [])).toBe(false);
    expect(interests('notContainsData', [])).toBe(true);
    expect(interests('containsData', ['wine'])).toBe(true);
  });
});
