export { entityOf, useSchema } from './use-schema.ts';
export {
  allSegments,
  compareSegments,
  dependantsById,
  filterSegments,
  segmentKind,
  segmentsRead,
  useAllSegments,
  type SegmentFilter,
  type SegmentKind,
  type SegmentSortKey,
} from './segment-list.ts';
export { noProblems, problemsOf, type FieldProblems } from './field-problems.ts';
