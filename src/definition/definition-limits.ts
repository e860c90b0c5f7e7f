import { joinPath, type Problem } from '../schema/problem.ts';
import { textLength } from '../schema/text-length.ts';

/**
 * The limits every segment definition is held to, wherever it comes from (the API, the command line,
 * a template, `addByQuery`). They stop absurd definitions, never real ones: the largest segments seen
 * in Dynamics 365 Marketing have a few dozen rows in a few nested groups, and the worst
 * estimate (50 `contains` rows of 100 values each, 70 KB) is well inside them.
 *
 * - `maxDepth` 10: groups inside groups, counting the `where` of a block, a traverse step or a related
 *   condition as one level. The Dynamics designer nests groups a few levels deep; docs/SEGMENTS.md allows
 *   "any depth", which the evaluator, the compiler and SQLite (expressions at most 1,000 deep) cannot.
 * - `maxConditions` 300: conditions, related conditions and groups in all. With at most 10 values
 *   written inline per row (`compile/value-list.ts`) this keeps every compiled statement far inside
 *   SQLite's 32,766 parameters and its expression depth.
 * - `maxBlocks` 20 query and segment blocks; `maxSteps` 10 traverse steps per block (Dynamics 365
 *   Customer Insights allows 20 relationship hops in a path; the built-in schema has four entities).
 * - `maxValues` 1,000 values in one condition: a list of postcodes or record ids, not a table. Longer
 *   lists belong in an attribute or a static segment.
 * - `maxValueLength` 4,000 characters in one text value: Dataverse's longest single line of text.
 * - `maxBytes` 256 KiB for the whole definition as compact JSON (UTF-8).
 */
export const definitionLimits = {
  maxDepth: 10,
  maxConditions: 300,
  maxBlocks: 20,
  maxSteps: 10,
  maxValues: 1000,
  maxValueLength: 4000,
  maxBytes: 256 * 1024,
} as const;

/** The codes of limit problems, reported by `parseDefinition` and `parseQuery` before anything else. */
export const limitProblemCodes = {
  TOO_DEEP: `Groups are nested more than ${definitionLimits.maxDepth} deep.`,
  TOO_MANY_CONDITIONS: `More than ${definitionLimits.maxConditions} conditions, related conditions and groups.`,
  TOO_MANY_BLOCKS: `A query has more than ${definitionLimits.maxBlocks} blocks.`,
  TOO_MANY_STEPS: `A block traverses more than ${definitionLimits.maxSteps} relationships.`,
  TOO_MANY_VALUES: `A condition has more than ${definitionLimits.maxValues} values.`,
  VALUE_TOO_LONG: `A text value is longer than ${definitionLimits.maxValueLength} characters.`,
  TOO_LARGE: `The definition is larger than ${definitionLimits.maxBytes / 1024} KB as JSON.`,
} as const;

export type LimitProblemCode = keyof typeof limitProblemCodes;

const figure = (n: number) => n.toLocaleString('en-US');

/**
 * Every limit a segment definition (`{ name, query, … }`, as JSON from outside) goes past, each with
 * the limit, the actual figure and its path; empty when it is within them all. It walks the JSON
 * without recursion and before any schema does, so a definition nested 100,000 deep is measured and
 * refused instead of overflowing the stack.
 *
 * @example
 * definitionLimitProblems({ name: 'x', query: { blocks: [{ entity: 'contact', where: deep }] } });
 * // [{ code: 'TOO_DEEP', path: 'query.blocks[0].where.children[0]…', message: 'Groups are nested 2,000 deep …' }]
 */
export function definitionLimitProblems(json: unknown): Problem[] {
  const query = isObject(json) ? json.query : undefined;
  return [...sizeProblems(json, '', 'definition'), ...structureProblems(query, 'query')];
}

/** The limits a query (`{ blocks }`) goes past, as `addByQuery` and the estimate take one; paths start at `base`. */
export function queryLimitProblems(json: unknown, base: string): Problem[] {
  return [...sizeProblems(json, base, 'query'), ...structureProblems(json, base)];
}

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function sizeProblems(json: unknown, path: string, what: string): Problem[] {
  const bytes = jsonBytes(json);
  if (bytes <= definitionLimits.maxBytes) return [];
  return [
    {
      code: 'TOO_LARGE',
      message: `The ${what} is ${figure(bytes)} bytes as JSON; at most ${figure(definitionLimits.maxBytes)} (${definitionLimits.maxBytes / 1024} KB) are allowed.`,
      path,
    },
  ];
}

/**
 * The size of `value` written as compact JSON, in UTF-8 bytes, counted without recursion and without
 * writing it (so a value nested any depth is measured).
 */
export function jsonBytes(value: unknown): number {
  let bytes = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      bytes += 2 + Math.max(0, next.length - 1);
      for (const item of next as unknown[]) pending.push(item === undefined ? null : item);
    } else if (isObject(next)) {
      const entries = Object.entries(next).filter(([, item]) => item !== undefined);
      bytes += 2 + Math.max(0, entries.length - 1);
      for (const [key, item] of entries) {
        bytes += Buffer.byteLength(JSON.stringify(key)) + 1;
        pending.push(item);
      }
    } else {
      bytes += scalarBytes(next);
    }
  }
  return bytes;
}

/** The JSON size of a value that is not an array or object. */
function scalarBytes(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return Buffer.byteLength(JSON.stringify(value));
    case 'number':
      // JSON writes finite numbers as String does, and the others as null.
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'bigint':
      return value.toString().length;
    default:
      // null; undefined, functions and symbols are written as null or left out.
      return 4;
  }
}

/** A path kept as a link to its parent, written out only for a problem (a wide tree has many paths). */
interface PathLink {
  readonly parent: PathLink | undefined;
  readonly segments: readonly (string | number)[];
}

function written(link: PathLink): string {
  const chain: PathLink[] = [];
  for (let at: PathLink | undefined = link; at; at = at.parent) chain.push(at);
  return joinPath('', ...chain.reverse().flatMap((l) => l.segments));
}

/** A `where` group (or a node inside one) still to be measured, with the depth of the group holding it. */
interface Pending {
  readonly node: unknown;
  readonly path: PathLink;
  readonly depth: number;
}

function structureProblems(query: unknown, base: string): Problem[] {
  if (!isObject(query) || !Array.isArray(query.blocks)) return [];
  const blocks = query.blocks as unknown[];
  const root: PathLink = { parent: undefined, segments: base === '' ? [] : [base] };
  const problems: Problem[] = [];
  if (blocks.length > definitionLimits.maxBlocks) {
    problems.push({
      code: 'TOO_MANY_BLOCKS',
      message: `This query has ${figure(blocks.length)} blocks; a query may have at most ${definitionLimits.maxBlocks}.`,
      path: joinPath(base, 'blocks'),
    });
  }
  const pending: Pending[] = [];
  blocks.forEach((block, i) => {
    if (!isObject(block)) return;
    const at: PathLink = { parent: root, segments: ['blocks', i] };
    pending.push({ node: block.where, path: { parent: at, segments: ['where'] }, depth: 1 });
    if (!Array.isArray(block.traverse)) return;
    const steps = block.traverse as unknown[];
    if (steps.length > definitionLimits.maxSteps) {
      problems.push({
        code: 'TOO_MANY_STEPS',
        message: `This block traverses ${figure(steps.length)} relationships; a block may traverse at most ${definitionLimits.maxSteps}.`,
        path: written({ parent: at, segments: ['traverse'] }),
      });
    }
    steps.forEach((step, j) => {
      if (isObject(step))
        pending.push({
          node: step.where,
          path: { parent: at, segments: ['traverse', j, 'where'] },
          depth: 1,
        });
    });
  });
  return [...problems, ...whereProblems(pending, base)];
}

/** Depth, count and values of every `where` tree, measured with an explicit stack. */
function whereProblems(pending: Pending[], base: string): Problem[] {
  const problems: Problem[] = [];
  let nodes = 0;
  let deepest = 0;
  let firstTooDeep: PathLink | undefined;
  while (pending.length > 0) {
    const { node, path, depth } = pending.pop() as Pending;
    if (!isObject(node)) continue;
    nodes += 1;
    const isGroup = node.kind !== 'condition' && node.kind !== 'related';
    if (isGroup && depth > deepest) deepest = depth;
    const tooDeep = depth > definitionLimits.maxDepth;
    if (isGroup && tooDeep) firstTooDeep ??= path;
    // Past the depth limit only the nesting and the count are measured: the paths are long and the
    // definition is refused for its depth anyway.
    const child = (segments: readonly (string | number)[]): PathLink =>
      tooDeep ? path : { parent: path, segments };
    if (node.kind === 'condition') {
      if (!tooDeep) problems.push(...valueProblems(node.values, path));
    } else if (node.kind === 'related') {
      pending.push({ node: node.where, path: child(['where']), depth: depth + 1 });
    } else if (Array.isArray(node.children)) {
      (node.children as unknown[]).forEach((item, i) => {
        const nested = isObject(item) && item.kind !== 'condition' && item.kind !== 'related';
        pending.push({ node: item, path: child(['children', i]), depth: nested ? depth + 1 : depth });
      });
    }
  }
  if (firstTooDeep) {
    problems.unshift({
      code: 'TOO_DEEP',
      message: `Groups are nested ${figure(deepest)} deep here; a definition may nest them at most ${definitionLimits.maxDepth} deep (the where of a block, a step or a related condition counts as one level).`,
      path: written(firstTooDeep),
    });
  }
  if (nodes > definitionLimits.maxConditions) {
    problems.unshift({
      code: 'TOO_MANY_CONDITIONS',
      message: `This query has ${figure(nodes)} conditions, related conditions and groups; at most ${definitionLimits.maxConditions} are allowed.`,
      path: base,
    });
  }
  return problems;
}

function valueProblems(values: unknown, path: PathLink): Problem[] {
  if (!Array.isArray(values)) return [];
  const list = values as unknown[];
  const at = (...segments: (string | number)[]) =>
    written({ parent: path, segments: ['values', ...segments] });
  const problems: Problem[] = [];
  if (list.length > definitionLimits.maxValues) {
    problems.push({
      code: 'TOO_MANY_VALUES',
      message: `This condition has ${figure(list.length)} values; a condition may have at most ${figure(definitionLimits.maxValues)}.`,
      path: at(),
    });
  }
  list.forEach((value, i) => {
    if (typeof value !== 'string' || value.length <= definitionLimits.maxValueLength) return;
    const length = textLength(value);
    if (length <= definitionLimits.maxValueLength) return;
    problems.push({
      code: 'VALUE_TOO_LONG',
      message: `This value is ${figure(length)} characters long; a value may be at most ${figure(definitionLimits.maxValueLength)}.`,
      path: at(i),
    });
  });
  return problems;
}
