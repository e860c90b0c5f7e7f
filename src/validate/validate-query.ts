import { assertNever, type Block, type Query } from '../definition/nodes.ts';
import { joinPath, type Problem } from '../schema/problem.ts';
import { problem } from './problem-codes.ts';
import { validateQueryBlock } from './validate-block.ts';
import { validateReferences } from './validate-references.ts';
import { isValidTimeZone, validateTimeZone } from './validate-time-zone.ts';
import type { ValidationContext, WhereScope } from './validation-context.ts';

/**
 * Every problem of a query, as `addByQuery` and the estimate take one. Paths start at `basePath`;
 * `timeZone` is the zone its dates are read in (UTC when absent), reported at `timeZone` when invalid.
 *
 * @example
 * const problems = validateQuery(parsed.value, { schema, segments }, 'query', 'Europe/Paris');
 * if (problems.length > 0) throw new ValidationError(problems);
 */
export function validateQuery(
  query: Query,
  context: ValidationContext,
  basePath = 'query',
  timeZone?: string,
): Problem[] {
  const zoneProblems = timeZone === undefined ? [] : validateTimeZone(timeZone, 'timeZone');
  return [...zoneProblems, ...checkQuery(query, context, basePath, timeZone, undefined)];
}

/**
 * The query's own problems, for `validateQuery` and `validateDefinition`, which report the time
 * zone themselves. An invalid zone is read as UTC here, so the rest is still checked.
 */
export function checkQuery(
  query: Query,
  context: ValidationContext,
  basePath: string,
  timeZone: string | undefined,
  selfName: string | undefined,
): Problem[] {
  const blocksPath = joinPath(basePath, 'blocks');
  if (query.blocks.length === 0) {
    return [
      problem('EMPTY_QUERY', blocksPath, 'This query has no blocks. Add a query block or a segment block.'),
    ];
  }
  const zone = timeZone !== undefined && isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const scope: WhereScope = { schema: context.schema, timeZone: zone };
  const problems = query.blocks.flatMap((block, i) => {
    const path = joinPath(blocksPath, i);
    return [...combineProblems(block, i, path), ...blockProblems(block, path, scope)];
  });
  return [...problems, ...validateReferences(query, context, basePath, selfName)];
}

/** `combine` is absent on the first block and required on every later one (blocks combine left to right). */
function combineProblems(block: Block, index: number, path: string): Problem[] {
  const combinePath = joinPath(path, 'combine');
  if (index === 0 && block.combine !== undefined) {
    return [
      problem(
        'COMBINE_ON_FIRST_BLOCK',
        combinePath,
        `The first block has nothing before it to ${block.combine === 'intersect' ? 'intersect with' : block.combine}; remove its "combine".`,
      ),
    ];
  }
  if (index > 0 && block.combine === undefined) {
    return [
      problem(
        'MISSING_COMBINE',
        combinePath,
        `Say how block ${index + 1} combines with the blocks before it: "union", "intersect" or "exclude".`,
      ),
    ];
  }
  return [];
}

function blockProblems(block: Block, path: string, scope: WhereScope): Problem[] {
  switch (block.kind) {
    case 'queryBlock':
      return validateQueryBlock(block, path, scope);
    case 'segmentBlock':
      // Segment blocks are checked together, in validateReferences, to follow cycles across them.
      return [];
    default:
      return assertNever(block);
  }
}
