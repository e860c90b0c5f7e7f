// The designer's interface: the segment pages render `SegmentDesigner` with a query and its problems.
import type { QueryDefinition } from './definition-types.ts';

export { SegmentDesigner, type SegmentDesignerProps } from './segment-designer.tsx';
export { QueryView, type QueryEdit, type QueryViewProps } from './query-view.tsx';
export type {
  Block,
  Combine,
  ConditionNode,
  ConditionValue,
  CountSpec,
  GroupNode,
  QueryBlock,
  QueryDefinition,
  RelatedNode,
  SegmentBlock,
  TimeUnit,
  WhereNode,
  WindowSpec,
} from './definition-types.ts';
export { isSegmentBlock } from './definition-types.ts';
export { segmentChoicesKey } from './segment-choices.ts';

/** A query with no blocks yet. */
export function emptyQuery(): QueryDefinition {
  return { blocks: [] };
}
