import type { ConditionValue, TimeUnit } from '../definition/index.ts';
import type { AttributeDef } from '../schema/index.ts';
import type { ConditionScope } from './condition-scope.ts';
import { resolveName } from './condition-scope.ts';
import { datePartOf, datePartUnit } from './date-parts.ts';
import { mqlProblem, type Position } from './mql-problem.ts';
import type { CompareOp, ValueExpr } from './syntax.ts';
import { condition, leafWithData, type Leaf } from './where-nodes.ts';

/**
 * Date conditions of MQL, as SEGMENTS.md can hold them (see `print-mql.ts` for the forms printed):
 *
 * - Absolute: `x == '2026-03-01'` (on), `!=` (not on), `>` after, `>=` on or after, `<` before, `<=` on or
 *   before; the date may be written `DATE(2026, 3, 1)`, a moment `DATE(2026, 3, 1, 9, 30)` or
 *   `'2026-03-01T09:30:00Z'` (UTC when no offset is written, as Dynamics keeps date-times).
 * - Sliding periods, by DATEADD from DATETIMEUTCNOW() (an exact moment):
 *   `x <= DATEADD(day, -30, DATETIMEUTCNOW())` is older than 30 days; `x > DATEADD(day, -30, …)` is
 *   its opposite (has a date, not older than 30 days); `x > DATEADD(day, -30, …) && x <= DATETIMEUTCNOW()`
 *   is in the last 30 days; `x >= DATETIMEUTCNOW() && x < DATEADD(day, 30, …)` is in the next 30 days.
 * - DATEDIFF(part, x, DATETIMEUTCNOW()): with `==`, calendar periods, counting boundaries crossed as
 *   SQL Server does (`== 0` today, this week, month or year; `== 1` yesterday or the last one;
 *   `DATEDIFF(day, DATETIMEUTCNOW(), x) == 1` tomorrow); with `<`, `<=`, `>`, `>=`, whole units elapsed,
 *   as an age (`DATEDIFF(year, birthdate, DATETIMEUTCNOW()) >= 40` is olderThan 40 years).
 * - Weeks start on Monday and every day is read in the segment's time zone (SEGMENTS.md), where
 *   Dynamics reads UTC.
 */

type CallExpr = Extract<ValueExpr, { kind: 'call' }>;
type NameExpr = Extract<ValueExpr, { kind: 'name' }>;

/** A date as a condition's value: a fixed day or moment, or a moment relative to now. */
export type DateValue =
  | { readonly kind: 'absolute'; readonly value: string; readonly instant: boolean }
  | { readonly kind: 'relative'; readonly amount: number; readonly unit?: TimeUnit | undefined };

const asCall = (expr: ValueExpr, name: string): CallExpr | undefined =>
  expr.kind === 'call' && expr.name.text.toUpperCase() === name ? expr : undefined;

const isNow = (expr: ValueExpr): boolean =>
  expr.kind === 'call' &&
  ['DATETIMEUTCNOW', 'UTCNOW'].includes(expr.name.text.toUpperCase()) &&
  expr.args.length === 0;

const integerOf = (expr: ValueExpr | undefined): number | undefined =>
  expr?.kind === 'number' && /^-?\d+$/.test(expr.text) ? Number(expr.text) : undefined;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The date part a DATEDIFF or DATEADD names (`day`, `'day'`, `DAY`). */
function unitOf(expr: ValueExpr | undefined): TimeUnit | undefined {
  if (expr?.kind === 'name' && !expr.qualifier) return datePartUnit(expr.name.text);
  if (expr?.kind === 'string') return datePartUnit(expr.value);
  return undefined;
}

/**
 * Reads a value as a date, reporting what is wrong with it. Returns undefined (problem reported) or
 * 'none' when the value is no date expression at all.
 */
export function readDateValue(expr: ValueExpr, scope: ConditionScope): DateValue | 'none' | undefined {
  const report = (at: Position, message: string): DateValue | undefined => {
    scope.problems.push(mqlProblem('MQL_WRONG_VALUE', at, message));
    return undefined;
  };
  if (expr.kind === 'string') {
    const text = expr.value.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { kind: 'absolute', value: text, instant: false };
    const moment =
      /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
    if (moment) {
      return {
        kind: 'absolute',
        value: `${moment[1] ?? ''}T${moment[2] ?? ''}${moment[3] ?? 'Z'}`,
        instant: true,
      };
    }
    return report(
      expr.at,
      `'${expr.value}' is not a date: write '2026-03-01', DATE(2026, 3, 1) or '2026-03-01T09:30:00Z'.`,
    );
  }
  if (isNow(expr)) return { kind: 'relative', amount: 0 };
  const dateCall = asCall(expr, 'DATE');
  if (dateCall) {
    const parts = dateCall.args.map(integerOf);
    if (parts.length < 3 || parts.length > 7 || parts.some((p) => p === undefined)) {
      return report(
        expr.at,
        'DATE takes whole numbers: DATE(year, month, day[, hour, minute, second, millisecond]).',
      );
    }
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0] = parts as number[];
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
    if (
      year < 1 ||
      year > 9999 ||
      date.getUTCMonth() !== month - 1 ||
      date.getUTCDate() !== day ||
      hour > 23 ||
      minute > 59 ||
      second > 59 ||
      ms > 999 ||
      parts.some((p) => (p ?? 0) < 0)
    ) {
      return report(expr.at, `DATE(${parts.join(', ')}) is not a date of the calendar.`);
    }
    const day10 = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (parts.length === 3) return { kind: 'absolute', value: day10, instant: false };
    const time = `${pad(hour)}:${pad(minute)}:${pad(second)}${ms ? `.${pad(ms, 3)}` : ''}`;
    return { kind: 'absolute', value: `${day10}T${time}Z`, instant: true };
  }
  const dateAdd = asCall(expr, 'DATEADD');
  if (dateAdd) {
    const [part, amount, base] = dateAdd.args;
    const unit = unitOf(part);
    const n = integerOf(amount);
    if (dateAdd.args.length !== 3 || !unit || n === undefined || !base || !isNow(base)) {
      return report(
        expr.at,
        'Segmint reads DATEADD(datePart, whole number, DATETIMEUTCNOW()), such as DATEADD(day, -30, DATETIMEUTCNOW()); datePart is year, month, week, day, hour or minute.',
      );
    }
    return { kind: 'relative', amount: n, unit };
  }
  return 'none';
}

const absoluteOperators = {
  '==': ['on', 'notOn'],
  '!=': ['notOn', 'on'],
  '>': ['after', 'onOrBefore'],
  '>=': ['onOrAfter', 'before'],
  '<': ['before', 'onOrAfter'],
  '<=': ['onOrBefore', 'after'],
} as const satisfies Record<CompareOp, readonly [string, string]>;

/** `attribute op date`, for a date or date-time attribute. */
export function dateLeaf(
  attribute: AttributeDef,
  op: CompareOp,
  value: DateValue,
  at: Position,
  scope: ConditionScope,
): Leaf | undefined {
  const report = (message: string): Leaf | undefined => {
    scope.problems.push(mqlProblem('MQL_NOT_EXPRESSIBLE', at, message));
    return undefined;
  };
  if (value.kind === 'absolute') {
    if (value.instant && (op === '==' || op === '!=')) {
      return report(
        `${attribute.name} ${op} compares whole days: write the day alone, such as '${value.value.slice(0, 10)}'.`,
      );
    }
    if (value.instant && attribute.type === 'date') {
      return report(
        `${attribute.name} is a date without a time of day: write the day alone, such as '${value.value.slice(0, 10)}'.`,
      );
    }
    const [positive, negative] = absoluteOperators[op];
    const values: ConditionValue[] = [value.value];
    return { t: condition(attribute.name, positive, values), f: condition(attribute.name, negative, values) };
  }
  const unit = value.unit;
  const forms =
    `Segmint reads relative dates as ${attribute.name} <= DATEADD(day, -30, DATETIMEUTCNOW()) (older than 30 days), ` +
    `${attribute.name} > DATEADD(day, -30, DATETIMEUTCNOW()) && ${attribute.name} <= DATETIMEUTCNOW() (in the last 30 days) ` +
    `or ${attribute.name} >= DATETIMEUTCNOW() && ${attribute.name} < DATEADD(day, 30, DATETIMEUTCNOW()) (in the next 30 days).`;
  if (unit === undefined || value.amount >= 0) return report(forms);
  const olderThan = condition(attribute.name, 'olderThan', [-value.amount], unit);
  if (op === '<=') return leafWithData(olderThan, attribute.name);
  if (op === '>') {
    const opposite = leafWithData(olderThan, attribute.name);
    return { t: opposite.f, f: opposite.t };
  }
  return report(forms);
}

/** A bound of a sliding period, for pairing `x > DATEADD(…, -n, now) && x <= now` into "in the last n". */
export interface RelativeBound {
  readonly attribute: string;
  readonly op: CompareOp;
  readonly amount: number;
  readonly unit?: TimeUnit | undefined;
}

/** `name op DATEADD(…)` or `name op DATETIMEUTCNOW()`, read without reporting anything. */
export function relativeBound(
  name: NameExpr,
  op: CompareOp,
  value: ValueExpr,
  scope: ConditionScope,
): RelativeBound | undefined {
  const resolved = resolveName(scope, name, true);
  if (resolved?.kind !== 'attribute') return undefined;
  if (resolved.attribute.type !== 'date' && resolved.attribute.type !== 'datetime') return undefined;
  if (isNow(value)) return { attribute: resolved.attribute.name, op, amount: 0 };
  const dateAdd = asCall(value, 'DATEADD');
  if (!dateAdd) return undefined;
  const [part, amount, base] = dateAdd.args;
  const unit = unitOf(part);
  const n = integerOf(amount);
  if (dateAdd.args.length !== 3 || !unit || n === undefined || n === 0 || !base || !isNow(base))
    return undefined;
  return { attribute: resolved.attribute.name, op, amount: n, unit };
}

/** Two bounds that together are "in the last n" or "in the next n", as a leaf. */
export function pairedPeriod(a: RelativeBound, b: RelativeBound): Leaf | undefined {
  if (a.attribute !== b.attribute) return undefined;
  for (const [period, now] of [
    [a, b],
    [b, a],
  ] as const) {
    if (now.amount !== 0 || period.unit === undefined) continue;
    if (period.op === '>' && period.amount < 0 && now.op === '<=') {
      return leafWithData(condition(a.attribute, 'inLast', [-period.amount], period.unit), a.attribute);
    }
    if (period.op === '<' && period.amount > 0 && now.op === '>=') {
      return leafWithData(condition(a.attribute, 'inNext', [period.amount], period.unit), a.attribute);
    }
  }
  return undefined;
}

const calendar = {
  days: ['today', 'yesterday'],
  weeks: ['thisWeek', 'lastWeek'],
  months: ['thisMonth', 'lastMonth'],
  years: ['thisYear', 'lastYear'],
} as const;

/**
 * `DATEDIFF(part, x, DATETIMEUTCNOW()) op k`. Compared with `==` it names a calendar period, counting
 * the boundaries of `part` crossed as SQL Server does (0 this one, 1 the last one; tomorrow is
 * `DATEDIFF(day, DATETIMEUTCNOW(), x) == 1`). Compared with `<`, `<=`, `>`, `>=` it reads the whole
 * units elapsed since x, as an age: `DATEDIFF(year, birthdate, DATETIMEUTCNOW()) >= 40` is 40 years
 * old or more (olderThan 40 years), and `< 40` has a birthdate and is not (on a date attribute and in
 * days, elapsed days and calendar days are the same count).
 */
export function dateDiffLeaf(
  call: CallExpr,
  op: CompareOp,
  k: ValueExpr,
  scope: ConditionScope,
): Leaf | undefined {
  const report = (at: Position, message: string): Leaf | undefined => {
    scope.problems.push(mqlProblem('MQL_NOT_EXPRESSIBLE', at, message));
    return undefined;
  };
  const [part, first, second] = call.args;
  const unit = unitOf(part);
  if (call.args.length !== 3 || !unit || !first || !second) {
    return report(
      call.at,
      'DATEDIFF takes a date part and two dates: DATEDIFF(day, birthdate, DATETIMEUTCNOW()).',
    );
  }
  const sinceAttribute = isNow(second);
  const nameSide = sinceAttribute ? first : second;
  if (!(sinceAttribute || isNow(first)) || nameSide.kind !== 'name') {
    return report(
      call.at,
      'Segmint reads DATEDIFF between an attribute and DATETIMEUTCNOW(), such as DATEDIFF(year, birthdate, DATETIMEUTCNOW()).',
    );
  }
  const resolved = resolveName(scope, nameSide);
  if (!resolved) return undefined;
  if (
    resolved.kind !== 'attribute' ||
    (resolved.attribute.type !== 'date' && resolved.attribute.type !== 'datetime')
  ) {
    return report(nameSide.at, `DATEDIFF needs a date attribute; ${nameSide.name.text} is not one.`);
  }
  const name = resolved.attribute.name;
  const k0 = integerOf(k);
  if (k0 === undefined) return report(k.at, 'Compare DATEDIFF(…) with a whole number, such as == 0.');
  if (op === '==' || op === '!=') {
    // DATEDIFF(part, now, x) counts the other way round.
    const n = sinceAttribute ? k0 : -k0;
    let operator: string | undefined;
    if (n === 0 || n === 1)
      operator = unit in calendar ? calendar[unit as keyof typeof calendar][n] : undefined;
    if (n === -1 && unit === 'days') operator = 'tomorrow';
    if (!operator) {
      return report(
        call.at,
        'DATEDIFF(…) == n names a calendar period Segmint has for n = 0 (this day, week, month or year), n = 1 (the last one) and tomorrow; for other periods compare the attribute with DATEADD(…, DATETIMEUTCNOW()).',
      );
    }
    const leaf = leafWithData(condition(name, operator), name);
    return op === '==' ? leaf : { t: leaf.f, f: leaf.t };
  }
  if (!sinceAttribute) {
    return report(
      call.at,
      `For dates to come, write ${name} >= DATETIMEUTCNOW() && ${name} < DATEADD(${datePartOf[unit]}, n, DATETIMEUTCNOW()) (in the next n); DATEDIFF(${datePartOf[unit]}, DATETIMEUTCNOW(), ${name}) ${op} n cannot be expressed.`,
    );
  }
  // Elapsed whole units: d >= n is "older than n", d < n its opposite.
  const atLeast = op === '>=' ? k0 : op === '>' ? k0 + 1 : op === '<' ? k0 : k0 + 1;
  if (atLeast < 1) {
    return report(
      call.at,
      `DATEDIFF(${datePartOf[unit]}, ${name}, DATETIMEUTCNOW()) ${op} ${k0} reaches into the future, which Segmint cannot state this way; for dates to come use DATEADD(${datePartOf[unit]}, n, DATETIMEUTCNOW()).`,
    );
  }
  const leaf = leafWithData(condition(name, 'olderThan', [atLeast], unit), name);
  return op === '>=' || op === '>' ? leaf : { t: leaf.f, f: leaf.t };
}

/**
 * `DAYSTOANNIVERSARY(x) < n`, Segmint's function for birthdays and anniversaries: the days from today
 * to the next month-day of x (0 today) are fewer than n, which is SEGMENTS.md's `anniversaryInNext n`.
 */
export function anniversaryLeaf(
  call: CallExpr,
  op: CompareOp,
  k: ValueExpr,
  scope: ConditionScope,
): Leaf | undefined {
  const report = (at: Position, message: string): Leaf | undefined => {
    scope.problems.push(mqlProblem('MQL_NOT_EXPRESSIBLE', at, message));
    return undefined;
  };
  const [arg] = call.args;
  if (call.args.length !== 1 || arg?.kind !== 'name')
    return report(call.at, 'DAYSTOANNIVERSARY takes one date attribute: DAYSTOANNIVERSARY(birthdate) < 7.');
  const resolved = resolveName(scope, arg);
  if (!resolved) return undefined;
  if (resolved.kind !== 'attribute' || resolved.attribute.type !== 'date') {
    return report(
      arg.at,
      `DAYSTOANNIVERSARY reads a date attribute such as birthdate; ${arg.name.text} is not one.`,
    );
  }
  const n = integerOf(k);
  const days = n === undefined ? undefined : op === '<' ? n : op === '<=' ? n + 1 : undefined;
  if (days === undefined || days < 1)
    return report(
      k.at,
      'Write DAYSTOANNIVERSARY(x) < n with a whole number n of 1 or more: the anniversary falls in the next n days.',
    );
  return leafWithData(
    condition(resolved.attribute.name, 'anniversaryInNext', [days]),
    resolved.attribute.name,
  );
}
