import { describe, it } from 'vitest';
import { conditionProblems, expectOnly, firstCondition } from './test-helpers.ts';

const values = `${firstCondition}.values`;

describe('options', () => {
  it('reports a value the choice does not have, listing its options', () => {
    const problems = conditionProblems({
      attribute: 'gendercode',
      operator: 'equals',
      values: ['female', 'unknown'],
    });
    expectOnly(
      problems,
      'UNKNOWN_OPTION',
      `${values}[1]`,
      '"Gender"',
      '"unknown"',
      '"female" (Female)',
      '"nonbinary"',
    );
  });

  it('suggests the option whose label was typed instead of its value', () => {
    const problems = conditionProblems({
      attribute: 'interests',
      operator: 'containsAllOf',
      values: ['Craft Beer'],
    });
    expectOnly(
      problems,
      'UNKNOWN_OPTION',
      `${values}[0]`,
      '"Interests"',
      'Did you mean "craftbeer" (Craft Beer)?',
    );
  });

  it('reports a number given to a choice', () => {
    const problems = conditionProblems({ attribute: 'gendercode', operator: 'notEquals', values: [1] });
    expectOnly(problems, 'WRONG_VALUE_TYPE', `${values}[0]`, '"Gender"', '"female"');
  });
});
