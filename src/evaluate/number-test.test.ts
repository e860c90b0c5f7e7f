import { describe, expect, it } from 'vitest';
import { condition, contactMatches } from './test-fixtures.ts';

const children = (operator: string, value: number | null, ...values: (number | string)[]) =>
  contactMatches(condition('numberofchildren', operator, ...values), { numberofchildren: value });
const credit = (operator: string, value: string | null, ...values: (number | string)[]) =>
  contactMatches(condition('creditlimit', operator, ...values), { creditlimit: value });

describe('number conditions', () => {
  it('compares whole numbers as numbers, not as text', () => {
    expect(children('greaterThan', 10, 9)).toBe(true);
    expect(children('lessThan', 10, 9)).toBe(false);
    expect(children('greaterOrEqual', 2, 2)).toBe(true);
    expect(children('lessOrEqual', 2, 2)).toBe(true);
    expect(children('greaterThan', 2, 2)).toBe(false);
    expect(children('equals', 3, 3)).toBe(true);
    expect(children('equals', 3, 2, 3)).toBe(true);
    expect(children('notEquals', 3, 3)).toBe(false);
    expect(children('notEquals', 3, 4)).toBe(true);
  });

  it('includes both bounds in between, and notBetween is everything outside', () => {
    expect(children('between', 1, 1, 3)).toBe(true);
    expect(children('between', 3, 1, 3)).toBe(true);
    expect(children('between', 4, 1, 3)).toBe(false);
    expect(children('notBetween', 3, 1, 3)).toBe(false);
    expect(children('notBetween', 0, 1, 3)).toBe(true);
    expect(children('notBetween', 4, 1, 3)).toBe(true);
  });

  it('counts zero as a value, unlike a missing number', () => {
    expect(children('equals', 0, 0)).toBe(true);
    expect(children('containsData', 0)).toBe(true);
    expect(children('lessThan', null, 5)).toBe(false);
    expect(children('notBetween', null, 1, 3)).toBe(false);
    expect(children('notEquals', null, 3)).toBe(false);
    expect(children('notContainsData', null)).toBe(true);
  });

  it('compares money exactly, where floating point would not', () => {
    expect(credit('equals', '0.3', 0.3)).toBe(true);
    expect(credit('equals', '0.3', '0.30')).toBe(true);
    expect(credit('equals', '1250.5', '1250.50')).toBe(true);
    expect(credit('greaterThan', '12345678901234.5678', '12345678901234.5677')).toBe(true);
    expect(credit('lessThan', '-0.0001', 0)).toBe(true);
  });

  it('accepts a number written as text in a condition', () => {
    expect(children('greaterThan', 10, '9')).toBe(true);
    expect(credit('between', '100', '99.99', '100.00')).toBe(true);
  });
});
