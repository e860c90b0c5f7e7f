import type { Operator } from './operator-catalogue.ts';
import type { TimeUnit } from './time-unit.ts';

/**
 * The segment definition tree (docs/SEGMENTS.md). Every node has a literal `kind`; JSON from outside becomes
 * this tree once, in `parseDefinition`, and nothing after that re-checks shapes.
 *
 * The nodes take the type of a condition's operator, `Op`: as parsed, any text (a draft may name no
 * operator yet, or a wrong one, which validation reports); once validated, the `Operator` union
 * (`ValidQuery`, `ValidDefinition`), which is what compile and evaluate take.
 */

/** A value a marketer typed: text, a number, or true/false. Dates are `YYYY-MM-DD` text. */
export type ConditionValue = string | number | boolean;

export type Combine = 'union' | 'intersect' | 'exclude';

/** `{ kind: "condition", attribute, operator, values?, unit? }`: one test of one attribute. */
export interface ConditionNode<Op extends string = string> {
  readonly kind: 'condition';
  readonly attribute: string;
  readonly operator: Op;
  readonly values: readonly ConditionValue[];
  readonly unit?: TimeUnit | undefined;
}

export type CountOperator = 'atLeast' | 'atMost' | 'exactly';

/** How many related records must match: at least 1 unless said otherwise. */
export interface CountSpec {
  readonly operator: CountOperator;
  readonly value: number;
}

/** A sliding window on a date or date-time attribute of the related records: the last N units. */
export interface WindowSpec {
  readonly attribute: string;
  readonly last: number;
  readonly unit: TimeUnit;
}

/** Records reached through `relationship` that all match `where` on the same record, counted. */
export interface RelatedNode<Op extends string = string> {
  readonly kind: 'related';
  readonly relationship: string;
  readonly where?: GroupNode<Op> | undefined;
  readonly count: CountSpec;
  readonly window?: WindowSpec | undefined;
}

/** `and`/`or` over its children; `not` takes the complement. Never empty once validated. */
export interface GroupNode<Op extends string = string> {
  readonly kind: 'group';
  readonly op: 'and' | 'or';
  readonly not: boolean;
  readonly children: readonly WhereNode<Op>[];
}

export type WhereNode<Op extends string = string> = ConditionNode<Op> | RelatedNode<Op> | GroupNode<Op>;

/** One step of a block's path from its entity towards contacts. */
export interface TraverseHop<Op extends string = string> {
  readonly relationship: string;
  readonly where?: GroupNode<Op> | undefined;
}

/** Records of `entity` matching `where`, followed along `traverse` to the contacts they reach. */
export interface QueryBlock<Op extends string = string> {
  readonly kind: 'queryBlock';
  readonly combine?: Combine | undefined;
  readonly entity: string;
  readonly where?: GroupNode<Op> | undefined;
  readonly traverse: readonly TraverseHop<Op>[];
}

/** The stored members of another segment. */
export interface SegmentBlock {
  readonly kind: 'segmentBlock';
  readonly combine?: Combine | undefined;
  readonly segment: string;
}

export type Block<Op extends string = string> = QueryBlock<Op> | SegmentBlock;

/** Blocks combined left to right: `((b0 combine1 b1) combine2 b2) …`. */
export interface Query<Op extends string = string> {
  readonly blocks: readonly Block<Op>[];
}

export type SegmentType = 'dynamic' | 'static';

/** A segment as a user defines it; the server adds id, state, timestamps and the member count. */
export interface SegmentDefinition<Op extends string = string> {
  readonly name: string;
  readonly type: SegmentType;
  readonly description?: string | undefined;
  readonly timeZone: string;
  readonly query?: Query<Op> | undefined;
}

export type DefinitionNode<Op extends string = string> =
  SegmentDefinition<Op> | Query<Op> | Block<Op> | WhereNode<Op> | TraverseHop<Op>;

/** The validated tree: every condition's operator is one of the catalogue's (`validatedDefinition`). */
export type ValidDefinition = SegmentDefinition<Operator>;
export type ValidQuery = Query<Operator>;
export type ValidBlock = Block<Operator>;
export type ValidQueryBlock = QueryBlock<Operator>;
export type ValidHop = TraverseHop<Operator>;
export type ValidWhere = WhereNode<Operator>;
export type ValidGroup = GroupNode<Operator>;
export type ValidCondition = ConditionNode<Operator>;
export type ValidRelated = RelatedNode<Operator>;

/** For the `default` of a switch that has handled every kind: a new kind becomes a compile error there. */
export function assertNever(value: never): never {
  throw new Error(`unexpected node: ${JSON.stringify(value)}`);
}
