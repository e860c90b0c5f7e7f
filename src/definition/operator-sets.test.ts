import { describe, expect, it } from 'vitest';
import { operatorIds, operators } from './operator-catalogue.ts';
import { clockOperators, isNegated, operatorsByType, typeOffers, valueTestOf } from './operator-sets.ts';

describe('the operator sets derived from the catalogue', () => {
  it('lists each type’s operators in the designer’s order, its default first', () => {
    const numeric = [
      'equals',
      'notEquals',
      'greaterThan',
      'greaterOrEqual',
      'lessThan',
      'lessOrEqual',
      'between',
      'notBetween',
      'containsData',
      'notContainsData',
    ];
    const temporal = [
      'on',
      'notOn',
      'before',
      'after',
      'onOrBefore',
      'onOrAfter',
      'between',
      'inLast',
      'inNext',
      'olderThan',
      'today',
      'yesterday',
      'tomorrow',
      'thisWeek',
      'thisMonth',
      'thisYear',
      'lastWeek',
      'lastMonth',
      'lastYear',
      'anniversaryInNext',
      'containsData',
      'notContainsData',
    ];
    expect(operatorsByType).toEqual({
      string: [
        'equals',
        'notEquals',
        'contains',
        'notContains',
        'beginsWith',
        'notBeginsWith',
        'endsWith',
        'notEndsWith',
        'containsData',
        'notContainsData',
      ],
      integer: numeric,
      decimal: numeric,
      money: numeric,
      boolean: ['equals', 'containsData', 'notContainsData'],
      date: temporal,
      datetime: temporal.filter((id) => id !== 'anniversaryInNext'),
      choice: ['equals', 'notEquals', 'containsData', 'notContainsData'],
      multichoice: [
        'containsAnyOf',
        'containsAllOf',
        'notContainsAnyOf',
        'equals',
        'containsData',
        'notContainsData',
      ],
      lookup: ['equals', 'notEquals', 'containsData', 'notContainsData'],
    });
  });

  it('has the clock re-check every relative date operator, and no other', () => {
    expect([...clockOperators].sort()).toEqual(
      [
        'inLast',
        'inNext',
        'olderThan',
        'today',
        'yesterday',
        'tomorrow',
        'thisWeek',
        'thisMonth',
        'thisYear',
        'lastWeek',
        'lastMonth',
        'lastYear',
        'anniversaryInNext',
      ].sort(),
    );
  });

  it('negates only into a positive operator that the same types offer', () => {
    for (const id of operatorIds) {
      if (!isNegated(id)) continue;
      const { positive, negated } = valueTestOf(id);
      expect(negated).toBe(true);
      expect(isNegated(positive), id).toBe(false);
      for (const type of operators[id].types) expect(typeOffers(type, positive), `${type} ${id}`).toBe(true);
    }
  });

  it('offers nothing for a name that is not an operator', () => {
    expect(typeOffers('string', 'toString')).toBe(false);
    expect(typeOffers('string', 'greaterThan')).toBe(false);
    expect(typeOffers('integer', 'greaterThan')).toBe(true);
  });
});
