import type { CountSpec, ValidGroup, ValidRelated, ValidWhere } from '../../definition/nodes.ts';
import { assertNever } from '../../definition/nodes.ts';
import { joinPath } from '../../schema/problem.ts';
import { EvaluationError } from '../evaluation-error.ts';
import type { RelationshipDef } from '../../schema/schema-types.ts';
import { attributeOf, relationshipOf } from '../schema-lookups.ts';
import type { TimeTests } from '../time-tests.ts';
import { conditionRows } from './condition-kernel.ts';
import type { ColumnarImage } from './columnar-image.ts';
import { instantRange, keepInRange } from './time-kernel.ts';
import { selectRows } from './selection.ts';
import type { TimeRange } from '../../definition/time-range.ts';
import { valueAt, isMissing, type Column } from './column.ts';
import { inRange } from '../date-test.ts';
import { timeTestUnits, type WorkMeter } from './work-meter.ts';
import { countRows, flagRows } from './scratch.ts';

/** What a `where` is evaluated against: the image and the clock of one evaluation. */
export interface ColumnarEnv {
  readonly image: ColumnarImage;
  readonly times: TimeTests;
  /** What the evaluation may still spend; each step charges its work before doing it. */
  readonly meter: WorkMeter;
}

/** The rows of `entity` that satisfy `node`: one flag per row, as `matchesWhere` decides each record. */
export function whereRows(node: ValidWhere, entity: string, env: ColumnarEnv, path: string): Uint8Array {
  switch (node.kind) {
    case 'condition': {
      const attribute = attributeOf(env.image.schema, entity, node.attribute, joinPath(path, 'attribute'));
      const table = env.image.table(entity);
      const column = table.columns.get(attribute.name);
      if (!column) return flagRows(table.ids.length);
      return conditionRows(node, column, table.ids.length, env, path);
    }
    case 'group':
      return groupRows(node, entity, env, path);
    case 'related':
      return relatedRows(node, entity, env, path);
    default:
      return assertNever(node);
  }
}

/** The rows that satisfy all or any of the group's children, complemented when `not`. */
export function groupRows(group: ValidGroup, entity: string, env: ColumnarEnv, path: string): Uint8Array {
  const rows = env.image.table(entity).ids.length;
  const all = group.op === 'and';
  env.meter.charge(rows * (group.children.length + 1));
  // The first child's rows are fresh (every `whereRows` answer is): the others are folded into them.
  let out: Uint8Array | undefined;
  group.children.forEach((child, index) => {
    const holds = whereRows(child, entity, env, joinPath(path, 'children', index));
    const into = out;
    if (!into) out = holds;
    else if (all) for (let r = 0; r < rows; r++) into[r] = (into[r] ?? 0) & (holds[r] ?? 0);
    else for (let r = 0; r < rows; r++) into[r] = (into[r] ?? 0) | (holds[r] ?? 0);
  });
  const result = out ?? flagRows(rows).fill(all ? 1 : 0);
  if (group.not) for (let r = 0; r < rows; r++) result[r] = 1 - (result[r] ?? 0);
  return result;
}

/**
 * The rows whose related records (in the window, each satisfying `where` on its own) number as the
 * count says: a many-to-one reaches at most the one record its lookup names, a one-to-many every
 * record whose lookup names this one.
 */
function relatedRows(node: ValidRelated, entity: string, env: ColumnarEnv, path: string): Uint8Array {
  const relationship = relationshipOf(
    env.image.schema,
    entity,
    node.relationship,
    joinPath(path, 'relationship'),
  );
  const target = env.image.table(relationship.to);
  const selected =
    node.where && relationship.cardinality === 'oneToMany'
      ? selectRows(node.where, relationship.to, env, joinPath(path, 'where'))
      : undefined;
  if (selected) return selectedRelatedRows(node, relationship, selected, entity, env, path);
  env.meter.charge(target.ids.length + env.image.table(entity).ids.length);
  const passing = node.where
    ? groupRows(node.where, relationship.to, env, joinPath(path, 'where'))
    : flagRows(target.ids.length).fill(1);
  if (node.window) keepInWindow(node, relationship, env, path, passing);
  if (node.count.operator === 'atLeast' && node.count.value === 1)
    return relatedExists(relationship, passing, entity, env.image);
  return countFlags(node.count, relatedCounts(relationship, passing, entity, env.image));
}

/**
 * `relatedRows` of a one-to-many from the related rows its `where` selects (`selectRows`): those in
 * the window counted for the rows they point to, the other related rows never visited.
 */
function selectedRelatedRows(
  node: ValidRelated,
  relationship: RelationshipDef,
  selected: Int32Array,
  entity: string,
  env: ColumnarEnv,
  path: string,
): Uint8Array {
  const rows = env.image.table(entity).ids.length;
  env.meter.charge(selected.length + rows);
  const inWindow = windowTest(node, relationship, env, path);
  if (inWindow) env.meter.charge(selected.length * timeTestUnits);
  const parents = env.image.lookupRows(relationship.lookupEntity, relationship.lookupAttribute, entity);
  if (node.count.operator === 'atLeast' && node.count.value === 1) {
    // "Has one": a flag per row reached, with no count per row to make and test a million times.
    const out = flagRows(rows);
    for (const row of selected) {
      const parent = parents[row] ?? -1;
      if (parent >= 0 && (!inWindow || inWindow(row))) out[parent] = 1;
    }
    return out;
  }
  const counts = countRows(rows);
  for (const row of selected) {
    const parent = parents[row] ?? -1;
    if (parent >= 0 && (!inWindow || inWindow(row))) counts[parent] = (counts[parent] ?? 0) + 1;
  }
  return countFlags(node.count, counts);
}

/** One flag per row: whether its count satisfies `spec` (`countSatisfies`, one comparison a row). */
function countFlags(spec: CountSpec, counts: Int32Array): Uint8Array {
  const out = flagRows(counts.length);
  const { value } = spec;
  switch (spec.operator) {
    case 'atLeast':
      for (let r = 0; r < counts.length; r++) out[r] = (counts[r] ?? 0) >= value ? 1 : 0;
      return out;
    case 'atMost':
      for (let r = 0; r < counts.length; r++) out[r] = (counts[r] ?? 0) <= value ? 1 : 0;
      return out;
    case 'exactly':
      for (let r = 0; r < counts.length; r++) out[r] = (counts[r] ?? 0) === value ? 1 : 0;
      return out;
    default:
      return assertNever(spec.operator);
  }
}

/** The rows of `entity` that reach at least one `passing` record through `relationship` (no counting). */
function relatedExists(
  relationship: RelationshipDef,
  passing: Uint8Array,
  entity: string,
  image: ColumnarImage,
): Uint8Array {
  const out = flagRows(image.table(entity).ids.length);
  if (relationship.cardinality === 'manyToOne') {
    const targets = image.lookupRows(entity, relationship.lookupAttribute, relationship.to);
    for (let r = 0; r < out.length; r++) {
      const t = targets[r] ?? -1;
      if (t >= 0 && passing[t] === 1) out[r] = 1;
    }
  } else {
    const parents = image.lookupRows(relationship.lookupEntity, relationship.lookupAttribute, entity);
    for (let t = 0; t < parents.length; t++) {
      if (passing[t] !== 1) continue;
      const p = parents[t] ?? -1;
      if (p >= 0) out[p] = 1;
    }
  }
  return out;
}

/** For each row of `entity`, how many of the records it reaches through `relationship` are `passing`. */
export function relatedCounts(
  relationship: RelationshipDef,
  passing: Uint8Array,
  entity: string,
  image: ColumnarImage,
): Int32Array {
  const counts = countRows(image.table(entity).ids.length);
  if (relationship.cardinality === 'manyToOne') {
    const targets = image.lookupRows(entity, relationship.lookupAttribute, relationship.to);
    for (let r = 0; r < counts.length; r++) {
      const t = targets[r] ?? -1;
      if (t >= 0 && passing[t] === 1) counts[r] = 1;
    }
  } else {
    const parents = image.lookupRows(relationship.lookupEntity, relationship.lookupAttribute, entity);
    for (let t = 0; t < parents.length; t++) {
      if (passing[t] !== 1) continue;
      const p = parents[t] ?? -1;
      if (p >= 0) counts[p] = (counts[p] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Clears in `passing` the related rows outside the window (`resolveWindow`, `inWindow`): a row with no
 * date is outside.
 */
function keepInWindow(
  node: ValidRelated,
  relationship: RelationshipDef,
  env: ColumnarEnv,
  path: string,
  passing: Uint8Array,
): void {
  const window = resolvedWindow(node, relationship, env, path);
  if (!window) return;
  env.meter.charge(passing.length * timeTestUnits);
  const { column, test } = window;
  if (!column) {
    passing.fill(0);
    return;
  }
  if (column.kind === 'instants' && keepInRange(column, test, passing)) return;
  for (let r = 0; r < passing.length; r++) {
    if (passing[r] !== 1) continue;
    const value = isMissing(column, r) ? null : valueAt(column, r);
    if (typeof value !== 'string' || !inRange(test, value)) passing[r] = 0;
  }
}

/** Whether a related row is in the window, row by row; undefined when the node has no window. */
function windowTest(
  node: ValidRelated,
  relationship: RelationshipDef,
  env: ColumnarEnv,
  path: string,
): ((row: number) => boolean) | undefined {
  const window = resolvedWindow(node, relationship, env, path);
  if (!window) return undefined;
  const { column, test } = window;
  if (!column) return () => false;
  const bounds = column.kind === 'instants' ? instantRange(column, test) : undefined;
  if (column.kind === 'instants' && bounds) {
    const [from, to] = bounds;
    const { instants } = column;
    // NaN (missing) fails both comparisons.
    return (row) => {
      const ms = instants[row] ?? Number.NaN;
      return ms >= from && ms < to;
    };
  }
  return (row) => {
    const value = isMissing(column, row) ? null : valueAt(column, row);
    return typeof value === 'string' && inRange(test, value);
  };
}

/** The related node's window as a range over its date column (none when no row holds that attribute). */
function resolvedWindow(
  node: ValidRelated,
  relationship: RelationshipDef,
  env: ColumnarEnv,
  path: string,
): { readonly column: Column | undefined; readonly test: TimeRange } | undefined {
  const window = node.window;
  if (!window) return undefined;
  const windowPath = joinPath(path, 'window');
  const attribute = attributeOf(env.image.schema, relationship.to, window.attribute, windowPath);
  if (attribute.type !== 'date' && attribute.type !== 'datetime') {
    throw new EvaluationError(
      'INVALID_VALUE',
      `a window needs a date attribute, "${attribute.name}" is not one`,
      windowPath,
    );
  }
  const test = env.times.resolve(window, attribute.type, 'inLast', [window.last], window.unit);
  if (test.kind !== 'range')
    throw new EvaluationError('INVALID_VALUE', 'a window must resolve to a range', windowPath);
  return { column: env.image.table(relationship.to).columns.get(attribute.name), test };
}
