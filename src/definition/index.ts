/** The definition stage: the segment definition tree, its JSON parser, the operators and their time semantics. */
export type {
  Block,
  Combine,
  ConditionNode,
  ConditionValue,
  CountOperator,
  CountSpec,
  DefinitionNode,
  GroupNode,
  Query,
  QueryBlock,
  RelatedNode,
  SegmentBlock,
  SegmentDefinition,
  SegmentType,
  TraverseHop,
  WhereNode,
  WindowSpec,
} from './nodes.ts';
export { assertNever } from './nodes.ts';
export { parseDefinition, parseQuery, shapeProblemCodes, type ParseResult } from './parse-definition.ts';
export {
  definitionLimitProblems,
  definitionLimits,
  limitProblemCodes,
  queryLimitProblems,
  type LimitProblemCode,
} from './definition-limits.ts';
export {
  clockOperators,
  isOperatorId,
  negatedOperators,
  operatorArity,
  operatorLabels,
  operatorsByType,
  operatorsFor,
  typeOffers,
  type NegatedOperator,
  type OperatorId,
  type OperatorInfo,
  type ValueArity,
} from './operator-catalogue.ts';
export { calendarUnits, isTimeUnit, timeUnits, type TimeUnit } from './time-unit.ts';
export {
  timeTest,
  type AnniversarySpans,
  type TimeContext,
  type TimeOperator,
  type TimeRange,
  type TimeTest,
} from './time-range.ts';
export {
  blockJson,
  blockJsonSchema,
  definitionDocs,
  type ConditionJson,
  type GroupJson,
  type QueryBlockJson,
  type QueryJson,
  type RelatedJson,
  type SegmentBlockJson,
  type WhereJson,
} from './definition-json.ts';
