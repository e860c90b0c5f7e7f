/**
 * The query of a segment definition as JSON (SEGMENTS.md, "Shape"), typed. The designer reads and
 * emits exactly this shape: optional fields are left out rather than set to undefined. The types are
 * the OpenAPI document's (`api/query-types.ts` says how they are derived from it).
 */
import type { Block, SegmentBlock, TimeUnit } from '../api/index.ts';

export type {
  Block,
  Combine,
  ConditionNode,
  ConditionValue,
  CountOperator,
  CountSpec,
  GroupNode,
  QueryBlock,
  QueryDefinition,
  RelatedNode,
  SegmentBlock,
  TimeUnit,
  TraverseHop,
  WhereNode,
  WindowSpec,
} from '../api/index.ts';

/** Every time unit, shortest first. */
export const timeUnits = [
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
] as const satisfies readonly TimeUnit[];

/** True for a block that reads another segment's members. */
export function isSegmentBlock(block: Block): block is SegmentBlock {
  return 'segment' in block;
}

/** For the `default` of a switch that has handled every kind. */
export function assertNever(value: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(value)}`);
}
