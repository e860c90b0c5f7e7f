/** MQL, the segment query language of Dynamics 365 Marketing: read into Segmint queries and printed from them. */
export { parseMql, type ParseMqlOptions, type ParseMqlResult } from './parse-mql.ts';
export { printMql, type PrintMqlOptions } from './print-mql.ts';
export { mqlProblemCodes, type MqlProblem, type MqlProblemCode } from './mql-problem.ts';
export type { SegmentRef, SegmentResolution, SegmentResolver } from './segment-ref.ts';
export { segmentNamer, segmentResolver, type NamedSegment } from './segment-names.ts';
export type { BlockJson, GroupJson, QueryJson, WhereJson } from './query-json.ts';
export { parseMqlFetch, type MqlFetch, type ParseMqlFetchResult } from './parse-mql-fetch.ts';
