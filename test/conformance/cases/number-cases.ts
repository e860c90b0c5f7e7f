import type { ConformanceCase } from '../conformance-case.ts';
import { contactIds, decimalIs, has } from '../member-filters.ts';
import { condition, contactsWhere } from '../query-json.ts';

/** Integer, money and decimal operators: numbers compare as numbers, exactly, and never match null. */
export const numberCases: readonly ConformanceCase[] = [
  // numberofchildren (integer)
  {
    name: 'equals 0 matches contacts with no children, not contacts whose number is missing',
    query: contactsWhere(condition('numberofchildren', 'equals', [0])),
    expected: (d) => contactIds(d, (c) => c.numberofchildren === 0),
  },
  {
    name: 'equals with several numbers matches any of them',
    query: contactsWhere(condition('numberofchildren', 'equals', [0, 2])),
    expected: (d) => contactIds(d, (c) => c.numberofchildren === 0 || c.numberofchildren === 2),
  },
  {
    name: 'notEquals on an integer does not match a missing number',
    query: contactsWhere(condition('numberofchildren', 'notEquals', [0])),
    expected: (d) => contactIds(d, (c) => has(c.numberofchildren) && c.numberofchildren !== 0),
  },
  {
    name: 'notEquals with several integers matches numbers that are none of them',
    query: contactsWhere(condition('numberofchildren', 'notEquals', [0, 1, 2])),
    expected: (d) => contactIds(d, (c) => has(c.numberofchildren) && ![0, 1, 2].includes(c.numberofchildren)),
  },
  {
    name: 'greaterThan compares integers as numbers, so 10 is greater than 2',
    query: contactsWhere(condition('numberofchildren', 'greaterThan', [2])),
    expected: (d) => contactIds(d, (c) => has(c.numberofchildren) && c.numberofchildren > 2),
  },
  {
    name: 'greaterOrEqual includes the bound',
    query: contactsWhere(condition('numberofchildren', 'greaterOrEqual', [2])),
    expected: (d) => contactIds(d, (c) => has(c.numberofchildren) && c.numberofchildren >= 2),
  },
  {
    name: 'lessThan does not match a missing number',
    query: contactsWhere(condition('numberofchildren', 'lessThan', [3])),
    expected: (d) => contactIds(d, (c) => has(c.numberofchildren) && c.numberofchildren < 3),
  },
  {
    name: 'lessOrEqual includes the bound',
    query: contactsWhere(condition('numberofchildren', 'lessOrEqual', [1])),
    expected: (d) => contactIds(d, (c) => has(c.numberofchildren) && c.numberofchildren <= 1),
  },
  {
    name: 'between on an integer includes both bounds',
    query: contactsWhere(condition('numberofchildren', 'between', [1, 3])),
    expected: (d) =>
      contactIds(d, (c) => has(c.numberofchildren) && c.numberofchildren >= 1 && c.numberofchildren <= 3),
  },
  {
    name: 'notBetween on an integer matches numbers outside the bounds but not missing ones',
    query: contactsWhere(condition('numberofchildren', 'notBetween', [1, 3])),
    expected: (d) =>
      contactIds(d, (c) => has(c.numberofchildren) && (c.numberofchildren < 1 || c.numberofchildren > 3)),
  },
  {
    name: 'containsData on an integer matches 0 too',
    query: contactsWhere(condition('numberofchildren', 'containsData')),
    expected: (d) => contactIds(d, (c) => has(c.numberofchildren)),
  },
  {
    name: 'notContainsData on an integer matches null and absent numbers',
    query: contactsWhere(condition('numberofchildren', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !has(c.numberofchildren)),
  },
  // creditlimit (money)
  {
    name: 'equals on money matches 1999.99 and not 1999.9899',
    query: contactsWhere(condition('creditlimit', 'equals', [1999.99])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('1999.99') === 0)),
  },
  {
    name: 'equals 0.3 on money matches the stored 0.3 exactly',
    query: contactsWhere(condition('creditlimit', 'equals', [0.3])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('0.3') === 0)),
  },
  {
    name: 'equals on money given as text with a trailing zero matches the same amount',
    query: contactsWhere(condition('creditlimit', 'equals', ['0.30'])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('0.3') === 0)),
  },
  {
    name: 'equals on money tells apart two amounts that the same double would hold',
    query: contactsWhere(condition('creditlimit', 'equals', ['12345678901234.5678'])),
    expected: (d) =>
      contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('12345678901234.5678') === 0)),
  },
  {
    name: 'greaterThan on money is exact beyond the precision of a double',
    query: contactsWhere(condition('creditlimit', 'greaterThan', ['12345678901234.5677'])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('12345678901234.5677') > 0)),
  },
  {
    name: 'equals with several amounts matches any of them',
    query: contactsWhere(condition('creditlimit', 'equals', [0.1, 2000])),
    expected: (d) =>
      contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('0.1') === 0 || cmp('2000') === 0)),
  },
  {
    name: 'notEquals 0 on money matches negative amounts but no missing ones',
    query: contactsWhere(condition('creditlimit', 'notEquals', [0])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('0') !== 0)),
  },
  {
    name: 'notEquals with several amounts matches amounts that are none of them',
    query: contactsWhere(condition('creditlimit', 'notEquals', [0.1, 0.2, 0.3])),
    expected: (d) =>
      contactIds(d, (c) =>
        decimalIs(c.creditlimit, (cmp) => ['0.1', '0.2', '0.3'].every((b) => cmp(b) !== 0)),
      ),
  },
  {
    name: 'greaterThan compares money as numbers, so 10 and 100 exceed 9.6 and 9.5 does not',
    query: contactsWhere(condition('creditlimit', 'greaterThan', [9.6])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('9.6') > 0)),
  },
  {
    name: 'greaterOrEqual on money includes the bound',
    query: contactsWhere(condition('creditlimit', 'greaterOrEqual', [10])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('10') >= 0)),
  },
  {
    name: 'lessThan 0 on money matches negative amounts down to -0.0001',
    query: contactsWhere(condition('creditlimit', 'lessThan', [0])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('0') < 0)),
  },
  {
    name: 'lessOrEqual 0.3 on money includes 0.3 itself',
    query: contactsWhere(condition('creditlimit', 'lessOrEqual', [0.3])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('0.3') <= 0)),
  },
  {
    name: 'between 0.1 and 0.3 on money includes both bounds exactly',
    query: contactsWhere(condition('creditlimit', 'between', [0.1, 0.3])),
    expected: (d) =>
      contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('0.1') >= 0 && cmp('0.3') <= 0)),
  },
  {
    name: 'between -1 and 0 on money matches zero and a tiny negative amount',
    query: contactsWhere(condition('creditlimit', 'between', [-1, 0])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('-1') >= 0 && cmp('0') <= 0)),
  },
  {
    name: 'notBetween on money matches amounts outside the bounds but not missing ones',
    query: contactsWhere(condition('creditlimit', 'notBetween', [0, 100])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.creditlimit, (cmp) => cmp('0') < 0 || cmp('100') > 0)),
  },
  {
    name: 'containsData on money matches a zero amount',
    query: contactsWhere(condition('creditlimit', 'containsData')),
    expected: (d) => contactIds(d, (c) => has(c.creditlimit)),
  },
  {
    name: 'notContainsData on money matches contacts without a credit limit',
    query: contactsWhere(condition('creditlimit', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !has(c.creditlimit)),
  },
  {
    name: 'equals on annual income matches 120000.5 on two contacts',
    query: contactsWhere(condition('annualincome', 'equals', [120000.5])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.annualincome, (cmp) => cmp('120000.5') === 0)),
  },
  {
    name: 'greaterOrEqual on annual income includes an amount with four decimals at the bound',
    query: contactsWhere(condition('annualincome', 'greaterOrEqual', [99999.9999])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.annualincome, (cmp) => cmp('99999.9999') >= 0)),
  },
  // new_loyaltyscore (a custom decimal attribute)
  {
    name: 'equals on a custom decimal matches 87.5 on two contacts',
    query: contactsWhere(condition('new_loyaltyscore', 'equals', [87.5])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.new_loyaltyscore, (cmp) => cmp('87.5') === 0)),
  },
  {
    name: 'notEquals on a decimal matches other scores but not missing ones',
    query: contactsWhere(condition('new_loyaltyscore', 'notEquals', [87.5, 0])),
    expected: (d) =>
      contactIds(d, (c) => decimalIs(c.new_loyaltyscore, (cmp) => cmp('87.5') !== 0 && cmp('0') !== 0)),
  },
  {
    name: 'greaterThan on a decimal is exact in the fourth decimal place',
    query: contactsWhere(condition('new_loyaltyscore', 'greaterThan', [99.9998])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.new_loyaltyscore, (cmp) => cmp('99.9998') > 0)),
  },
  {
    name: 'greaterOrEqual 0 on a decimal includes zero',
    query: contactsWhere(condition('new_loyaltyscore', 'greaterOrEqual', [0])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.new_loyaltyscore, (cmp) => cmp('0') >= 0)),
  },
  {
    name: 'lessThan 0.0001 on a decimal excludes 0.0001 itself',
    query: contactsWhere(condition('new_loyaltyscore', 'lessThan', [0.0001])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.new_loyaltyscore, (cmp) => cmp('0.0001') < 0)),
  },
  {
    name: 'lessOrEqual 0 on a decimal matches zero and negative scores',
    query: contactsWhere(condition('new_loyaltyscore', 'lessOrEqual', [0])),
    expected: (d) => contactIds(d, (c) => decimalIs(c.new_loyaltyscore, (cmp) => cmp('0') <= 0)),
  },
  {
    name: 'between on a decimal includes both bounds',
    query: contactsWhere(condition('new_loyaltyscore', 'between', [-1.25, 0.3])),
    expected: (d) =>
      contactIds(d, (c) => decimalIs(c.new_loyaltyscore, (cmp) => cmp('-1.25') >= 0 && cmp('0.3') <= 0)),
  },
  {
    name: 'notBetween on a decimal matches scores outside the bounds',
    query: contactsWhere(condition('new_loyaltyscore', 'notBetween', [0, 50])),
    expected: (d) =>
      contactIds(d, (c) => decimalIs(c.new_loyaltyscore, (cmp) => cmp('0') < 0 || cmp('50') > 0)),
  },
  {
    name: 'containsData on a decimal matches every contact with a score',
    query: contactsWhere(condition('new_loyaltyscore', 'containsData')),
    expected: (d) => contactIds(d, (c) => has(c.new_loyaltyscore)),
  },
  {
    name: 'notContainsData on a decimal matches contacts without a score',
    query: contactsWhere(condition('new_loyaltyscore', 'notContainsData')),
    expected: (d) => contactIds(d, (c) => !has(c.new_loyaltyscore)),
  },
];
