import type { Fixture } from './fixture-types.ts';

/** The JSON a user writes (SEGMENTS.md, "Shape"), typed here on its own so that cases never depend on src/. */
export type ValueJson = string | number | boolean;

export type ConditionJson = {
  readonly kind: 'condition';
  readonly attribute: string;
  readonly operator: string;
  readonly values?: readonly ValueJson[];
  readonly unit?: 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';
};

export type GroupJson = {
  readonly kind: 'group';
  readonly op: 'and' | 'or';
  readonly not?: boolean;
  readonly children: readonly WhereJson[];
};

export type RelatedJson = {
  readonly kind: 'related';
  readonly relationship: string;
  readonly where?: GroupJson;
  readonly count?: { readonly operator: 'atLeast' | 'atMost' | 'exactly'; readonly value: number };
  readonly window?: {
    readonly attribute: string;
    readonly last: number;
    readonly unit: ConditionJson['unit'];
  };
};

export type WhereJson = ConditionJson | GroupJson | RelatedJson;

export type CombineJson = 'union' | 'intersect' | 'exclude';

export type QueryBlockJson = {
  readonly combine?: CombineJson;
  readonly entity: string;
  readonly where?: GroupJson;
  readonly traverse?: readonly { readonly relationship: string; readonly where?: GroupJson }[];
};

export type SegmentBlockJson = { readonly combine?: CombineJson; readonly segment: string };

export type QueryJson = { readonly blocks: readonly (QueryBlockJson | SegmentBlockJson)[] };

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
