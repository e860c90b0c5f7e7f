import type { AttributeType } from '../schema/attribute-type.ts';
import {
  isOperator,
  operatorIds,
  operators,
  type ClockOperator,
  type NegatedOperator,
  type Operator,
  type OperatorOf,
  type PositiveOperator,
  type PresenceOperator,
  type SlidingOperator,
  type ValueArity,
} from './operator-catalogue.ts';

/**
 * The sets of operators that the stages ask about, each derived from the catalogue (`operators`), so
 * that a new operator is in every set its entry says it belongs to.
 */

/** True when attribute type `type` offers `operator`. */
export function typeOffers<T extends AttributeType>(type: T, operator: string): operator is OperatorOf<T> {
  return isOperator(operator) && operators[operator].types.some((t) => t === type);
}

function offeredBy<T extends AttributeType>(type: T): readonly OperatorOf<T>[] {
  return operatorIds.filter((id) => typeOffers(type, id));
}

/** The operators each attribute type offers, in the order the designer lists them (the first is the default). */
export const operatorsByType = {
  string: offeredBy('string'),
  integer: offeredBy('integer'),
  decimal: offeredBy('decimal'),
  money: offeredBy('money'),
  boolean: offeredBy('boolean'),
  date: offeredBy('date'),
  datetime: offeredBy('datetime'),
  choice: offeredBy('choice'),
  multichoice: offeredBy('multichoice'),
  lookup: offeredBy('lookup'),
} as const satisfies { readonly [T in AttributeType]: readonly OperatorOf<T>[] };

/** True for the negated operators (`notEquals` …): none of their values match, never on a missing value. */
export function isNegated(operator: Operator): operator is NegatedOperator {
  return 'negates' in operators[operator];
}

export function isPresenceTest(operator: Operator): operator is PresenceOperator {
  return 'presence' in operators[operator];
}

/**
 * How a condition with `operator` tests a value that is there: the presence tests aside, the positive
 * operator it evaluates and whether the outcome is negated.
 *
 * @example
 * valueTestOf('notEquals'); // { positive: 'equals', negated: true }
 */
export function valueTestOf(operator: Exclude<Operator, PresenceOperator>): {
  readonly positive: PositiveOperator;
  readonly negated: boolean;
} {
  return isNegated(operator)
    ? { positive: operators[operator].negates, negated: true }
    : { positive: operator, negated: false };
}

/** Operators whose outcome changes as time passes, with no data changing: what the clock re-checks. */
export const clockOperators: ReadonlySet<ClockOperator> = new Set(
  operatorIds.filter((id): id is ClockOperator => operators[id].clock !== 'none'),
);

export function isClockOperator(operator: string): operator is ClockOperator {
  return (clockOperators as ReadonlySet<string>).has(operator);
}

export function isSlidingOperator(operator: Operator): operator is SlidingOperator {
  return operators[operator].clock === 'sliding';
}

/** True when the operator's values name a whole calendar day, never a moment, even on a `datetime`. */
export function takesWholeDays(operator: Operator): boolean {
  return 'wholeDays' in operators[operator];
}

/** An operator as the designer and `GET /api/schema` describe it. */
export interface OperatorInfo {
  readonly id: Operator;
  readonly label: string;
  readonly values: ValueArity;
}

/** The operators of one attribute type with their labels and value shapes. */
export function operatorsFor(type: AttributeType): readonly OperatorInfo[] {
  return operatorsByType[type].map((id) => ({
    id,
    label: operators[id].label,
    values: operators[id].values,
  }));
}
