import type { ConditionValue } from '../definition/index.ts';
import { resolveBooleanLabel, type AttributeDef } from '../schema/index.ts';
import type { ConditionScope } from './condition-scope.ts';
import { dateLeaf } from './date-condition.ts';
import { readDateValue } from './date-value.ts';
import { mqlProblem, type Position } from './mql-problem.ts';
import { optionList, optionOf as namedOption } from './schema-names.ts';
import type { CompareOp, ValueExpr } from './syntax.ts';
import { condition, leafWithData, type Leaf } from './where-nodes.ts';

/**
 * `attribute op value` by the attribute's type: text and lookups by == and !=, numbers by every
 * comparison, yes/no by true/false (1/0, Dynamics' labels), choices by Dataverse integer, label or
 * option value, several choices by `== 'a,b'` (exactly those), dates as `date-condition.ts` reads them.
 */
const numberOperators = {
  '==': ['equals', 'notEquals'],
  '!=': ['notEquals', 'equals'],
  '>': ['greaterThan', 'lessOrEqual'],
  '>=': ['greaterOrEqual', 'lessThan'],
  '<': ['lessThan', 'greaterOrEqual'],
  '<=': ['lessOrEqual', 'greaterThan'],
} as const satisfies Record<CompareOp, readonly [string, string]>;

export function valueLeaf(
  attribute: AttributeDef,
  op: CompareOp,
  value: ValueExpr,
  opAt: Position,
  scope: ConditionScope,
): Leaf | undefined {
  const name = attribute.name;
  const report = (
    at: Position,
    message: string,
    code: 'MQL_NOT_EXPRESSIBLE' | 'MQL_WRONG_VALUE' = 'MQL_WRONG_VALUE',
  ): Leaf | undefined => {
    scope.problems.push(mqlProblem(code, at, message));
    return undefined;
  };
  const equality = op === '==' || op === '!=';
  const pair = (positive: string, negative: string, values: ConditionValue[]): Leaf =>
    op === '=='
      ? { t: condition(name, positive, values), f: condition(name, negative, values) }
      : { t: condition(name, negative, values), f: condition(name, positive, values) };
  const orderNeedsNumber = (): Leaf | undefined =>
    report(
      opAt,
      `${op} compares numbers and dates; ${name} holds ${attribute.type === 'string' ? 'text' : `a ${attribute.type}`}: use == or !=${attribute.type === 'string' ? ', CONTAINS, STARTSWITH or ENDSWITH' : ''}.`,
      'MQL_NOT_EXPRESSIBLE',
    );
  switch (attribute.type) {
    case 'string': {
      if (!equality) return orderNeedsNumber();
      if (value.kind !== 'string')
        return report(
          value.at,
          `${name} holds text: put the value in single quotes, such as '${valueText(value)}'.`,
        );
      if (value.value === '')
        return report(
          value.at,
          `Text is never empty in Segmint: test ${op === '==' ? 'ISNULL' : 'ISNOTNULL'}(${name}) instead.`,
        );
      return pair('equals', 'notEquals', [value.value]);
    }
    case 'integer':
    case 'decimal':
    case 'money': {
      if (value.kind !== 'number')
        return report(
          value.at,
          `${name} holds numbers: compare it with a number such as 50000, without quotes.`,
        );
      const n = Number(value.text);
      const written: ConditionValue =
        attribute.type === 'integer' || String(n) === value.text ? n : value.text;
      const [positive, negative] = numberOperators[op];
      return { t: condition(name, positive, [written]), f: condition(name, negative, [written]) };
    }
    case 'boolean': {
      if (!equality) return orderNeedsNumber();
      const b =
        value.kind === 'boolean'
          ? value.value
          : value.kind === 'number' && (value.text === '0' || value.text === '1')
            ? value.text === '1'
            : value.kind === 'string'
              ? resolveBooleanLabel(attribute, value.value)
              : undefined;
      if (b === undefined) {
        const labels = attribute.booleanLabels;
        return report(
          value.at,
          `${name} is yes or no: compare it with true or false${labels ? ` (or '${labels.true}', '${labels.false}')` : ''}.`,
        );
      }
      const yes = op === '==' ? b : !b;
      return { t: condition(name, 'equals', [yes]), f: condition(name, 'equals', [!yes]) };
    }
    case 'choice':
    case 'lookup': {
      if (!equality) return orderNeedsNumber();
      if (attribute.type === 'lookup') {
        if (value.kind !== 'string')
          return report(value.at, `${name} points to a record: compare it with the record's id in quotes.`);
        return pair('equals', 'notEquals', [stripBraces(value.value)]);
      }
      if (value.kind !== 'string' && value.kind !== 'number')
        return report(
          value.at,
          `${name} is a choice: compare it with an option such as ${optionList(attribute)}.`,
        );
      const option = chosenOption(
        attribute,
        value.kind === 'number' ? Number(value.text) : value.value,
        value.at,
        scope,
      );
      return option === undefined ? undefined : pair('equals', 'notEquals', [option]);
    }
    case 'multichoice': {
      if (!equality) return orderNeedsNumber();
      if (value.kind !== 'string' && value.kind !== 'number')
        return report(
          value.at,
          `${name} holds choices: compare it with options such as '${attribute.options?.[0]?.label ?? ''}'.`,
        );
      const parts =
        value.kind === 'number' ? [Number(value.text)] : value.value.split(',').map((p) => p.trim());
      const options = parts.map((p) => chosenOption(attribute, p, value.at, scope));
      if (options.some((o) => o === undefined)) return undefined;
      const equals = condition(name, 'equals', options as string[]);
      const leaf = leafWithData(equals, name);
      return op === '==' ? leaf : { t: leaf.f, f: leaf.t };
    }
    case 'date':
    case 'datetime': {
      const date = readDateValue(value, scope);
      if (date === undefined) return undefined;
      if (date === 'none')
        return report(
          value.at,
          `${name} is a date: compare it with '2026-03-01', DATE(2026, 3, 1) or DATEADD(day, -30, DATETIMEUTCNOW()).`,
        );
      return dateLeaf(attribute, op, date, opAt, scope);
    }
  }
}

function valueText(value: ValueExpr): string {
  switch (value.kind) {
    case 'number':
      return value.text;
    case 'boolean':
      return String(value.value);
    case 'name':
      return value.name.text;
    default:
      return 'text';
  }
}

function stripBraces(id: string): string {
  return /^\{.*\}$/.test(id) ? id.slice(1, -1) : id;
}

export function chosenOption(
  attribute: AttributeDef,
  written: string | number,
  at: Position,
  scope: ConditionScope,
): string | undefined {
  const { option, reason } = namedOption(attribute, written);
  if (!option) {
    scope.problems.push(
      mqlProblem(
        'MQL_UNKNOWN_OPTION',
        at,
        `${attribute.displayName} (${attribute.name}): ${reason ?? `${written} is not one of its options`}. Its options are ${optionList(attribute)}.`,
      ),
    );
  }
  return option?.value;
}

/** `TRAVERSE(relationship).FILTER(…).HAVING(…)` inside a FILTER: a related condition (Segmint's extension). */
