export { entityOf, useSchema } from './use-schema.ts';
export {
  allSegments,
  dependantsById,
  segmentKind,
  segmentsRead,
  useAllSegments,
  viewSegments,
  type SegmentKind,
  type SegmentListView,
  type SegmentSortKey,
} from './segment-list.ts';
export { noProblems, problemsOf, type FieldProblems } from './field-problems.ts';
