/**
 * The query of a segment definition as JSON (SEGMENTS.md, "Shape"), typed. The designer reads and
 * emits exactly this shape: optional fields are left out rather than set to undefined.
 *
 * Each type is the OpenAPI document's (`Condition`, `Group`, `Related`, `QueryBlock`, `SegmentBlock`,
 * `Query`, generated into `generated/openapi.ts`) with one difference: a condition's `operator`
 * is any text here. The document lists the operators of a valid definition, but the designer also
 * holds incomplete rows (a draft may be saved before its rows are finished) and takes operator ids
 * from `GET /api/schema`, which are text; the server says which are wrong, with their paths.
 */
import type { components } from './generated/openapi.ts';

type Schemas = components['schemas'];

/** A value a marketer typed: text, a number, or true/false. Dates are `YYYY-MM-DD` text. */
export type ConditionValue = NonNullable<Schemas['Condition']['values']>[number];

/** How a block joins the result of the blocks before it. */
export type Combine = NonNullable<Schemas['QueryBlock']['combine']>;

/** Units of relative periods and windows. */
export type TimeUnit = NonNullable<Schemas['Condition']['unit']>;

/** Every time unit, shortest first. */
export const timeUnits = [
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
] as const satisfies readonly TimeUnit[];

/** `{ kind: "condition", attribute, operator, values?, unit? }`: one test of one attribute. */
export interface ConditionNode extends Omit<Schemas['Condition'], 'operator'> {
  readonly operator: string;
}

/** How many related records must match; at least 1 when absent. */
export type CountSpec = NonNullable<Schemas['Related']['count']>;

export type CountOperator = CountSpec['operator'];

/** Keeps only related records whose date attribute is in the last N units. */
export type WindowSpec = NonNullable<Schemas['Related']['window']>;

/** Records reached through `relationship` that match `where` (all on the same record), counted. */
export interface RelatedNode extends Omit<Schemas['Related'], 'where'> {
  readonly where?: GroupNode;
}

/** `and`/`or` over its children; `not` takes the complement. An empty group is an error. */
export interface GroupNode extends Omit<Schemas['Group'], 'children'> {
  readonly children: readonly WhereNode[];
}

/** Any node of a `where`. */
export type WhereNode = ConditionNode | RelatedNode | GroupNode;

/** One step of a block's path from its entity towards contacts. */
export interface TraverseHop extends Omit<NonNullable<Schemas['QueryBlock']['traverse']>[number], 'where'> {
  readonly where?: GroupNode;
}

/** Records of `entity` matching `where`, followed along `traverse` to contacts. */
export interface QueryBlock extends Omit<Schemas['QueryBlock'], 'where' | 'traverse'> {
  readonly where?: GroupNode;
  readonly traverse?: readonly TraverseHop[];
}

/** The stored members of another segment. */
export type SegmentBlock = Schemas['SegmentBlock'];

export type Block = QueryBlock | SegmentBlock;

/** The `query` of a dynamic segment: blocks combined left to right. */
export interface QueryDefinition extends Omit<Schemas['Query'], 'blocks'> {
  readonly blocks: readonly Block[];
}
