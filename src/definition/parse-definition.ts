import type { z } from 'zod';
import { joinPath, type Problem } from '../schema/problem.ts';
import { queryJson, segmentJson, type GroupJson, type WhereJson } from './definition-json.ts';
import { definitionLimitProblems, queryLimitProblems } from './definition-limits.ts';
import type { Block, GroupNode, Query, SegmentDefinition, WhereNode } from './nodes.ts';

export type ParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Parses untrusted JSON into a segment definition, or returns every shape problem with its path. A
 * definition past a limit of `definitionLimits` (too deep, too many values …) is refused with those
 * problems alone, before its shape is read: the shape is read by recursion, which a definition nested
 * thousands deep would overflow.
 *
 * @example
 * const parsed = parseDefinition(JSON.parse(body));
 * if (!parsed.ok) return reply.code(400).send(parsed.problems);
 */
export function parseDefinition(
  json: unknown,
  { limits = true }: { readonly limits?: boolean } = {},
): ParseResult<SegmentDefinition> {
  const beyond = limits ? definitionLimitProblems(json) : [];
  if (beyond.length > 0) return { ok: false, problems: beyond };
  const result = segmentJson.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, problems: shapeProblems(result.error, '') };
  const { query, description, ...rest } = result.data;
  return {
    ok: true,
    value: { ...rest, ...(description === undefined ? {} : { description }), query: query && toQuery(query) },
  };
}

/** Parses just a query (`{ blocks: [...] }`), as `addByQuery` and the estimate take, within the same limits; paths start at `base`. */
export function parseQuery(json: unknown, base = 'query'): ParseResult<Query> {
  const limits = queryLimitProblems(json, base);
  if (limits.length > 0) return { ok: false, problems: limits };
  const result = queryJson.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, problems: shapeProblems(result.error, base) };
  return { ok: true, value: toQuery(result.data) };
}

type QueryJson = z.infer<typeof queryJson>;
type BlockJson = QueryJson['blocks'][number];

function toQuery(json: QueryJson): Query {
  return { blocks: json.blocks.map(toBlock) };
}

function toBlock(json: BlockJson): Block {
  if (json.__block === 'segment')
    return { kind: 'segmentBlock', combine: json.combine, segment: json.segment };
  return {
    kind: 'queryBlock',
    combine: json.combine,
    entity: json.entity,
    where: json.where && toGroup(json.where),
    traverse: (json.traverse ?? []).map((hop) => ({
      relationship: hop.relationship,
      where: hop.where && toGroup(hop.where),
    })),
  };
}

function toGroup(json: GroupJson): GroupNode {
  return { kind: 'group', op: json.op, not: json.not ?? false, children: json.children.map(toWhere) };
}

function toWhere(json: WhereJson): WhereNode {
  switch (json.kind) {
    case 'group':
      return toGroup(json);
    case 'condition':
      return {
        kind: 'condition',
        attribute: json.attribute,
        operator: json.operator,
        values: json.values ?? [],
        unit: json.unit,
      };
    case 'related':
      return {
        kind: 'related',
        relationship: json.relationship,
        where: json.where && toGroup(json.where),
        count: json.count ?? { operator: 'atLeast', value: 1 },
        window: json.window,
      };
  }
}

/** The codes of shape problems, reported before validation looks at meaning. */
export const shapeProblemCodes = {
  UNKNOWN_FIELD: 'An object has a field the definition language does not know.',
  MISSING_FIELD: 'A required field is missing.',
  INVALID_TYPE: 'A field holds the wrong kind of JSON value.',
  INVALID_VALUE: 'A field holds a value outside its allowed set.',
  INVALID_SHAPE: 'A value breaks another shape rule (an empty name, no blocks).',
} as const;

/** Zod's issues as problems, with paths written `query.blocks[1].where` and messages a person reads. */
function shapeProblems(error: z.ZodError, base: string): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = joinPath(base, ...issue.path.filter((s): s is string | number => typeof s !== 'symbol'));
    problems.push({ code: shapeCode(issue), message: shapeMessage(issue), path });
  }
  return problems;
}

function shapeCode(issue: z.core.$ZodIssue): keyof typeof shapeProblemCodes {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'UNKNOWN_FIELD';
    case 'invalid_type':
      return issue.input === undefined ? 'MISSING_FIELD' : 'INVALID_TYPE';
    case 'invalid_value':
    case 'invalid_union':
      return 'INVALID_VALUE';
    default:
      return 'INVALID_SHAPE';
  }
}

function shapeMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
    case 'invalid_type':
      return issue.input === undefined ? 'This field is required.' : `Expected ${issue.expected}.`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_union':
      if (issue.discriminator !== undefined) {
        return typeof issue.input === 'object' && issue.input !== null
          ? 'Expected "kind" to be "condition", "group" or "related".'
          : 'Expected an object.';
      }
      return 'Expected text, a number or true/false.';
    default:
      return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  }
}
