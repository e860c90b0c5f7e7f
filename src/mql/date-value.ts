import type { TimeUnit } from '../definition/index.ts';
import type { ConditionScope } from './condition-scope.ts';
import { datePartUnit } from './date-parts.ts';
import { mqlProblem, type Position } from './mql-problem.ts';
import type { ValueExpr } from './syntax.ts';

export type CallExpr = Extract<ValueExpr, { kind: 'call' }>;
export type NameExpr = Extract<ValueExpr, { kind: 'name' }>;

/** A date as a condition's value: a fixed day or moment, or a moment relative to now. */
export type DateValue =
  | { readonly kind: 'absolute'; readonly value: string; readonly instant: boolean }
  | { readonly kind: 'relative'; readonly amount: number; readonly unit?: TimeUnit | undefined };

export const asCall = (expr: ValueExpr, name: string): CallExpr | undefined =>
  expr.kind === 'call' && expr.name.text.toUpperCase() === name ? expr : undefined;

export const isNow = (expr: ValueExpr): boolean =>
  expr.kind === 'call' &&
  ['DATETIMEUTCNOW', 'UTCNOW'].includes(expr.name.text.toUpperCase()) &&
  expr.args.length === 0;

export const integerOf = (expr: ValueExpr | undefined): number | undefined =>
  expr?.kind === 'number' && /^-?\d+$/.test(expr.text) ? Number(expr.text) : undefined;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The date part a DATEDIFF or DATEADD names (`day`, `'day'`, `DAY`). */
export function unitOf(expr: ValueExpr | undefined): TimeUnit | undefined {
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
