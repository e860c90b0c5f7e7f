/** The answer of `GET /api/segments/{id}/explain/{contactId}`: whether a contact is a member, and why. */
export interface MembershipExplanation {
  readonly segmentId: string;
  readonly contactId: string;
  readonly member: boolean;
  readonly override: 'include' | 'exclude' | null;
  /** The query's verdict; null for static segments. */
  readonly explanation: QueryExplanation | null;
  /** The same as indented lines. */
  readonly lines: readonly string[];
}

/** Every block with its outcome and the result so far. */
export interface QueryExplanation {
  readonly contactId: string;
  readonly member: boolean;
  readonly blocks: readonly BlockOutcome[];
}

interface BlockBase {
  readonly index: number;
  readonly path: string;
  readonly combine?: 'union' | 'intersect' | 'exclude';
  readonly matched: boolean;
  readonly resultSoFar: boolean;
}

/** A query block: its path's levels, from the block's entity to the contact. */
export interface QueryBlockOutcome extends BlockBase {
  readonly kind: 'queryBlock';
  readonly entity: string;
  readonly steps: readonly StepOutcome[];
}

/** A segment block: whether the contact is a member of another segment. */
export interface SegmentBlockOutcome extends BlockBase {
  readonly kind: 'segmentBlock';
  readonly segment: string;
}

export type BlockOutcome = QueryBlockOutcome | SegmentBlockOutcome;

/** One level of a query block's path. */
export interface StepOutcome {
  readonly path: string;
  readonly entity: string;
  readonly displayName: string;
  readonly relationship?: string;
  readonly reached: number;
  readonly matching: number;
  readonly matched: boolean;
  readonly example?: RecordOutcome;
}

/** One record and how it fared against a `where`. */
export interface RecordOutcome {
  readonly entity: string;
  readonly id: string;
  readonly matched: boolean;
  readonly where?: GroupOutcome;
}

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
  readonly operator: string;
  readonly operatorLabel: string;
  readonly values: readonly (string | number | boolean)[];
  readonly unit?: string;
  readonly actual: string | number | boolean | readonly string[] | null;
  readonly matched: boolean;
}

/** A related condition: how many related records counted against how many were required. */
export interface RelatedOutcome {
  readonly kind: 'related';
  readonly path: string;
  readonly relationship: string;
  readonly displayName: string;
  readonly entity: string;
  readonly reached: number;
  readonly count: number;
  readonly required: { readonly operator: 'atLeast' | 'atMost' | 'exactly'; readonly value: number };
  readonly window?: { readonly displayName: string; readonly last: number; readonly unit: string };
  readonly matched: boolean;
  readonly example?: RecordOutcome;
}

export type WhereOutcome = ConditionOutcome | GroupOutcome | RelatedOutcome;
