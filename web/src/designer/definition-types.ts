/**
 * The query of a segment definition as JSON (SEGMENTS.md, "Shape"), typed. The designer reads and
 * emits exactly this shape: optional fields are left out rather than set to undefined.
 */

/** A value a marketer typed: text, a number, or true/false. Dates are `YYYY-MM-DD` text. */
export type ConditionValue = string | number | boolean;

/** How a block joins the result of the blocks before it. */
export type Combine = 'union' | 'intersect' | 'exclude';

/** Units of relative periods and windows. */
export type TimeUnit = 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

/** Every time unit, shortest first. */
export const timeUnits: readonly TimeUnit[] = ['minutes', 'hours', 'days', 'weeks', 'months', 'years'];

/** `{ kind: "condition", attribute, operator, values?, unit? }`: one test of one attribute. */
export interface ConditionNode {
  readonly kind: 'condition';
  readonly attribute: string;
  readonly operator: string;
  readonly values?: readonly ConditionValue[];
  readonly unit?: TimeUnit;
}

export type CountOperator = 'atLeast' | 'atMost' | 'exactly';

/** How many related records must match; at least 1 when absent. */
export interface CountSpec {
  readonly operator: CountOperator;
  readonly value: number;
}

/** Keeps only related records whose date attribute is in the last N units. */
export interface WindowSpec {
  readonly attribute: string;
  readonly last: number;
  readonly unit: TimeUnit;
}

/** Records reached through `relationship` that match `where` (all on the same record), counted. */
export interface RelatedNode {
  readonly kind: 'related';
  readonly relationship: string;
  readonly where?: GroupNode;
  readonly count?: CountSpec;
  readonly window?: WindowSpec;
}

/** `and`/`or` over its children; `not` takes the complement. An empty group is an error. */
export interface GroupNode {
  readonly kind: 'group';
  readonly op: 'and' | 'or';
  readonly not?: boolean;
  readonly children: readonly WhereNode[];
}

/** Any node of a `where`. */
export type WhereNode = ConditionNode | RelatedNode | GroupNode;

/** One step of a block's path from its entity towards contacts. */
export interface TraverseHop {
  readonly relationship: string;
  readonly where?: GroupNode;
}

/** Records of `entity` matching `where`, followed along `traverse` to contacts. */
export interface QueryBlock {
  readonly combine?: Combine;
  readonly entity: string;
  readonly where?: GroupNode;
  readonly traverse?: readonly TraverseHop[];
}

/** The stored members of another segment. */
export interface SegmentBlock {
  readonly combine?: Combine;
  readonly segment: string;
}

export type Block = QueryBlock | SegmentBlock;

/** The `query` of a dynamic segment: blocks combined left to right. */
export interface QueryDefinition {
  readonly blocks: readonly Block[];
}

/** True for a block that reads another segment's members. */
export function isSegmentBlock(block: Block): block is SegmentBlock {
  return 'segment' in block;
}

/** For the `default` of a switch that has handled every kind. */
export function assertNever(value: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(value)}`);
}
