import type { GroupNode, Query, ValidGroup, ValidRelated, ValidWhere } from '../definition/nodes.ts';
import { assertNever } from '../definition/nodes.ts';
import { joinPath } from '../schema/problem.ts';
import type { Schema } from '../schema/schema.ts';
import { blockIsMoot, combineBlock } from './combine-blocks.ts';
import { testCondition } from './condition-test.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import type { EvaluationEnv } from './evaluation-env.ts';
import { EvaluationError } from './evaluation-error.ts';
import { knownQuery } from './known-query.ts';
import { readValue } from './read-value.ts';
import type { RecordSource, StoredRecord } from './record-source.ts';
import { countSatisfies, enoughToDecide, inWindow, reach, resolveWindow } from './related-records.ts';
import { attributeOf, relationshipOf, requireEntity } from './schema-lookups.ts';
import { TimeTests } from './time-tests.ts';

/** The contacts among some ids that a query selects, decided as `isMatch` decides each of them. */
export type ContactMatcher = (contactIds: Iterable<string>, context: EvaluationContext) => Set<string>;

type RecordTest = (record: StoredRecord, env: EvaluationEnv) => boolean;
type MatchEnv = EvaluationEnv & Pick<EvaluationContext, 'isMember'>;
type BlockTest = (contactId: string, contact: StoredRecord | undefined, env: MatchEnv) => boolean;

/**
 * `isMatch` prepared once for a query, for deciding many contacts again and again (live maintenance):
 * attributes, relationships and definition paths are looked up when the matcher is made, and every
 * test of a value is the evaluator's own (`testCondition`, windows, counts), so the answers are
 * `isMatch`'s. Covers queries whose query blocks select contacts directly (no `traverse`); returns
 * undefined for any other, which `isMatch` still decides.
 *
 * @example
 * const match = contactMatcher(query, 'UTC', schema);
 * match?.(['c1', 'c2'], { schema, records, now, isMember }); // Set { 'c1' }
 */
export function contactMatcher(query: Query, timeZone: string, schema: Schema): ContactMatcher | undefined {
  const blocks: {
    readonly combine: 'union' | 'intersect' | 'exclude' | undefined;
    readonly test: BlockTest;
  }[] = [];
  for (const [index, block] of knownQuery(query).blocks.entries()) {
    const path = joinPath('query', 'blocks', index);
    if (index > 0 && !block.combine) {
      throw new EvaluationError(
        'INVALID_BLOCK',
        'every block after the first needs "combine"',
        joinPath(path, 'combine'),
      );
    }
    const combine = index === 0 ? undefined : block.combine;
    switch (block.kind) {
      case 'segmentBlock': {
        const segment = block.segment;
        blocks.push({ combine, test: (contactId, _, env) => env.isMember(segment, contactId) });
        break;
      }
      case 'queryBlock': {
        if (block.entity !== 'contact' || block.traverse.length > 0) return undefined;
        requireEntity(schema, block.entity, joinPath(path, 'entity'));
        const where = block.where && groupTest(block.where, 'contact', schema, joinPath(path, 'where'));
        blocks.push({
          combine,
          test: (_, contact, env) => contact !== undefined && (!where || where(contact, env)),
        });
        break;
      }
      default:
        return assertNever(block);
    }
  }
  return (contactIds, context) => {
    const env: MatchEnv = {
      schema: context.schema,
      records: context.records,
      times: timesAt(context.now, timeZone),
      isMember: context.isMember,
    };
    const matched = new Set<string>();
    for (const id of contactIds) {
      const contact = context.records.record('contact', id);
      let soFar = false;
      for (const { combine, test } of blocks) {
        if (combine && blockIsMoot(combine, soFar)) continue;
        const holds = test(id, contact, env);
        soFar = combine ? combineBlock(combine, soFar, holds) : holds;
      }
      if (soFar) matched.add(id);
    }
    return matched;
  };
}

/** Whether one record satisfies a group of conditions on its own attributes, at a moment. */
export type RecordMatcher = (record: StoredRecord, now: Date) => boolean;

/** A record source for tests that read no other record: asking it anything is a bug. */
const noRecords: RecordSource = {
  record: () => {
    throw new Error('a record matcher read another record');
  },
  referencing: () => {
    throw new Error('a record matcher read another record');
  },
};

/**
 * `matchesGroup` prepared once for a group whose conditions read only the record itself (no related
 * conditions: those throw rather than answer), with dates read in `timeZone`. Live maintenance asks it
 * whether an update changed what a segment tests on a record (`unchanged-tests.ts`).
 *
 * @example
 * const firm = recordMatcher(group, 'account', 'UTC', schema);
 * firm(before, now) === firm(after, now); // the update cannot move a contact through this group
 */
export function recordMatcher(
  group: GroupNode,
  entity: string,
  timeZone: string,
  schema: Schema,
): RecordMatcher {
  requireEntity(schema, entity, 'entity');
  // The operators checked as a query's are: a block of this one group.
  const [block] = knownQuery({ blocks: [{ kind: 'queryBlock', entity, where: group, traverse: [] }] }).blocks;
  const where = block?.kind === 'queryBlock' ? block.where : undefined;
  if (!where) throw new EvaluationError('INVALID_BLOCK', 'a record matcher needs a group', 'where');
  const test = groupTest(where, entity, schema, 'where');
  return (record, now) => test(record, { schema, records: noRecords, times: timesAt(now, timeZone) });
}

const lastTimes = new Map<string, TimeTests>();

/** The resolved time tests for a moment in a time zone: the same object while the clock stands still. */
function timesAt(now: Date, timeZone: string): TimeTests {
  const known = lastTimes.get(timeZone);
  if (known?.clock.now.getTime() === now.getTime()) return known;
  const fresh = new TimeTests({ now: new Date(now.getTime()), timeZone });
  lastTimes.set(timeZone, fresh);
  return fresh;
}

/** The test `matchesWhere` makes of a record of `entity`. */
function whereTest(node: ValidWhere, entity: string, schema: Schema, path: string): RecordTest {
  switch (node.kind) {
    case 'condition': {
      const attribute = attributeOf(schema, entity, node.attribute, joinPath(path, 'attribute'));
      return (record, env) =>
        testCondition(node, attribute, readValue(record, attribute.name), env.times, path);
    }
    case 'group':
      return groupTest(node, entity, schema, path);
    case 'related':
      return relatedTest(node, entity, schema, path);
    default:
      return assertNever(node);
  }
}

/** The test `matchesGroup` makes: all or any of the children, complemented when `not`. */
function groupTest(group: ValidGroup, entity: string, schema: Schema, path: string): RecordTest {
  const children = group.children.map((child, index) =>
    whereTest(child, entity, schema, joinPath(path, 'children', index)),
  );
  const all = group.op === 'and';
  const not = group.not;
  return (record, env) => {
    let holds = all;
    for (const child of children) {
      if (child(record, env) !== all) {
        holds = !all;
        break;
      }
    }
    return not ? !holds : holds;
  };
}

/** The test `matchesRelated` makes: the related records in the window that satisfy `where`, counted. */
function relatedTest(node: ValidRelated, entity: string, schema: Schema, path: string): RecordTest {
  const relationship = relationshipOf(schema, entity, node.relationship, joinPath(path, 'relationship'));
  const where = node.where && groupTest(node.where, relationship.to, schema, joinPath(path, 'where'));
  const enough = enoughToDecide(node.count);
  return (record, env) => {
    const window = node.window && resolveWindow(node.window, relationship.to, env, path);
    let count = 0;
    for (const related of reach(relationship, record, env.records)) {
      if (!inWindow(window, related)) continue;
      // One `where` holds for one related record: every condition is tested on the same record.
      if (where && !where(related, env)) continue;
      count += 1;
      if (count >= enough) break;
    }
    return countSatisfies(node.count, count);
  };
}
