import type { ValidGroup, ValidRelated, ValidWhere } from '../definition/nodes.ts';
import { assertNever } from '../definition/nodes.ts';
import { joinPath } from '../schema/problem.ts';
import { testCondition } from './condition-test.ts';
import type { EvaluationEnv } from './evaluation-env.ts';
import { readValue } from './read-value.ts';
import type { StoredRecord } from './record-source.ts';
import { countSatisfies, enoughToDecide, inWindow, reach, resolveWindow } from './related-records.ts';
import { attributeOf, relationshipOf } from './schema-lookups.ts';

/**
 * Whether `record` (of `entity`) satisfies `node`, stopping as soon as the answer is known.
 * `explainWhere` gives the same answer with every reason; `path` is only for errors.
 */
export function matchesWhere(
  node: ValidWhere,
  entity: string,
  record: StoredRecord,
  env: EvaluationEnv,
  path: string,
): boolean {
  switch (node.kind) {
    case 'condition': {
      const attribute = attributeOf(env.schema, entity, node.attribute, joinPath(path, 'attribute'));
      return testCondition(node, attribute, readValue(record, attribute.name), env.times, path);
    }
    case 'group':
      return matchesGroup(node, entity, record, env, path);
    case 'related':
      return matchesRelated(node, entity, record, env, path);
    default:
      return assertNever(node);
  }
}

/** Whether `record` satisfies a group: all or any of its children, complemented when `not`. */
export function matchesGroup(
  group: ValidGroup,
  entity: string,
  record: StoredRecord,
  env: EvaluationEnv,
  path: string,
): boolean {
  const child = (node: ValidWhere, index: number): boolean =>
    matchesWhere(node, entity, record, env, joinPath(path, 'children', index));
  const holds = group.op === 'and' ? group.children.every(child) : group.children.some(child);
  return group.not ? !holds : holds;
}

function matchesRelated(
  node: ValidRelated,
  entity: string,
  record: StoredRecord,
  env: EvaluationEnv,
  path: string,
): boolean {
  const relationship = relationshipOf(env.schema, entity, node.relationship, joinPath(path, 'relationship'));
  const window = node.window && resolveWindow(node.window, relationship.to, env, path);
  const wherePath = joinPath(path, 'where');
  const enough = enoughToDecide(node.count);
  let count = 0;
  for (const related of reach(relationship, record, env.records)) {
    if (!inWindow(window, related)) continue;
    // One `where` holds for one related record: every condition is tested on the same record.
    if (node.where && !matchesGroup(node.where, relationship.to, related, env, wherePath)) continue;
    count += 1;
    if (count >= enough) break;
  }
  return countSatisfies(node.count, count);
}
