import type { CountSpec, WindowSpec } from '../definition/nodes.ts';
import { assertNever } from '../definition/nodes.ts';
import type { TimeRange } from '../definition/time-range.ts';
import { joinPath } from '../schema/problem.ts';
import type { AttributeDef, RelationshipDef } from '../schema/schema-types.ts';
import { inRange } from './date-test.ts';
import { EvaluationError } from './evaluation-error.ts';
import type { EvaluationEnv } from './evaluation-env.ts';
import { readValue } from './read-value.ts';
import type { RecordSource, StoredRecord } from './record-source.ts';
import { attributeOf } from './schema-lookups.ts';

/**
 * The records `record` reaches through `relationship`: for a many-to-one, the one record its lookup
 * names (none when the lookup is empty or dangling); for a one-to-many, every record whose lookup
 * names it.
 */
export function reach(
  relationship: RelationshipDef,
  record: StoredRecord,
  records: RecordSource,
): readonly StoredRecord[] {
  switch (relationship.cardinality) {
    case 'manyToOne': {
      const id = readValue(record, relationship.lookupAttribute);
      const target = typeof id === 'string' ? records.record(relationship.to, id) : undefined;
      return target ? [target] : [];
    }
    case 'oneToMany':
      return records.referencing(relationship.lookupEntity, relationship.lookupAttribute, record.id);
    default:
      return assertNever(relationship.cardinality);
  }
}

/** A related condition's window resolved against the clock: the attribute it reads and its range. */
export interface ResolvedWindow {
  readonly spec: WindowSpec;
  readonly attribute: AttributeDef;
  readonly range: TimeRange;
}

/** Resolves `window` on `entity` as `inLast N unit` of its attribute (docs/SEGMENTS.md, sliding window). */
export function resolveWindow(
  window: WindowSpec,
  entity: string,
  env: EvaluationEnv,
  path: string,
): ResolvedWindow {
  const windowPath = joinPath(path, 'window');
  const attribute = attributeOf(env.schema, entity, window.attribute, windowPath);
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
  return { spec: window, attribute, range: test };
}

/** True when `record` falls inside the window; a record with no date there is outside it. */
export function inWindow(window: ResolvedWindow | undefined, record: StoredRecord): boolean {
  if (!window) return true;
  const value = readValue(record, window.attribute.name);
  return typeof value === 'string' && inRange(window.range, value);
}

/** True when `count` matching records satisfy the count spec: at least, at most or exactly n. */
export function countSatisfies(spec: CountSpec, count: number): boolean {
  switch (spec.operator) {
    case 'atLeast':
      return count >= spec.value;
    case 'atMost':
      return count <= spec.value;
    case 'exactly':
      return count === spec.value;
    default:
      return assertNever(spec.operator);
  }
}

/** How many matches settle the count either way, so counting can stop there. */
export function enoughToDecide(spec: CountSpec): number {
  return spec.operator === 'atLeast' ? spec.value : spec.value + 1;
}
