import type { ValidGroup } from '../../definition/nodes.ts';
import { joinPath } from '../../schema/problem.ts';
import { attributeOf } from '../schema-lookups.ts';
import { codeRows } from './code-rows.ts';
import type { DictionaryColumn } from './column.ts';
import { dictionaryTest } from './condition-kernel.ts';
import { rowList } from './scratch.ts';
import type { ColumnarEnv } from './columnar-where.ts';

/** Past this share of the rows, a selection costs more than a pass over all of them. */
const selectiveShare = 1 / 4;

/**
 * The rows of `entity` that satisfy `group`, as a list in no particular order, when few rows do and
 * the group says which from the start: an `and` of conditions on dictionary columns (an interaction's
 * type, a lead's status), one of which no row without a value passes. Its passing values' rows
 * (`code-rows.ts`) are visited, and the other conditions tested on those alone. Undefined when the
 * group is of another shape or more than a quarter of the rows pass its most selective condition:
 * `groupRows` then decides every row. Either way each condition is decided as the evaluator decides it.
 * The list is to read only: it may be the column's own rows of one value (`code-rows.ts`).
 */
export function selectRows(
  group: ValidGroup,
  entity: string,
  env: ColumnarEnv,
  path: string,
): Int32Array | undefined {
  if (group.op !== 'and' || group.not || group.children.length === 0) return undefined;
  const table = env.image.table(entity);
  const tests: { column: DictionaryColumn; byCode: Uint8Array; onMissing: 0 | 1 }[] = [];
  for (const [index, child] of group.children.entries()) {
    if (child.kind !== 'condition') return undefined;
    const childPath = joinPath(path, 'children', index);
    const attribute = attributeOf(
      env.image.schema,
      entity,
      child.attribute,
      joinPath(childPath, 'attribute'),
    );
    const column = table.columns.get(attribute.name);
    if (column?.kind !== 'dictionary') return undefined;
    tests.push({ column, ...dictionaryTest(child, column, env, childPath) });
  }
  let driver: (typeof tests)[number] | undefined;
  let driverRows = Number.POSITIVE_INFINITY;
  for (const test of tests) {
    if (test.onMissing === 1) continue;
    const { offsets } = codeRows(test.column, env.meter);
    let passing = 0;
    test.byCode.forEach((hit, code) => {
      if (hit === 1) passing += (offsets[code + 1] ?? 0) - (offsets[code] ?? 0);
    });
    if (passing < driverRows) [driver, driverRows] = [test, passing];
  }
  if (!driver || driverRows > table.ids.length * selectiveShare) return undefined;
  const others = tests.filter((test) => test !== driver);
  env.meter.charge(driverRows * (others.length + 1));
  const { offsets, rows } = codeRows(driver.column, env.meter);
  const codes: number[] = [];
  driver.byCode.forEach((hit, code) => {
    if (hit === 1 && (offsets[code + 1] ?? 0) > (offsets[code] ?? 0)) codes.push(code);
  });
  // One value passing and nothing else to test: its rows as they are, without a copy.
  if (others.length === 0 && codes.length <= 1) {
    const code = codes[0] ?? 0;
    return codes.length === 0 ? new Int32Array(0) : rows.subarray(offsets[code], offsets[code + 1]);
  }
  // A list from the pool: a fresh one per evaluation was megabytes of new memory each time, which
  // brought V8's full collections of the image's heap (half a second each) every dozen estimates.
  const selected = rowList(driverRows);
  let kept = 0;
  for (const code of codes) {
    for (let i = offsets[code] ?? 0, end = offsets[code + 1] ?? 0; i < end; i++) {
      const row = rows[i] ?? 0;
      let pass = true;
      for (const test of others) {
        if (passes(test, row)) continue;
        pass = false;
        break;
      }
      if (pass) selected[kept++] = row;
    }
  }
  return selected.subarray(0, kept);
}

function passes(
  test: { column: DictionaryColumn; byCode: Uint8Array; onMissing: 0 | 1 },
  row: number,
): boolean {
  const code = test.column.codes[row] ?? -1;
  return (code < 0 ? test.onMissing : (test.byCode[code] ?? 0)) === 1;
}
