import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../definition/nodes.ts';
import { operators, type ValueArity } from '../definition/operator-catalogue.ts';
import { operatorsByType } from '../definition/operator-sets.ts';
import type { AttributeType } from '../schema/attribute-type.ts';
import { blockDefinition, contextWith, schema, validate } from './test-helpers.ts';

/** A contact attribute of every type; the built-in schema has no plain decimal, so one is added. */
const attributeOfType = {
  string: 'firstname',
  integer: 'numberofchildren',
  decimal: 'wine_score',
  money: 'creditlimit',
  boolean: 'donotbulkemail',
  date: 'birthdate',
  datetime: 'createdon',
  choice: 'gendercode',
  multichoice: 'interests',
  lookup: 'parentcustomerid',
} as const satisfies Record<AttributeType, string>;

const oneValue = {
  string: 'Ann',
  integer: 2,
  decimal: '4.5',
  money: 1250.5,
  boolean: true,
  date: '2026-03-01',
  datetime: '2026-03-01',
  choice: 'female',
  multichoice: 'wine',
  lookup: 'acc_1',
} as const satisfies Record<AttributeType, ConditionValue>;

const twoValues: Partial<Record<AttributeType, readonly ConditionValue[]>> = {
  integer: [1, 3],
  decimal: ['1.5', 2],
  money: [100, '2500.75'],
  date: ['2026-01-01', '2026-12-31'],
  datetime: ['2026-01-01T08:00:00-05:00', '2026-12-31'],
};

function validValues(
  type: AttributeType,
  arity: ValueArity,
): { values: readonly ConditionValue[]; unit?: string } {
  switch (arity) {
    case 'none':
      return { values: [] };
    case 'one':
    case 'oneOrMore':
      return { values: [oneValue[type]] };
    case 'two':
      return { values: twoValues[type] ?? [] };
    case 'period':
      return { values: [30], unit: 'days' };
    case 'days':
      return { values: [7] };
  }
}

const context = {
  ...contextWith(),
  schema: schema.withAttribute('contact', {
    name: 'wine_score',
    displayName: 'Wine Score',
    type: 'decimal',
    scale: 2,
  }),
};

describe('every operator of every type', () => {
  const cases = Object.entries(operatorsByType).flatMap(([type, offered]) =>
    offered.map((operator) => [type as AttributeType, operator] as const),
  );

  it.each(cases)('accepts a %s attribute with "%s" and values of the right shape', (type, operator) => {
    const condition = {
      kind: 'condition',
      attribute: attributeOfType[type],
      operator,
      ...validValues(type, operators[operator].values),
    };
    expect(validate(blockDefinition([condition]), context)).toEqual([]);
  });
});
