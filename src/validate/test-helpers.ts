import { expect } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.ts';
import type { SegmentDefinition } from '../definition/nodes.ts';
import type { Problem } from '../schema/problem.ts';
import { Schema } from '../schema/schema.ts';
import { validateDefinition } from './validate-definition.ts';
import { catalogOf, type SegmentInfo, type ValidationContext } from './validation-context.ts';

/** Helpers for the tests of this folder: definitions from JSON, validated against the built-in schema. */

export const schema = Schema.builtin();

export function contextWith(segments: readonly SegmentInfo[] = [], selfId?: string): ValidationContext {
  return { schema, segments: catalogOf(segments), ...(selfId === undefined ? {} : { selfId }) };
}

/** Parses a definition as the API does; a test's JSON must have the right shape. */
export function parsed(json: unknown): SegmentDefinition {
  const result = parseDefinition(json);
  if (!result.ok) throw new Error(`test definition does not parse: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** A dynamic segment of one block on `entity` whose where holds `children`. */
export function blockDefinition(children: readonly unknown[], entity = 'contact'): unknown {
  return {
    name: 'Test segment',
    type: 'dynamic',
    timeZone: 'UTC',
    query: { blocks: [{ entity, where: { kind: 'group', op: 'and', children } }] },
  };
}

export function validate(json: unknown, context: ValidationContext = contextWith()): Problem[] {
  return validateDefinition(parsed(json), context);
}

/** The problems of one condition in a contact block; its path is `query.blocks[0].where.children[0]`. */
export function conditionProblems(condition: Record<string, unknown>): Problem[] {
  return validate(blockDefinition([{ kind: 'condition', ...condition }]));
}

export const firstCondition = 'query.blocks[0].where.children[0]';

/**
 * Asserts that `problems` is exactly one problem with `code` at `path` whose message mentions each of
 * `mentions`, and returns its message.
 */
export function expectOnly(
  problems: readonly Problem[],
  code: string,
  path: string,
  ...mentions: string[]
): string {
  expect(problems.map((p) => ({ code: p.code, path: p.path }))).toEqual([{ code, path }]);
  const message = problems[0]?.message ?? '';
  for (const mention of mentions) expect(message).toContain(mention);
  return message;
}
