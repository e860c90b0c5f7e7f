import type { CountSpec, WindowSpec } from '../definition/index.ts';
import type { EntityDef, Schema } from '../schema/index.ts';
import { windowUnit } from './date-parts.ts';
import { mqlProblem, type MqlProblem } from './mql-problem.ts';
import { attributeOf } from './schema-names.ts';
import type { HavingExpr, ValueExpr } from './syntax.ts';

/** What HAVING states: one count (or, for `!= n`, either of two counts) and an optional window. */
export interface Having {
  readonly counts: readonly CountSpec[];
  readonly window?: WindowSpec | undefined;
}

const wholeNumber = (value: ValueExpr): number | undefined =>
  value.kind === 'number' && /^-?\d+$/.test(value.text) ? Number(value.text) : undefined;

/**
 * `HAVING(COUNT() op n[, UTCDAYS(n)])` as counts of related records: `> n` is at least n + 1,
 * `>= n` at least n, `== n` exactly n, `<= n` at most n, `< n` at most n − 1, `!= n` either fewer
 * or more. The window reads `occurredon` of interactions unless a second argument names another date.
 */
export function translateHaving(
  having: HavingExpr,
  schema: Schema,
  related: EntityDef,
  problems: MqlProblem[],
): Having | undefined {
  const before = problems.length;
  if (having.aggregate.text.toUpperCase() !== 'COUNT') {
    problems.push(
      mqlProblem(
        'MQL_NOT_EXPRESSIBLE',
        having.aggregate.at,
        `Segmint counts related records: write HAVING(COUNT() > 0); ${having.aggregate.text.toUpperCase()}(…) cannot be expressed.`,
      ),
    );
  }
  const n = wholeNumber(having.count);
  let counts: CountSpec[] = [];
  if (n === undefined || n < 0) {
    problems.push(
      mqlProblem(
        'MQL_WRONG_VALUE',
        having.count.at,
        'COUNT() is compared with a whole number of 0 or more, such as COUNT() > 0.',
      ),
    );
  } else {
    switch (having.op) {
      case '>':
        counts = [{ operator: 'atLeast', value: n + 1 }];
        break;
      case '>=':
        counts = [{ operator: 'atLeast', value: n }];
        break;
      case '==':
        counts = [{ operator: 'exactly', value: n }];
        break;
      case '<=':
        counts = [{ operator: 'atMost', value: n }];
        break;
      case '<':
        if (n === 0) {
          problems.push(
            mqlProblem(
              'MQL_WRONG_VALUE',
              having.count.at,
              'No count is below 0: COUNT() < 0 selects no one.',
            ),
          );
        } else {
          counts = [{ operator: 'atMost', value: n - 1 }];
        }
        break;
      case '!=':
        counts =
          n === 0
            ? [{ operator: 'atLeast', value: 1 }]
            : [
                { operator: 'atMost', value: n - 1 },
                { operator: 'atLeast', value: n + 1 },
              ];
        break;
    }
  }
  let window: WindowSpec | undefined;
  if (having.window) {
    const unit = windowUnit(having.window.unit.text);
    const last = wholeNumber(having.window.last);
    if (!unit) {
      problems.push(
        mqlProblem(
          'MQL_UNKNOWN_FUNCTION',
          having.window.unit.at,
          `The window of HAVING is UTCDAYS(n), UTCMONTHS(n) or UTCYEARS(n) (or UTCMINUTES, UTCHOURS, UTCWEEKS), not ${having.window.unit.text}.`,
        ),
      );
    }
    if (last === undefined || last <= 0) {
      problems.push(
        mqlProblem(
          'MQL_WRONG_VALUE',
          having.window.last.at,
          'A window is a whole number of 1 or more, such as UTCDAYS(30).',
        ),
      );
    }
    const attributeName = having.window.attribute?.text ?? 'occurredon';
    const attribute = attributeOf(schema, related, attributeName);
    if (!attribute || (attribute.type !== 'date' && attribute.type !== 'datetime')) {
      problems.push(
        mqlProblem(
          'MQL_UNKNOWN_ATTRIBUTE',
          having.window.attribute?.at ?? having.window.unit.at,
          having.window.attribute
            ? `${related.displayName} has no date attribute "${attributeName}" for the window to read.`
            : `A window on ${related.pluralDisplayName.toLowerCase()} needs the date it reads: write ${having.window.unit.text.toUpperCase()}(n, attribute).`,
        ),
      );
    } else if (unit && last !== undefined && last > 0) {
      window = { attribute: attribute.name, last, unit };
    }
  }
  return problems.length > before ? undefined : { counts, window };
}
