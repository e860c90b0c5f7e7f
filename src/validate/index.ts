/** The validate stage: a parsed definition and the schema → every problem, each with a code and a path. */
export { validateDefinition } from './validate-definition.ts';
export { validateQuery } from './validate-query.ts';
export { validatedDefinition, validatedQuery } from './validated.ts';
export { problemCodes, type ProblemCode } from './problem-codes.ts';
export { isValidTimeZone, validateTimeZone } from './validate-time-zone.ts';
export {
  catalogOf,
  type SegmentCatalog,
  type SegmentInfo,
  type ValidationContext,
} from './validation-context.ts';
