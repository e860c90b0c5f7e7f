import { describe, expect, it } from 'vitest';
import { conditionProblems, expectOnly, firstCondition } from './test-helpers.ts';

const values = `${firstCondition}.values`;

describe('how many values', () => {
  it('reports values given to an operator that takes none', () => {
    const problems = conditionProblems({
      attribute: 'emailaddress1',
      operator: 'containsData',
      values: ['x'],
    });
    expectOnly(problems, 'WRONG_VALUE_COUNT', values, '"Contains data"', '"Email"', 'takes no values');
  });

  it('reports an operator that needs a value and has none', () => {
    const problems = conditionProblems({ attribute: 'address1_city', operator: 'equals' });
    expectOnly(
      problems,
      'WRONG_VALUE_COUNT',
      values,
      '"Equals"',
      '"Address 1: City"',
      'at least one value',
      'none',
    );
  });

  it('reports two values for an operator that takes one', () => {
    const problems = conditionProblems({
      attribute: 'numberofchildren',
      operator: 'greaterThan',
      values: [1, 2],
    });
    expectOnly(problems, 'WRONG_VALUE_COUNT', values, '"Greater than"', 'one value', 'there are 2');
  });

  it('reports a between with one bound', () => {
    const problems = conditionProblems({
      attribute: 'birthdate',
      operator: 'between',
      values: ['1980-01-01'],
    });
    expectOnly(problems, 'WRONG_VALUE_COUNT', values, '"Between"', '"Birthday"', 'two values', 'there is 1');
  });

  it('reports a relative period without its count', () => {
    const problems = conditionProblems({ attribute: 'createdon', operator: 'inLast', unit: 'days' });
    expectOnly(problems, 'WRONG_VALUE_COUNT', values, '"In the last"', 'one number');
  });

  it('reports an anniversary without its count of days', () => {
    const problems = conditionProblems({
      attribute: 'birthdate',
      operator: 'anniversaryInNext',
      values: [7, 14],
    });
    expectOnly(problems, 'WRONG_VALUE_COUNT', values, '"Anniversary in the next"', 'days');
  });
});

describe('the kind of each value', () => {
  it('reports a number given to a text attribute', () => {
    const problems = conditionProblems({
      attribute: 'address1_postalcode',
      operator: 'beginsWith',
      values: [941],
    });
    expectOnly(problems, 'WRONG_VALUE_TYPE', `${values}[0]`, '"Address 1: ZIP/Postal Code"', 'text', '941');
  });

  it('reports text given to a number attribute', () => {
    const problems = conditionProblems({
      attribute: 'numberofchildren',
      operator: 'equals',
      values: [2, 'two'],
    });
    expectOnly(problems, 'WRONG_VALUE_TYPE', `${values}[1]`, '"No. of Children"', '"two"');
  });

  it('reports text that is not a number given to a money attribute', () => {
    const problems = conditionProblems({
      attribute: 'creditlimit',
      operator: 'greaterThan',
      values: ['$1,000'],
    });
    expectOnly(problems, 'WRONG_VALUE_TYPE', `${values}[0]`, '"Credit Limit"', '"$1,000"');
  });

  it('accepts money as numeric text, which keeps every digit', () => {
    expect(
      conditionProblems({ attribute: 'creditlimit', operator: 'equals', values: ['1000.0001'] }),
    ).toEqual([]);
  });

  it('reports text given to a yes/no attribute', () => {
    const problems = conditionProblems({ attribute: 'donotbulkemail', operator: 'equals', values: ['yes'] });
    expectOnly(problems, 'WRONG_VALUE_TYPE', `${values}[0]`, '"Do not allow Bulk Emails"', 'true or false');
  });

  it('reports a number given to a lookup', () => {
    const problems = conditionProblems({ attribute: 'parentcustomerid', operator: 'equals', values: [17] });
    expectOnly(problems, 'WRONG_VALUE_TYPE', `${values}[0]`, '"Company Name"', 'id of a record');
  });

  it('reports a number given to a date', () => {
    const problems = conditionProblems({ attribute: 'birthdate', operator: 'before', values: [1980] });
    expectOnly(problems, 'WRONG_VALUE_TYPE', `${values}[0]`, '"Birthday"', 'YYYY-MM-DD');
  });

  it('reports an empty value, pointing to "Does not contain data"', () => {
    const problems = conditionProblems({
      attribute: 'emailaddress1',
      operator: 'equals',
      values: ['a@b.c', ''],
    });
    expectOnly(problems, 'EMPTY_VALUE', `${values}[1]`, '"Email"', '"Does not contain data"');
  });
});
