import { recordMatcher, type RecordMatcher } from '../../evaluate/index.ts';
import type { Schema } from '../../schema/schema.ts';
import type { StoredRecord } from '../../store/index.ts';
import type { LoadedSegment } from '../live-segment.ts';
import type { AccessPath } from './segment-dependencies.ts';

/**
 * The matchers of each path's groups per segment, made on first use against one schema (made again
 * when the schema changes); undefined where a test is wider.
 */
const prepared = new WeakMap<
  LoadedSegment,
  { readonly schema: Schema; readonly byPath: Map<AccessPath, readonly RecordMatcher[] | undefined> }
>();

/**
 * Whether an update of a record that `segment` reaches by `path` (not the contact itself) leaves every
 * contact's membership as it was: every `where` group the segment tests on records at that path gives
 * the same answer for the record before and after, and the update moved no lookup (so the record links
 * the same records). Then each contact reached through the path sees the same answers, and re-checking
 * them all (every contact of a 3,000-contact account, for a change of its industry that the segment's
 * industries do not include) can be skipped. False, so the contacts are re-checked, whenever it cannot
 * be shown: a create or a delete, a path with a related condition, a window or a clock condition
 * (`ownTests` says `'wider'`), or a test that fails on the record's values.
 *
 * @example
 * // "Staff of software companies": an account going from retail to hospitality moves no one.
 * leavesTestsUnchanged(segment, path, retail, hospitality, new Set(['industrycode']), schema, now); // true
 */
export function leavesTestsUnchanged(
  segment: LoadedSegment,
  path: AccessPath,
  before: StoredRecord,
  after: StoredRecord,
  changed: ReadonlySet<string>,
  schema: Schema,
  now: Date,
): boolean {
  if (path.toContact.length === 0) return false;
  for (const attribute of changed) {
    if (schema.attribute(path.entity, attribute)?.type === 'lookup') return false;
  }
  const matchers = matchersAt(segment, path, schema);
  if (!matchers) return false;
  try {
    return matchers.every((matches) => matches(before, now) === matches(after, now));
  } catch {
    // A value the evaluator refuses: the re-check decides, and reports it if it must.
    return false;
  }
}

function matchersAt(
  segment: LoadedSegment,
  path: AccessPath,
  schema: Schema,
): readonly RecordMatcher[] | undefined {
  let known = prepared.get(segment);
  if (known?.schema !== schema) {
    known = { schema, byPath: new Map() };
    prepared.set(segment, known);
  }
  const bySegment = known.byPath;
  if (bySegment.has(path)) return bySegment.get(path);
  const groups = segment.dependencies.ownTests.get(path);
  let matchers: readonly RecordMatcher[] | undefined;
  try {
    matchers =
      groups === undefined || groups === 'wider'
        ? undefined
        : groups.map((group) => recordMatcher(group, path.entity, segment.definition.timeZone, schema));
  } catch {
    // An attribute the schema no longer has: the re-check reports it.
    matchers = undefined;
  }
  bySegment.set(path, matchers);
  return matchers;
}
