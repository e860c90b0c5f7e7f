import { describe, expect, it } from 'vitest';
import { blockDefinition, conditionProblems, expectOnly, firstCondition, validate } from './test-helpers.ts';

const city = { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Austin'] };

describe('groups', () => {
  it('reports an empty where group instead of matching every contact', () => {
    expectOnly(validate(blockDefinition([])), 'EMPTY_GROUP', 'query.blocks[0].where', 'empty', 'Contacts');
  });

  it('reports an empty group nested inside others, and checks the conditions beside it', () => {
    const nested = {
      kind: 'group',
      op: 'or',
      children: [city, { kind: 'group', op: 'and', not: true, children: [] }],
    };
    const problems = validate(blockDefinition([city, nested]));
    expectOnly(problems, 'EMPTY_GROUP', 'query.blocks[0].where.children[1].children[1]', 'empty');
  });

  it('accepts groups nested to any depth', () => {
    const deep = { kind: 'group', op: 'or', children: [{ kind: 'group', op: 'and', children: [city] }] };
    expect(validate(blockDefinition([deep]))).toEqual([]);
  });
});

describe('attributes and operators', () => {
  it('reports an attribute the entity does not have, suggesting near matches', () => {
    const problems = conditionProblems({ attribute: 'citty', operator: 'equals', values: ['Austin'] });
    expectOnly(
      problems,
      'UNKNOWN_ATTRIBUTE',
      `${firstCondition}.attribute`,
      'Contact',
      '"citty"',
      'address1_city',
    );
  });

  it('names some of the attributes there are when nothing is close', () => {
    const problems = conditionProblems({ attribute: 'shoe_size', operator: 'equals', values: [42] });
    expectOnly(
      problems,
      'UNKNOWN_ATTRIBUTE',
      `${firstCondition}.attribute`,
      '"shoe_size"',
      '"First Name" (firstname)',
      'more',
    );
  });

  it('matches a mistyped display name to its attribute', () => {
    const problems = conditionProblems({ attribute: 'Birthdy', operator: 'today' });
    expectOnly(problems, 'UNKNOWN_ATTRIBUTE', `${firstCondition}.attribute`, 'birthdate');
  });

  it('reports an operator that does not exist, listing the labels the attribute takes', () => {
    const problems = conditionProblems({ attribute: 'emailaddress1', operator: 'contain', values: ['@'] });
    expectOnly(
      problems,
      'UNKNOWN_OPERATOR',
      `${firstCondition}.operator`,
      '"contain"',
      'Did you mean "contains"',
      '"Email", text',
      'Begins with',
    );
  });

  it('recognises an operator written as its label', () => {
    const problems = conditionProblems({
      attribute: 'emailaddress1',
      operator: 'Begins with',
      values: ['info@'],
    });
    expectOnly(problems, 'UNKNOWN_OPERATOR', `${firstCondition}.operator`, 'Did you mean "beginsWith"');
  });

  it('reports both an unknown attribute and an unknown operator in one condition', () => {
    const problems = conditionProblems({ attribute: 'mood', operator: 'feels' });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['UNKNOWN_ATTRIBUTE', `${firstCondition}.attribute`],
      ['UNKNOWN_OPERATOR', `${firstCondition}.operator`],
    ]);
  });

  it("reports an operator the attribute's type does not offer, listing the ones it does", () => {
    const problems = conditionProblems({ attribute: 'birthdate', operator: 'contains', values: ['1980'] });
    const message = expectOnly(problems, 'OPERATOR_NOT_ALLOWED', `${firstCondition}.operator`);
    expect(message).toMatch(
      /^"Contains" cannot be used with "Birthday", a date\. Choose one of: On, Not on, Before, /,
    );
  });

  it('accepts conditions on computed attributes, which can be read', () => {
    expect(conditionProblems({ attribute: 'fullname', operator: 'beginsWith', values: ['Ann'] })).toEqual([]);
  });
});
