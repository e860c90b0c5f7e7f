import type { QueryJson } from '../../src/definition/index.ts';
import type { Fixture } from './fixture-types.ts';

/** The JSON a user writes (SEGMENTS.md, "Shape"): the parser's own input types, so a case is checked as users' JSON is. */
export type {
  ConditionJson,
  GroupJson,
  QueryBlockJson,
  QueryJson,
  RelatedJson,
  SegmentBlockJson,
  WhereJson,
} from '../../src/definition/index.ts';

/** A value of a condition. */
export type ValueJson = string | number | boolean;

/**
 * One row of the conformance table: a query as a user writes it, and the member contact ids that a plain
 * JavaScript filter over the fixture computes. Every backend must return exactly those members.
 */
export interface ConformanceCase {
  /** A sentence: what the case shows. */
  readonly name: string;
  /** The segment's time zone; UTC when absent. */
  readonly timeZone?: string;
  readonly query: QueryJson;
  readonly expected: (data: Fixture) => string[];
}
