import type { AttributeType } from '../schema/attribute-type.ts';

/**
 * What `values` an operator takes: none; exactly one; one or more (OR'd, or AND'd for `containsAllOf`);
 * two bounds; a period (one positive whole count, with a `unit`); a count of days.
 */
export type ValueArity = 'none' | 'one' | 'oneOrMore' | 'two' | 'period' | 'days';

/**
 * Whether an operator reads the clock, and how its outcome moves as time passes with no data changing:
 * - `none`: fixed by its values (and the time zone);
 * - `day`: a calendar period read from today, which changes at midnight in the segment's time zone;
 * - `monthDay`: month-days read from today (anniversaries), which an index of whole dates cannot range over;
 * - `sliding`: a window measured from the exact moment on a `datetime` (from today on a `date`).
 */
export type ClockReading = 'none' | 'day' | 'monthDay' | 'sliding';

/** One operator's entry in the catalogue. */
export interface OperatorSpec {
  /** What the designer and explanations show. */
  readonly label: string;
  readonly values: ValueArity;
  /** The attribute types that offer it. */
  readonly types: readonly AttributeType[];
  readonly clock: ClockReading;
  /** The positive operator this one negates: true when none of its values match, never on a missing value. */
  readonly negates?: string;
  /** Tests only whether a value is there (`present`) or missing (`missing`), never the value itself. */
  readonly presence?: 'present' | 'missing';
  /** Its values name a whole calendar day, never a moment, even on a `datetime`. */
  readonly wholeDays?: true;
}

const text = ['string'] as const;
const numbers = ['integer', 'decimal', 'money'] as const;
const temporal = ['date', 'datetime'] as const;
const options = ['multichoice'] as const;
const anyType = ['string', ...numbers, 'boolean', ...temporal, 'choice', ...options, 'lookup'] as const;

/**
 * Every operator of docs/SEGMENTS.md ("Operators by attribute type"): the one source of the operator
 * union and of every set derived from it (what each type offers, what reads the clock, what is negated).
 * Each type lists its operators in this order in the designer, so the order matters: the first a type
 * offers is its default.
 */
export const operators = {
  containsAnyOf: { label: 'Contains any of', values: 'oneOrMore', types: options, clock: 'none' },
  containsAllOf: { label: 'Contains all of', values: 'oneOrMore', types: options, clock: 'none' },
  notContainsAnyOf: {
    label: 'Does not contain any of',
    values: 'oneOrMore',
    types: options,
    clock: 'none',
    negates: 'containsAnyOf',
  },
  equals: {
    label: 'Equals',
    values: 'oneOrMore',
    types: ['string', ...numbers, 'boolean', 'choice', ...options, 'lookup'],
    clock: 'none',
  },
  notEquals: {
    label: 'Does not equal',
    values: 'oneOrMore',
    types: ['string', ...numbers, 'choice', 'lookup'],
    clock: 'none',
    negates: 'equals',
  },
  contains: { label: 'Contains', values: 'oneOrMore', types: text, clock: 'none' },
  notContains: {
    label: 'Does not contain',
    values: 'oneOrMore',
    types: text,
    clock: 'none',
    negates: 'contains',
  },
  beginsWith: { label: 'Begins with', values: 'oneOrMore', types: text, clock: 'none' },
  notBeginsWith: {
    label: 'Does not begin with',
    values: 'oneOrMore',
    types: text,
    clock: 'none',
    negates: 'beginsWith',
  },
  endsWith: { label: 'Ends with', values: 'oneOrMore', types: text, clock: 'none' },
  notEndsWith: {
    label: 'Does not end with',
    values: 'oneOrMore',
    types: text,
    clock: 'none',
    negates: 'endsWith',
  },
  greaterThan: { label: 'Greater than', values: 'one', types: numbers, clock: 'none' },
  greaterOrEqual: { label: 'Greater than or equal to', values: 'one', types: numbers, clock: 'none' },
  lessThan: { label: 'Less than', values: 'one', types: numbers, clock: 'none' },
  lessOrEqual: { label: 'Less than or equal to', values: 'one', types: numbers, clock: 'none' },
  on: { label: 'On', values: 'one', types: temporal, clock: 'none', wholeDays: true },
  notOn: { label: 'Not on', values: 'one', types: temporal, clock: 'none', negates: 'on', wholeDays: true },
  before: { label: 'Before', values: 'one', types: temporal, clock: 'none' },
  after: { label: 'After', values: 'one', types: temporal, clock: 'none' },
  onOrBefore: { label: 'On or before', values: 'one', types: temporal, clock: 'none' },
  onOrAfter: { label: 'On or after', values: 'one', types: temporal, clock: 'none' },
  between: { label: 'Between', values: 'two', types: [...numbers, ...temporal], clock: 'none' },
  notBetween: { label: 'Not between', values: 'two', types: numbers, clock: 'none', negates: 'between' },
  inLast: { label: 'In the last', values: 'period', types: temporal, clock: 'sliding' },
  inNext: { label: 'In the next', values: 'period', types: temporal, clock: 'sliding' },
  olderThan: { label: 'Older than', values: 'period', types: temporal, clock: 'sliding' },
  today: { label: 'Today', values: 'none', types: temporal, clock: 'day' },
  yesterday: { label: 'Yesterday', values: 'none', types: temporal, clock: 'day' },
  tomorrow: { label: 'Tomorrow', values: 'none', types: temporal, clock: 'day' },
  thisWeek: { label: 'This week', values: 'none', types: temporal, clock: 'day' },
  thisMonth: { label: 'This month', values: 'none', types: temporal, clock: 'day' },
  thisYear: { label: 'This year', values: 'none', types: temporal, clock: 'day' },
  lastWeek: { label: 'Last week', values: 'none', types: temporal, clock: 'day' },
  lastMonth: { label: 'Last month', values: 'none', types: temporal, clock: 'day' },
  lastYear: { label: 'Last year', values: 'none', types: temporal, clock: 'day' },
  // A date-time's month-day depends on the time zone, which SQLite cannot apply; anniversaries are of dates.
  anniversaryInNext: { label: 'Anniversary in the next', values: 'days', types: ['date'], clock: 'monthDay' },
  containsData: {
    label: 'Contains data',
    values: 'none',
    types: anyType,
    clock: 'none',
    presence: 'present',
  },
  notContainsData: {
    label: 'Does not contain data',
    values: 'none',
    types: anyType,
    clock: 'none',
    presence: 'missing',
  },
} as const satisfies Record<string, OperatorSpec>;

/** Every operator id: a validated condition's `operator`. */
export type Operator = keyof typeof operators;

type Spec = typeof operators;

/** The operators attribute type `T` offers. */
export type OperatorOf<T extends AttributeType> = {
  [K in Operator]: T extends Spec[K]['types'][number] ? K : never;
}[Operator];

/** The negated operators (`notEquals` …), each the negation of its `negates`. */
export type NegatedOperator = { [K in Operator]: Spec[K] extends { negates: string } ? K : never }[Operator];

/** `containsData` and `notContainsData`, which test whether a value is there. */
export type PresenceOperator = {
  [K in Operator]: Spec[K] extends { presence: string } ? K : never;
}[Operator];

/** The operators that test a value directly: neither negated nor a presence test. */
export type PositiveOperator = Exclude<Operator, NegatedOperator | PresenceOperator>;

/** The positive operators attribute type `T` offers: what its test (SQL or in memory) must handle. */
export type PositiveOperatorOf<T extends AttributeType> = PositiveOperator & OperatorOf<T>;

/** The date operators, resolved to ranges by `timeTest`; the negated `notOn` is the complement of `on`. */
export type TimeOperator = PositiveOperatorOf<'date'>;

/** The operators whose outcome changes as time passes, with no data changing. */
export type ClockOperator = { [K in Operator]: Spec[K]['clock'] extends 'none' ? never : K }[Operator];

/** The operators measured from the exact moment on a `datetime`. */
export type SlidingOperator = { [K in Operator]: Spec[K]['clock'] extends 'sliding' ? K : never }[Operator];

/** Every operator id, in the catalogue's order. */
export const operatorIds = Object.keys(operators) as readonly Operator[];

export function isOperator(value: string): value is Operator {
  return Object.hasOwn(operators, value);
}
