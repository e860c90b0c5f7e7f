import { assertNever } from '../definition/nodes.ts';
import { operators, type Operator, type ValueArity } from '../definition/operator-catalogue.ts';
import { calendarUnits, timeUnits, type TimeUnit } from '../definition/time-unit.ts';
import { joinPath, type Problem } from '../schema/problem.ts';
import type { AttributeDef } from '../schema/schema-types.ts';
import { labelOf, listOr, nameOf } from './describe.ts';
import { problem } from './problem-codes.ts';

/**
 * The `unit` of a condition: required by the relative periods (`inLast`, `inNext`, `olderThan`),
 * days or nothing for `anniversaryInNext`, absent everywhere else.
 */
export function validateConditionUnit(
  attribute: AttributeDef,
  operator: Operator,
  unit: TimeUnit | undefined,
  path: string,
): Problem[] {
  const unitPath = joinPath(path, 'unit');
  const arity: ValueArity = operators[operator].values;
  switch (arity) {
    case 'period':
      if (unit === undefined) {
        const units = listOr(unitsFor(attribute));
        return [
          problem(
            'MISSING_UNIT',
            unitPath,
            `${labelOf(operator)} on ${nameOf(attribute)} needs a unit: ${units}.`,
          ),
        ];
      }
      return validateUnitFor(attribute, unit, unitPath);
    case 'days':
      if (unit === undefined || unit === 'days') return [];
      return [
        problem(
          'UNIT_NOT_ALLOWED',
          unitPath,
          `${labelOf(operator)} always counts days, so "${unit}" cannot be used; remove the unit.`,
        ),
      ];
    case 'none':
    case 'one':
    case 'oneOrMore':
    case 'two':
      if (unit === undefined) return [];
      return [problem('UNEXPECTED_UNIT', unitPath, `${labelOf(operator)} takes no unit; remove "${unit}".`)];
    default:
      return assertNever(arity);
  }
}

/** A unit the attribute can be measured in: no minutes or hours on a date without a time of day. */
export function validateUnitFor(attribute: AttributeDef, unit: TimeUnit, path: string): Problem[] {
  const allowed = unitsFor(attribute);
  if (allowed.includes(unit)) return [];
  return [
    problem(
      'UNIT_NOT_ALLOWED',
      path,
      `${nameOf(attribute)} is a date without a time of day, so "${unit}" cannot be used. Choose one of: ${allowed.join(', ')}.`,
    ),
  ];
}

function unitsFor(attribute: AttributeDef): readonly TimeUnit[] {
  return attribute.type === 'date' ? calendarUnits : timeUnits;
}
