import { describe, expect, it } from 'vitest';
import {
  blockDefinition,
  conditionProblems,
  contextWith,
  expectOnly,
  firstCondition,
  schema,
  validate,
} from './test-helpers.ts';

const values = `${firstCondition}.values`;

describe('numbers', () => {
  it('reports a fraction given to a whole-number attribute', () => {
    const problems = conditionProblems({
      attribute: 'numberofchildren',
      operator: 'lessThan',
      values: [2.5],
    });
    expectOnly(problems, 'NOT_WHOLE_NUMBER', `${values}[0]`, '"No. of Children"', '2.5');
  });

  it('reports a whole number too large to keep exactly', () => {
    const problems = conditionProblems({
      attribute: 'numberofchildren',
      operator: 'equals',
      values: [2 ** 60],
    });
    expectOnly(problems, 'VALUE_OUT_OF_RANGE', `${values}[0]`, '"No. of Children"', 'too large');
  });

  it('reports more digits after the point than the attribute keeps, which can never match exactly', () => {
    const problems = conditionProblems({
      attribute: 'creditlimit',
      operator: 'equals',
      values: ['19.99999'],
    });
    expectOnly(problems, 'TOO_MANY_DECIMALS', `${values}[0]`, '"Credit Limit"', '4 digits', '19.99999');
  });

  it("uses the attribute's own scale for decimals", () => {
    const scored = schema.withAttribute('contact', {
      name: 'wine_score',
      displayName: 'Wine Score',
      type: 'decimal',
      scale: 1,
    });
    const condition = {
      kind: 'condition',
      attribute: 'wine_score',
      operator: 'equals',
      values: [4.5, '4.25'],
    };
    const problems = validate(blockDefinition([condition]), { ...contextWith(), schema: scored });
    expectOnly(problems, 'TOO_MANY_DECIMALS', `${values}[1]`, '"Wine Score"', '1 digits', '4.25');
  });

  it('reports a relative period of zero', () => {
    const problems = conditionProblems({
      attribute: 'createdon',
      operator: 'inLast',
      values: [0],
      unit: 'days',
    });
    expectOnly(problems, 'VALUE_OUT_OF_RANGE', `${values}[0]`, '"In the last"', 'from 1');
  });

  it('reports a relative period that is not a whole number', () => {
    const problems = conditionProblems({
      attribute: 'createdon',
      operator: 'olderThan',
      values: [1.5],
      unit: 'years',
    });
    expectOnly(problems, 'NOT_WHOLE_NUMBER', `${values}[0]`, '"Older than"', '1.5');
  });

  it('reports a relative period given as text', () => {
    const problems = conditionProblems({
      attribute: 'createdon',
      operator: 'inNext',
      values: ['30'],
      unit: 'days',
    });
    expectOnly(problems, 'WRONG_VALUE_TYPE', `${values}[0]`, '"In the next"', '"30"');
  });

  it('reports an anniversary more than 366 days ahead', () => {
    const problems = conditionProblems({
      attribute: 'anniversary',
      operator: 'anniversaryInNext',
      values: [400],
    });
    expectOnly(problems, 'VALUE_OUT_OF_RANGE', `${values}[0]`, '"Anniversary in the next"', '366', '400');
  });

  it('reports the bounds of a between the wrong way round', () => {
    const problems = conditionProblems({
      attribute: 'creditlimit',
      operator: 'notBetween',
      values: ['1000', 999.99],
    });
    expectOnly(problems, 'BOUNDS_REVERSED', values, '"Not between"', '"Credit Limit"', '1000', '999.99');
  });

  it('accepts a between whose bounds are equal', () => {
    expect(conditionProblems({ attribute: 'numberofchildren', operator: 'between', values: [2, 2] })).toEqual(
      [],
    );
  });
});
