/**
 * The query of a segment definition as JSON (docs/SEGMENTS.md, "Shape"), typed. The designer reads and
 * emits exactly this shape: optional fields are left out rather than set to undefined.
 *
 * Each type is the OpenAPI document's (`Condition`, `Group`, `Related`, `QueryBlock`, `SegmentBlock`,
 * `Query`, generated into `generated/openapi.ts` from the parser's own schemas). A draft may be saved
 * before its rows are finished, so names and operators are text that may be empty; the server says
 * which are wrong, with their paths.
 */
import type { components } from './generated/openapi.ts';

type Schemas = components['schemas'];

/** A value a marketer typed: text, a number, or true/false. Dates are `YYYY-MM-DD` text. */
export type ConditionValue = NonNullable<Schemas['Condition']['values']>[number];

/** How a block joins the result of the blocks before it. */
export type Combine = NonNullable<Schemas['QueryBlock']['combine']>;

/** Units of relative periods and windows. */
export type TimeUnit = NonNullable<Schemas['Condition']['unit']>;

/** `{ kind: "condition", attribute, operator, values?, unit? }`: one test of one attribute. */
export type ConditionNode = Schemas['Condition'];

/** How many related records must match; at least 1 when absent. */
export type CountSpec = NonNullable<Schemas['Related']['count']>;

export type CountOperator = CountSpec['operator'];

/** Keeps only related records whose date attribute is in the last N units. */
export type WindowSpec = NonNullable<Schemas['Related']['window']>;

/** Records reached through `relationship` that match `where` (all on the same record), counted. */
export type RelatedNode = Schemas['Related'];

/** `and`/`or` over its children; `not` takes the complement. An empty group is an error. */
export type GroupNode = Schemas['Group'];

/** Any node of a `where`. */
export type WhereNode = Schemas['WhereNode'];

/** One step of a block's path from its entity towards contacts. */
export type TraverseHop = NonNullable<Schemas['QueryBlock']['traverse']>[number];

/** Records of `entity` matching `where`, followed along `traverse` to contacts. */
export type QueryBlock = Schemas['QueryBlock'];

/** The stored members of another segment. */
export type SegmentBlock = Schemas['SegmentBlock'];

export type Block = QueryBlock | SegmentBlock;

/** The `query` of a dynamic segment: blocks combined left to right. */
export type QueryDefinition = Schemas['Query'];
