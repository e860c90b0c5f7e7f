import type { Combine, ConditionValue, CountSpec } from '../definition/nodes.ts';
import type { Operator } from '../definition/operator-catalogue.ts';
import type { TimeUnit } from '../definition/time-unit.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';

/**
 * Why a contact is or is not in a segment: every block with its own outcome and the result so far,
 * down to each condition with the value it read. Paths point into the definition, as validation's do.
 */
export interface Explanation {
  readonly contactId: string;
  readonly member: boolean;
  readonly blocks: readonly BlockOutcome[];
}

export type BlockOutcome = QueryBlockOutcome | SegmentBlockOutcome;

interface BlockOutcomeBase {
  readonly index: number;
  /** `query.blocks[1]` */
  readonly path: string;
  /** How this block joins the result so far; absent on the first block. */
  readonly combine: Combine | undefined;
  /** Whether the contact is in this block alone. */
  readonly matched: boolean;
  /** Membership after combining this block with the ones before it. */
  readonly resultSoFar: boolean;
}

/**
 * A query block, as the levels of its path: `steps[0]` is the block's entity with the block's `where`,
 * then one step per traverse hop, the last always the contact. Steps are searched back from the
 * contact, so `reached` counts the records connected to it through matching records.
 */
export interface QueryBlockOutcome extends BlockOutcomeBase {
  readonly kind: 'queryBlock';
  readonly entity: string;
  readonly steps: readonly StepOutcome[];
}

/** A segment block: whether the contact is a stored member of `segment`. */
export interface SegmentBlockOutcome extends BlockOutcomeBase {
  readonly kind: 'segmentBlock';
  readonly segment: string;
}

/** One level of a query block's path. */
export interface StepOutcome {
  /** `query.blocks[0]` for the block's own entity, `query.blocks[0].traverse[1]` for a hop. */
  readonly path: string;
  readonly entity: string;
  /** The entity's plural display name: "Accounts". */
  readonly displayName: string;
  /** The relationship of the hop that arrives here; absent on the block's own entity. */
  readonly relationship?: string | undefined;
  /** Records at this level connected to the contact (1 on the contact itself). */
  readonly reached: number;
  /** Of those, how many satisfy this level's `where` (all of them when it has none). */
  readonly matching: number;
  readonly matched: boolean;
  /** The first matching record, or when none match the first one reached, with its reasons. */
  readonly example?: RecordOutcome | undefined;
}

/** One record and how it fared against a `where` (absent when there was none to test). */
export interface RecordOutcome {
  readonly entity: string;
  readonly id: string;
  readonly matched: boolean;
  readonly where?: GroupOutcome | undefined;
}

export type WhereOutcome = ConditionOutcome | GroupOutcome | RelatedOutcome;

export interface GroupOutcome {
  readonly kind: 'group';
  readonly path: string;
  readonly op: 'and' | 'or';
  readonly not: boolean;
  readonly matched: boolean;
  readonly children: readonly WhereOutcome[];
}

export interface ConditionOutcome {
  readonly kind: 'condition';
  readonly path: string;
  readonly entity: string;
  readonly attribute: string;
  readonly displayName: string;
  readonly operator: Operator;
  readonly operatorLabel: string;
  readonly values: readonly ConditionValue[];
  readonly unit?: TimeUnit | undefined;
  /** The value the record holds, null when it has none. */
  readonly actual: AttributeValue;
  readonly matched: boolean;
}

/** A related condition: how many related records matched against how many were required. */
export interface RelatedOutcome {
  readonly kind: 'related';
  readonly path: string;
  readonly relationship: string;
  readonly displayName: string;
  /** The entity the relationship leads to. */
  readonly entity: string;
  /** Related records reached, before `where` and `window`. */
  readonly reached: number;
  /** Related records inside the window that satisfy all of `where`. */
  readonly count: number;
  readonly required: CountSpec;
  readonly window?: WindowOutcome | undefined;
  readonly matched: boolean;
  /** The first related record that counted; absent when none did. */
  readonly example?: RecordOutcome | undefined;
}

/** A window as it was resolved at evaluation time: `[from, to)` of the attribute's stored values. */
export interface WindowOutcome {
  readonly attribute: string;
  readonly displayName: string;
  readonly last: number;
  readonly unit: TimeUnit;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}
