import { describe, expect, it } from 'vitest';
import { conditionProblems, expectOnly, firstCondition } from './test-helpers.ts';

const values = `${firstCondition}.values`;

describe('dates', () => {
  it('reports text that is not a calendar date', () => {
    const problems = conditionProblems({ attribute: 'birthdate', operator: 'on', values: ['2026-02-30'] });
    expectOnly(problems, 'INVALID_DATE', `${values}[0]`, '"2026-02-30"', '"Birthday"', 'YYYY-MM-DD');
  });

  it('reports a date and time given to a date without a time of day', () => {
    const problems = conditionProblems({
      attribute: 'birthdate',
      operator: 'after',
      values: ['1980-01-01T00:00:00Z'],
    });
    expectOnly(problems, 'INVALID_DATE', `${values}[0]`, '"Birthday"', 'without a time of day');
  });

  it('reports a moment given to "On", which needs a whole day', () => {
    const problems = conditionProblems({
      attribute: 'createdon',
      operator: 'notOn',
      values: ['2026-03-01T09:30:00Z'],
    });
    expectOnly(problems, 'INVALID_DATE', `${values}[0]`, '"Not on"', 'calendar day');
  });

  it('reports a date and time that does not say its offset', () => {
    const problems = conditionProblems({
      attribute: 'createdon',
      operator: 'onOrAfter',
      values: ['2026-03-01T09:30'],
    });
    expectOnly(problems, 'INVALID_DATE', `${values}[0]`, '"2026-03-01T09:30"', 'time zone', 'Z');
  });

  it('reports a date and time that does not exist', () => {
    const problems = conditionProblems({
      attribute: 'createdon',
      operator: 'before',
      values: ['2026-03-01T25:00:00Z'],
    });
    expectOnly(problems, 'INVALID_DATE', `${values}[0]`, '"2026-03-01T25:00:00Z"', 'not a date and time');
  });

  it('accepts a moment with its offset on a date-and-time attribute', () => {
    const condition = {
      attribute: 'createdon',
      operator: 'onOrBefore',
      values: ['2026-03-01T09:30:00+01:00'],
    };
    expect(conditionProblems(condition)).toEqual([]);
  });

  it('reports date bounds the wrong way round', () => {
    const problems = conditionProblems({
      attribute: 'birthdate',
      operator: 'between',
      values: ['1990-12-31', '1980-01-01'],
    });
    expectOnly(problems, 'BOUNDS_REVERSED', values, '"Birthday"', '1990-12-31', '1980-01-01');
  });

  it('accepts a between of a single day', () => {
    expect(
      conditionProblems({
        attribute: 'birthdate',
        operator: 'between',
        values: ['1980-01-01', '1980-01-01'],
      }),
    ).toEqual([]);
  });
});
