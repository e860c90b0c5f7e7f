import type { Combine, Query, ValidBlock } from '../definition/nodes.ts';
import { assertNever } from '../definition/nodes.ts';
import { joinPath } from '../schema/problem.ts';
import { blockIsMoot, combineBlock } from './combine-blocks.ts';
import { explainQueryBlock, matchesQueryBlock } from './evaluate-block.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import { createEnv } from './evaluation-env.ts';
import { EvaluationError } from './evaluation-error.ts';
import type { BlockOutcome, Explanation } from './explanation.ts';
import { knownQuery } from './known-query.ts';

/**
 * Whether the contact is in the segment that `query` defines, and why: each block alone, the result
 * so far after it, and every condition with the value it read. Dates are read in `timeZone`.
 * A contact that does not exist is in no query block.
 *
 * @example
 * const why = evaluateContact(segment.query, segment.timeZone, 'c1', { schema, records, now, isMember });
 * formatExplanation(why).join('\n');
 */
export function evaluateContact(
  query: Query,
  timeZone: string,
  contactId: string,
  context: EvaluationContext,
): Explanation {
  const env = createEnv(context, timeZone);
  const contact = context.records.record('contact', contactId);
  const blocks: BlockOutcome[] = [];
  let soFar = false;
  knownQuery(query).blocks.forEach((block, index) => {
    const path = joinPath('query', 'blocks', index);
    const combine = combineOf(block, index, path);
    const base = { index, path, combine };
    switch (block.kind) {
      case 'queryBlock': {
        const { matched, steps } = explainQueryBlock(block, contact, env, path);
        soFar = combine ? combineBlock(combine, soFar, matched) : matched;
        blocks.push({
          ...base,
          kind: 'queryBlock',
          entity: block.entity,
          steps,
          matched,
          resultSoFar: soFar,
        });
        break;
      }
      case 'segmentBlock': {
        const matched = context.isMember(block.segment, contactId);
        soFar = combine ? combineBlock(combine, soFar, matched) : matched;
        blocks.push({ ...base, kind: 'segmentBlock', segment: block.segment, matched, resultSoFar: soFar });
        break;
      }
      default:
        assertNever(block);
    }
  });
  return { contactId, member: soFar, blocks };
}

/**
 * Whether the contact is in the segment: the same decision as `evaluateContact` without building
 * the explanation, skipping blocks that cannot change the result.
 */
export function isMatch(
  query: Query,
  timeZone: string,
  contactId: string,
  context: EvaluationContext,
): boolean {
  const env = createEnv(context, timeZone);
  const contact = context.records.record('contact', contactId);
  let soFar = false;
  knownQuery(query).blocks.forEach((block, index) => {
    const path = joinPath('query', 'blocks', index);
    const combine = combineOf(block, index, path);
    if (combine && blockIsMoot(combine, soFar)) return;
    let matched: boolean;
    switch (block.kind) {
      case 'queryBlock':
        matched = matchesQueryBlock(block, contact, env, path);
        break;
      case 'segmentBlock':
        matched = context.isMember(block.segment, contactId);
        break;
      default:
        return assertNever(block);
    }
    soFar = combine ? combineBlock(combine, soFar, matched) : matched;
  });
  return soFar;
}

/** How the block joins the result so far: nothing on the first block, required on every later one. */
function combineOf(block: ValidBlock, index: number, path: string): Combine | undefined {
  if (index === 0) return undefined;
  if (!block.combine) {
    throw new EvaluationError(
      'INVALID_BLOCK',
      'every block after the first needs "combine"',
      joinPath(path, 'combine'),
    );
  }
  return block.combine;
}
