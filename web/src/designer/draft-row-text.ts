import type { Problem, Schema } from '../api/index.ts';
import type { ConditionNode, QueryDefinition } from './definition-types.ts';
import { problemPath } from './problem-index.ts';
import { attributeNamed, entityNamed, operatorsOf, relationshipNamed } from './schema-lookup.ts';

/** What an unfinished row of a draft shows where its attribute or its operator would be. */
export const attributeNotChosen = '(attribute not chosen)';
export const operatorNotChosen = '(operator not chosen)';

/**
 * How a row of a design reads: "Address 1: City Equals"; a draft's unfinished row says what is
 * missing, "(attribute not chosen)" or "Address 1: City (operator not chosen)", never an empty name.
 */
export function draftRowText(schema: Schema | undefined, entity: string, row: ConditionNode): string {
  if (row.attribute === '') return attributeNotChosen;
  const attribute = attributeNamed(schema && entityNamed(schema, entity), row.attribute);
  const name = attribute?.displayName ?? row.attribute;
  if (row.operator === '') return `${name} ${operatorNotChosen}`;
  const operator =
    schema && operatorsOf(schema, attribute).find((candidate) => candidate.id === row.operator);
  return `${name} ${operator?.label ?? row.operator}`;
}

/** The parts of a path: `query.blocks[0].where` → `query`, `blocks`, 0, `where`. */
function partsOf(path: string): readonly (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? (key ?? '') : Number(index),
  );
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null;

/** The row a problem's path goes through (the deepest condition), with its block and its entity. */
function rowOf(
  query: QueryDefinition,
  schema: Schema | undefined,
  problem: Problem,
): { block: number; entity: string; row: ConditionNode } | undefined {
  let node: unknown = { query };
  let entity = '';
  let block: number | undefined;
  let found: { block: number; entity: string; row: ConditionNode } | undefined;
  // The entity a relationship of the current one leads to (unknown without the schema).
  const follow = (relationship: unknown) =>
    typeof relationship === 'string' && schema !== undefined
      ? (relationshipNamed(entityNamed(schema, entity), relationship)?.to ?? entity)
      : entity;
  const parts = partsOf(problemPath(problem));
  for (const [at, part] of parts.entries()) {
    if (!isObject(node)) break;
    const next: unknown = Array.isArray(node)
      ? (node as readonly unknown[])[Number(part)]
      : node[String(part)];
    if (parts[at - 1] === 'blocks' && isObject(next)) {
      block = Number(part);
      entity = typeof next.entity === 'string' ? next.entity : '';
    }
    // A hop starts where the hops before it lead.
    if (parts[at - 1] === 'traverse' && Array.isArray(node)) {
      for (const hop of (node as readonly unknown[]).slice(0, Number(part) + 1))
        entity = follow(isObject(hop) ? hop.relationship : undefined);
    }
    if (part === 'where' && node.kind === 'related') entity = follow(node.relationship);
    if (isObject(next) && next.kind === 'condition' && block !== undefined)
      found = { block, entity, row: next as unknown as ConditionNode };
    node = next;
  }
  return found;
}

/**
 * A problem of a design as the Query view lists it, saying which row it is about when it is about
 * one: `Block 1, row "(attribute not chosen)": Select an attribute for this row.`
 */
export function designProblemText(
  query: QueryDefinition,
  schema: Schema | undefined,
  problem: Problem,
  message: string,
): string {
  const found = rowOf(query, schema, problem);
  if (found === undefined) return message;
  return `Block ${found.block + 1}, row “${draftRowText(schema, found.entity, found.row)}”: ${message}`;
}
