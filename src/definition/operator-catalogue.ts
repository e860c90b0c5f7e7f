import type { AttributeType } from '../schema/attribute-type.ts';

/** Every operator id of docs/SEGMENTS.md, with the label the designer shows. */
export const operatorLabels = {
  equals: 'Equals',
  notEquals: 'Does not equal',
  contains: 'Contains',
  notContains: 'Does not contain',
  beginsWith: 'Begins with',
  notBeginsWith: 'Does not begin with',
  endsWith: 'Ends with',
  notEndsWith: 'Does not end with',
  containsData: 'Contains data',
  notContainsData: 'Does not contain data',
  greaterThan: 'Greater than',
  greaterOrEqual: 'Greater than or equal to',
  lessThan: 'Less than',
  lessOrEqual: 'Less than or equal to',
  between: 'Between',
  notBetween: 'Not between',
  containsAnyOf: 'Contains any of',
  containsAllOf: 'Contains all of',
  notContainsAnyOf: 'Does not contain any of',
  on: 'On',
  notOn: 'Not on',
  before: 'Before',
  after: 'After',
  onOrBefore: 'On or before',
  onOrAfter: 'On or after',
  inLast: 'In the last',
  inNext: 'In the next',
  olderThan: 'Older than',
  today: 'Today',
  yesterday: 'Yesterday',
  tomorrow: 'Tomorrow',
  thisWeek: 'This week',
  thisMonth: 'This month',
  thisYear: 'This year',
  lastWeek: 'Last week',
  lastMonth: 'Last month',
  lastYear: 'Last year',
  anniversaryInNext: 'Anniversary in the next',
} as const;

export type OperatorId = keyof typeof operatorLabels;

/**
 * What `values` an operator takes: none; exactly one; one or more (OR'd, or AND'd for `containsAllOf`);
 * two bounds; a period (one positive whole count, with a `unit`); a count of days.
 */
export type ValueArity = 'none' | 'one' | 'oneOrMore' | 'two' | 'period' | 'days';

export const operatorArity = {
  equals: 'oneOrMore',
  notEquals: 'oneOrMore',
  contains: 'oneOrMore',
  notContains: 'oneOrMore',
  beginsWith: 'oneOrMore',
  notBeginsWith: 'oneOrMore',
  endsWith: 'oneOrMore',
  notEndsWith: 'oneOrMore',
  containsData: 'none',
  notContainsData: 'none',
  greaterThan: 'one',
  greaterOrEqual: 'one',
  lessThan: 'one',
  lessOrEqual: 'one',
  between: 'two',
  notBetween: 'two',
  containsAnyOf: 'oneOrMore',
  containsAllOf: 'oneOrMore',
  notContainsAnyOf: 'oneOrMore',
  on: 'one',
  notOn: 'one',
  before: 'one',
  after: 'one',
  onOrBefore: 'one',
  onOrAfter: 'one',
  inLast: 'period',
  inNext: 'period',
  olderThan: 'period',
  today: 'none',
  yesterday: 'none',
  tomorrow: 'none',
  thisWeek: 'none',
  thisMonth: 'none',
  thisYear: 'none',
  lastWeek: 'none',
  lastMonth: 'none',
  lastYear: 'none',
  anniversaryInNext: 'days',
} as const satisfies Record<OperatorId, ValueArity>;

/**
 * The negated operators and the positive form each negates: `notEquals ["Parker", "Kent"]` holds when
 * neither matches, and (two-valued logic) never on a missing value.
 */
export const negatedOperators = {
  notEquals: 'equals',
  notContains: 'contains',
  notBeginsWith: 'beginsWith',
  notEndsWith: 'endsWith',
  notBetween: 'between',
  notContainsAnyOf: 'containsAnyOf',
  notOn: 'on',
} as const satisfies Partial<Record<OperatorId, OperatorId>>;

export type NegatedOperator = keyof typeof negatedOperators;

const numeric = [
  'equals',
  'notEquals',
  'greaterThan',
  'greaterOrEqual',
  'lessThan',
  'lessOrEqual',
  'between',
  'notBetween',
  'containsData',
  'notContainsData',
] as const satisfies readonly OperatorId[];

const temporal = [
  'on',
  'notOn',
  'before',
  'after',
  'onOrBefore',
  'onOrAfter',
  'between',
  'inLast',
  'inNext',
  'olderThan',
  'today',
  'yesterday',
  'tomorrow',
  'thisWeek',
  'thisMonth',
  'thisYear',
  'lastWeek',
  'lastMonth',
  'lastYear',
  'anniversaryInNext',
  'containsData',
  'notContainsData',
] as const satisfies readonly OperatorId[];

/** The operators each attribute type offers, in the order the designer lists them (the first is the default). */
export const operatorsByType = {
  string: [
    'equals',
    'notEquals',
    'contains',
    'notContains',
    'beginsWith',
    'notBeginsWith',
    'endsWith',
    'notEndsWith',
    'containsData',
    'notContainsData',
  ],
  integer: numeric,
  decimal: numeric,
  money: numeric,
  boolean: ['equals', 'containsData', 'notContainsData'],
  date: temporal,
  // A date-time's month-day depends on the time zone, which SQLite cannot apply; anniversaries are of dates.
  datetime: temporal.filter((id) => id !== 'anniversaryInNext'),
  choice: ['equals', 'notEquals', 'containsData', 'notContainsData'],
  multichoice: [
    'containsAnyOf',
    'containsAllOf',
    'notContainsAnyOf',
    'equals',
    'containsData',
    'notContainsData',
  ],
  lookup: ['equals', 'notEquals', 'containsData', 'notContainsData'],
} as const satisfies Record<AttributeType, readonly OperatorId[]>;

/** Operators whose outcome changes as time passes, with no data changing. */
export const clockOperators: ReadonlySet<OperatorId> = new Set([
  'inLast',
  'inNext',
  'olderThan',
  'today',
  'yesterday',
  'tomorrow',
  'thisWeek',
  'thisMonth',
  'thisYear',
  'lastWeek',
  'lastMonth',
  'lastYear',
  'anniversaryInNext',
]);

export function isOperatorId(value: string): value is OperatorId {
  return Object.hasOwn(operatorLabels, value);
}

/** True when `type` offers `operator`. */
export function typeOffers(type: AttributeType, operator: string): boolean {
  return (operatorsByType[type] as readonly string[]).includes(operator);
}

/** An operator as the designer and `GET /api/schema` describe it. */
export interface OperatorInfo {
  readonly id: OperatorId;
  readonly label: string;
  readonly values: ValueArity;
}

/** The operators of one attribute type with their labels and value shapes. */
export function operatorsFor(type: AttributeType): readonly OperatorInfo[] {
  return operatorsByType[type].map((id) => ({ id, label: operatorLabels[id], values: operatorArity[id] }));
}
