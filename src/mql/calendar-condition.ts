import { resolveName, type ConditionScope } from './condition-scope.ts';
import { datePartOf } from './date-parts.ts';
import { integerOf, isNow, unitOf, type CallExpr } from './date-value.ts';
import { mqlProblem, type Position } from './mql-problem.ts';
import type { CompareOp, ValueExpr } from './syntax.ts';
import { condition, leafWithData, type Leaf } from './where-nodes.ts';

/** DATEDIFF(…) and DAYSTOANNIVERSARY(…) compared with a number: calendar periods, ages, anniversaries. */

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
 * to the next month-day of x (0 today) are fewer than n, which is docs/SEGMENTS.md's `anniversaryInNext n`.
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
