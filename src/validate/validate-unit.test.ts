import { describe, expect, it } from 'vitest';
import { conditionProblems, expectOnly, firstCondition } from './test-helpers.ts';

const unit = `${firstCondition}.unit`;

describe('units', () => {
  it('reports a relative period without a unit, listing the units', () => {
    const problems = conditionProblems({ attribute: 'createdon', operator: 'inLast', values: [30] });
    expectOnly(problems, 'MISSING_UNIT', unit, '"In the last"', '"Created On"', 'minutes', 'years');
  });

  it('offers only calendar units when a date has no unit', () => {
    const message = expectOnly(
      conditionProblems({ attribute: 'birthdate', operator: 'olderThan', values: [40] }),
      'MISSING_UNIT',
      unit,
    );
    expect(message).toContain('days, weeks, months or years');
    expect(message).not.toContain('hours');
  });

  it('reports a unit on an operator that takes none', () => {
    const problems = conditionProblems({
      attribute: 'createdon',
      operator: 'after',
      values: ['2026-03-01'],
      unit: 'days',
    });
    expectOnly(problems, 'UNEXPECTED_UNIT', unit, '"After"', '"days"');
  });

  it('reports hours on a date without a time of day', () => {
    const problems = conditionProblems({
      attribute: 'birthdate',
      operator: 'inNext',
      values: [48],
      unit: 'hours',
    });
    expectOnly(problems, 'UNIT_NOT_ALLOWED', unit, '"Birthday"', '"hours"', 'days, weeks, months, years');
  });

  it('accepts minutes on a date and time', () => {
    expect(
      conditionProblems({ attribute: 'createdon', operator: 'inLast', values: [15], unit: 'minutes' }),
    ).toEqual([]);
  });

  it('accepts days on an anniversary, which always counts days', () => {
    expect(
      conditionProblems({ attribute: 'birthdate', operator: 'anniversaryInNext', values: [7], unit: 'days' }),
    ).toEqual([]);
  });

  it('reports any other unit on an anniversary', () => {
    const problems = conditionProblems({
      attribute: 'birthdate',
      operator: 'anniversaryInNext',
      values: [2],
      unit: 'weeks',
    });
    expectOnly(problems, 'UNIT_NOT_ALLOWED', unit, '"Anniversary in the next"', '"weeks"');
  });
});
