import type { ValidCondition, ValidGroup, ValidRelated, ValidWhere } from '../definition/nodes.ts';
import { assertNever } from '../definition/nodes.ts';
import { operators } from '../definition/operator-catalogue.ts';
import { joinPath } from '../schema/problem.ts';
import { testCondition } from './condition-test.ts';
import type { EvaluationEnv } from './evaluation-env.ts';
import type {
  ConditionOutcome,
  GroupOutcome,
  RecordOutcome,
  RelatedOutcome,
  WhereOutcome,
  WindowOutcome,
} from './explanation.ts';
import { matchesGroup } from './match-where.ts';
import { readValue } from './read-value.ts';
import type { StoredRecord } from './record-source.ts';
import { countSatisfies, inWindow, reach, resolveWindow, type ResolvedWindow } from './related-records.ts';
import { attributeOf, relationshipOf } from './schema-lookups.ts';

/**
 * The outcome of `node` on `record` with every reason: all children are evaluated, not only until
 * the answer is known, so a marketer sees each condition that held or failed.
 */
export function explainWhere(
  node: ValidWhere,
  entity: string,
  record: StoredRecord,
  env: EvaluationEnv,
  path: string,
): WhereOutcome {
  switch (node.kind) {
    case 'condition':
      return explainCondition(node, entity, record, env, path);
    case 'group':
      return explainGroup(node, entity, record, env, path);
    case 'related':
      return explainRelated(node, entity, record, env, path);
    default:
      return assertNever(node);
  }
}

/** The outcome of a group on `record`, with each child's. */
export function explainGroup(
  group: ValidGroup,
  entity: string,
  record: StoredRecord,
  env: EvaluationEnv,
  path: string,
): GroupOutcome {
  const children = group.children.map((child, index) =>
    explainWhere(child, entity, record, env, joinPath(path, 'children', index)),
  );
  const holds = group.op === 'and' ? children.every((c) => c.matched) : children.some((c) => c.matched);
  return { kind: 'group', path, op: group.op, not: group.not, matched: group.not ? !holds : holds, children };
}

/** `record` with the outcome of `where` on it (matched by definition when there is no `where`). */
export function explainRecord(
  where: ValidGroup | undefined,
  entity: string,
  record: StoredRecord,
  env: EvaluationEnv,
  path: string,
): RecordOutcome {
  if (!where) return { entity, id: record.id, matched: true };
  const outcome = explainGroup(where, entity, record, env, path);
  return { entity, id: record.id, matched: outcome.matched, where: outcome };
}

function explainCondition(
  node: ValidCondition,
  entity: string,
  record: StoredRecord,
  env: EvaluationEnv,
  path: string,
): ConditionOutcome {
  const attribute = attributeOf(env.schema, entity, node.attribute, joinPath(path, 'attribute'));
  const actual = readValue(record, attribute.name);
  return {
    kind: 'condition',
    path,
    entity,
    attribute: attribute.name,
    displayName: attribute.displayName,
    operator: node.operator,
    operatorLabel: operators[node.operator].label,
    values: node.values,
    unit: node.unit,
    actual,
    matched: testCondition(node, attribute, actual, env.times, path),
  };
}

function explainRelated(
  node: ValidRelated,
  entity: string,
  record: StoredRecord,
  env: EvaluationEnv,
  path: string,
): RelatedOutcome {
  const relationship = relationshipOf(env.schema, entity, node.relationship, joinPath(path, 'relationship'));
  const target = relationship.to;
  const window = node.window && resolveWindow(node.window, target, env, path);
  const wherePath = joinPath(path, 'where');
  const reached = reach(relationship, record, env.records);
  // The same test as `matchesWhere`, so both always agree; only the first counted record is explained.
  const counted = reached.filter(
    (related) =>
      inWindow(window, related) && (!node.where || matchesGroup(node.where, target, related, env, wherePath)),
  );
  const first = counted[0];
  return {
    kind: 'related',
    path,
    relationship: relationship.name,
    displayName: relationship.displayName,
    entity: target,
    reached: reached.length,
    count: counted.length,
    required: node.count,
    window: window && windowOutcome(window),
    matched: countSatisfies(node.count, counted.length),
    example: first && explainRecord(node.where, target, first, env, wherePath),
  };
}

function windowOutcome({ spec, attribute, range }: ResolvedWindow): WindowOutcome {
  return {
    attribute: attribute.name,
    displayName: attribute.displayName,
    last: spec.last,
    unit: spec.unit,
    from: range.from,
    to: range.to,
  };
}
