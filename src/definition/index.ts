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
  ValidBlock,
  ValidCondition,
  ValidDefinition,
  ValidGroup,
  ValidHop,
  ValidQuery,
  ValidQueryBlock,
  ValidRelated,
  ValidWhere,
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
  isOperator,
  operatorIds,
  operators,
  type ClockOperator,
  type ClockReading,
  type NegatedOperator,
  type Operator,
  type OperatorOf,
  type OperatorSpec,
  type PositiveOperator,
  type PositiveOperatorOf,
  type PresenceOperator,
  type SlidingOperator,
  type TimeOperator,
  type ValueArity,
} from './operator-catalogue.ts';
export {
  clockOperators,
  isClockOperator,
  isNegated,
  isPresenceTest,
  isSlidingOperator,
  operatorsByType,
  operatorsFor,
  takesWholeDays,
  typeOffers,
  valueTestOf,
  type OperatorInfo,
} from './operator-sets.ts';
export { hasKnownOperators, typedDefinition } from './known-operators.ts';
export { calendarUnits, isTimeUnit, timeUnits, type TimeUnit } from './time-unit.ts';
export {
  timeTest,
  type AnniversarySpans,
  type TimeContext,
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
