import type { ConditionValue, TimeUnit } from '../definition/index.ts';
import type { AttributeDef } from '../schema/index.ts';
import { resolveName, type ConditionScope } from './condition-scope.ts';
import { asCall, integerOf, isNow, unitOf, type DateValue, type NameExpr } from './date-value.ts';
import { mqlProblem, type Position } from './mql-problem.ts';
import type { CompareOp, ValueExpr } from './syntax.ts';
import { condition, leafWithData, type Leaf } from './where-nodes.ts';

/**
 * Date conditions of MQL, as docs/SEGMENTS.md can hold them (see `print-mql.ts` for the forms printed):
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
 * - Weeks start on Monday and every day is read in the segment's time zone (docs/SEGMENTS.md), where
 *   Dynamics reads UTC.
 */

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
