import type { ValidCondition } from '../../definition/nodes.ts';
import type { PositiveOperator } from '../../definition/operator-catalogue.ts';
import { isPresenceTest, typeOffers, valueTestOf } from '../../definition/operator-sets.ts';
import type { AttributeType } from '../../schema/attribute-type.ts';
import { foldCase } from '../../schema/fold-case.ts';
import type { ConditionCheck } from '../condition-check.ts';
import { testCondition } from '../condition-test.ts';
import { textTests } from '../text-test.ts';
import type { TimeTests } from '../time-tests.ts';
import { isMissing, valueAt, type Column, type DictionaryColumn } from './column.ts';
import { numberKernel } from './number-kernel.ts';
import { timeKernel } from './time-kernel.ts';
import type { ColumnarEnv } from './columnar-where.ts';
import { textTestUnits, timeTestUnits } from './work-meter.ts';
import { flagRows } from './scratch.ts';

/** The positive test of one type over a whole column, or undefined to let the evaluator decide per value. */
type Kernel = (
  column: Column,
  positive: PositiveOperator,
  node: ValidCondition,
  times: TimeTests,
) => Uint8Array | undefined;

const check = <Op extends PositiveOperator>(operator: Op, node: ValidCondition): ConditionCheck<Op> => ({
  operator,
  values: node.values,
  unit: node.unit,
  path: '',
});

// Options, ids and booleans have few distinct values: the evaluator's own test runs once per value.
const perValue: Kernel = () => undefined;

/**
 * The vectorised positive test of each attribute type. A type added to the schema without one here
 * does not compile; each kernel's own table is keyed by its type's positive operators.
 */
const kernels = {
  // Text is held as a dictionary, whose distinct values `textCodes` tests once each.
  string: perValue,
  integer: (column, positive, node) => numbers(column, positive, node),
  decimal: (column, positive, node) => numbers(column, positive, node),
  money: (column, positive, node) => numbers(column, positive, node),
  boolean: perValue,
  choice: perValue,
  lookup: perValue,
  multichoice: perValue,
  date: (column, positive, node, times) => dates(column, positive, node, times),
  datetime: (column, positive, node, times) => dates(column, positive, node, times),
} satisfies Record<AttributeType, Kernel>;

function numbers(column: Column, positive: PositiveOperator, node: ValidCondition): Uint8Array | undefined {
  if (column.kind !== 'numbers' || !typeOffers('integer', positive)) return undefined;
  return numberKernel(column, check(positive, node));
}

function dates(
  column: Column,
  positive: PositiveOperator,
  node: ValidCondition,
  times: TimeTests,
): Uint8Array | undefined {
  if (column.kind !== 'instants' || !typeOffers('date', positive)) return undefined;
  return timeKernel(column, check(positive, node), node, times);
}

/**
 * The rows of `column` that satisfy `node`, with the evaluator's two-valued logic (docs/SEGMENTS.md):
 * a missing value satisfies only `notContainsData`, and a negated operator is the complement of its
 * positive one on the rows that hold a value. Where no kernel applies, `testCondition` decides each
 * distinct value (a dictionary) or each row.
 */
export function conditionRows(
  node: ValidCondition,
  column: Column,
  rows: number,
  env: ColumnarEnv,
  path: string,
): Uint8Array {
  const { times } = env;
  const attribute = column.attribute;
  if (column.kind === 'dictionary') {
    env.meter.charge(rows);
    const { byCode, onMissing } = dictionaryTest(node, column, env, path);
    return fromCodes(column.codes, byCode, onMissing);
  }
  env.meter.charge(conditionWork(node, column, rows));
  // Also the check that the type offers the operator, which throws as the evaluator does.
  const onMissing = testCondition(node, attribute, null, times, path) ? 1 : 0;
  const out = flagRows(rows);
  const operator = node.operator;
  if (isPresenceTest(operator)) {
    for (let r = 0; r < rows; r++) out[r] = isMissing(column, r) ? onMissing : 1 - onMissing;
    return out;
  }
  const { positive, negated } = valueTestOf(operator);
  const flip = negated ? 1 : 0;
  const hits = kernels[attribute.type](column, positive, node, times);
  if (hits) {
    // NaN (missing) is the one value not equal to itself.
    const values = column.kind === 'numbers' ? column.numbers : column.instants;
    for (let r = 0; r < rows; r++) {
      const value = values[r] ?? Number.NaN;
      out[r] = value !== value ? onMissing : (hits[r] ?? 0) ^ flip;
    }
    return out;
  }
  for (let r = 0; r < rows; r++)
    out[r] = testCondition(node, attribute, valueAt(column, r), times, path) ? 1 : 0;
  return out;
}

/**
 * `node` decided once for each distinct value of a dictionary column (by the text kernel where it
 * applies, else by the evaluator), and for a row without a value: a row passes when its code's flag
 * is 1, or it has no value and `onMissing` is 1.
 */
export function dictionaryTest(
  node: ValidCondition,
  column: DictionaryColumn,
  env: ColumnarEnv,
  path: string,
): { readonly byCode: Uint8Array; readonly onMissing: 0 | 1 } {
  const { times } = env;
  const attribute = column.attribute;
  env.meter.charge(conditionWork(node, column, 0));
  // Also the check that the type offers the operator, which throws as the evaluator does.
  const onMissing = testCondition(node, attribute, null, times, path) ? 1 : 0;
  if (isPresenceTest(node.operator))
    return { byCode: new Uint8Array(column.values.length).fill(1 - onMissing), onMissing };
  const { positive, negated } = valueTestOf(node.operator);
  const flip = negated ? 1 : 0;
  const texts = textCodes(column, positive, node);
  const byCode = texts
    ? texts.map((hit) => hit ^ flip)
    : Uint8Array.from(column.values, (value) => (testCondition(node, attribute, value, times, path) ? 1 : 0));
  return { byCode, onMissing };
}

/** One flag per distinct folded text of a `string` dictionary for the positive test, else undefined. */
function textCodes(column: DictionaryColumn, positive: PositiveOperator, node: ValidCondition) {
  if (!column.folded || column.attribute.type !== 'string' || !typeOffers('string', positive))
    return undefined;
  const test = textTests[positive];
  const needles = node.values.map((v) => foldCase(String(v)));
  return Uint8Array.from(column.folded, (text) => (needles.some((n) => test(text, n)) ? 1 : 0));
}

/**
 * What `conditionRows` spends at most: a pass over the rows, and each value tested against each
 * distinct text of a dictionary or against each row of the other columns.
 */
function conditionWork(node: ValidCondition, column: Column, rows: number): number {
  const values = Math.max(1, node.values.length);
  if (column.kind === 'dictionary') return rows + column.values.length * values * textTestUnits;
  if (column.kind === 'instants') return rows * (1 + values) * timeTestUnits;
  return rows * (1 + values);
}

/** One flag per row from one flag per dictionary code; `missing` for rows without a value. */
function fromCodes(codes: Int32Array, byCode: Uint8Array, missing: number): Uint8Array {
  const out = flagRows(codes.length);
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r] ?? -1;
    out[r] = code < 0 ? missing : (byCode[code] ?? 0);
  }
  return out;
}
