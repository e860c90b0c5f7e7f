import { describe, expect, it } from 'vitest';
import { condition, contactMatches } from './test-fixtures.ts';

const city = (operator: string, ...values: string[]) => condition('address1_city', operator, ...values);
const inCity = (node: unknown, value: string | null) => contactMatches(node, { address1_city: value });

describe('text conditions', () => {
  it('matches equals whatever the case on either side', () => {
    expect(inCity(city('equals', 'atlantis'), 'ATLANTIS')).toBe(true);
    expect(inCity(city('equals', 'Atlantis'), 'atlantis')).toBe(true);
  });

  it('is exact apart from case: no trimming and no accent folding', () => {
    expect(inCity(city('equals', 'Atlantis'), 'Atlantis ')).toBe(false);
    expect(inCity(city('equals', 'Zurich'), 'Zürich')).toBe(false);
    expect(inCity(city('contains', 'ü'), 'ZÜRICH')).toBe(true);
  });

  it('treats %, _ and \\ as the characters themselves, never as wildcards', () => {
    expect(inCity(city('contains', '%'), 'Atlantis')).toBe(false);
    expect(inCity(city('contains', '50%'), 'Save 50% now')).toBe(true);
    expect(inCity(city('equals', 'A_lantis'), 'Atlantis')).toBe(false);
    expect(inCity(city('equals', 'A_lantis'), 'a_lantis')).toBe(true);
    expect(inCity(city('beginsWith', '\\'), 'Atlantis')).toBe(false);
    expect(inCity(city('endsWith', 'C:\\'), 'drive c:\\')).toBe(true);
  });

  it('matches contains, begins with and ends with on parts of the text', () => {
    expect(inCity(city('contains', 'lant'), 'Atlantis')).toBe(true);
    expect(inCity(city('beginsWith', 'atl'), 'Atlantis')).toBe(true);
    expect(inCity(city('beginsWith', 'lant'), 'Atlantis')).toBe(false);
    expect(inCity(city('endsWith', 'TIS'), 'Atlantis')).toBe(true);
    expect(inCity(city('endsWith', 'lant'), 'Atlantis')).toBe(false);
  });

  it('ORs several values of a positive operator', () => {
    expect(inCity(city('equals', 'Gotham', 'Metropolis'), 'Metropolis')).toBe(true);
    expect(inCity(city('contains', 'xyz', 'lant'), 'Atlantis')).toBe(true);
    expect(inCity(city('beginsWith', 'Go', 'Me'), 'Atlantis')).toBe(false);
    expect(inCity(city('endsWith', 'ham', 'lis'), 'Metropolis')).toBe(true);
  });

  it('holds a negated operator only when none of its values match', () => {
    expect(inCity(city('notEquals', 'Gotham', 'Metropolis'), 'Atlantis')).toBe(true);
    expect(inCity(city('notEquals', 'Gotham', 'Metropolis'), 'gotham')).toBe(false);
    expect(inCity(city('notContains', 'x', 'lant'), 'Atlantis')).toBe(false);
    expect(inCity(city('notContains', 'x', 'y'), 'Atlantis')).toBe(true);
    expect(inCity(city('notBeginsWith', 'Go'), 'Atlantis')).toBe(true);
    expect(inCity(city('notEndsWith', 'TIS'), 'Atlantis')).toBe(false);
  });

  it('keeps a contact with no city out of every text condition, negated ones included', () => {
    for (const operator of [
      'equals',
      'notEquals',
      'contains',
      'notContains',
      'beginsWith',
      'notBeginsWith',
      'endsWith',
      'notEndsWith',
    ]) {
      expect(inCity(city(operator, 'Atlantis'), null), operator).toBe(false);
    }
  });

  it('says a city contains data only when there is some, and reads empty text as missing', () => {
    expect(inCity(city('containsData'), 'Atlantis')).toBe(true);
    expect(inCity(city('containsData'), null)).toBe(false);
    expect(inCity(city('containsData'), '')).toBe(false);
    expect(inCity(city('notContainsData'), null)).toBe(true);
    expect(inCity(city('notContainsData'), '')).toBe(true);
    expect(inCity(city('notContainsData'), 'Atlantis')).toBe(false);
  });

  it('reads an attribute the record does not carry at all as missing', () => {
    expect(contactMatches(city('notContainsData'), {})).toBe(true);
    expect(contactMatches(city('notEquals', 'Atlantis'), {})).toBe(false);
  });
});
