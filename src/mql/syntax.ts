import type { Position } from './mql-problem.ts';

/**
 * The syntax tree of an MQL text, as written, each node with the position it starts at. The
 * translator (`translate-query.ts`) turns it into a segment definition query.
 */

export interface Name {
  readonly text: string;
  readonly at: Position;
}

/** A value inside a condition: a name (`contact_1.emailaddress1`), a literal, a function call, arithmetic. */
export type ValueExpr =
  | {
      readonly kind: 'name';
      readonly qualifier?: Name | undefined;
      readonly name: Name;
      readonly at: Position;
    }
  | { readonly kind: 'string'; readonly value: string; readonly at: Position }
  | { readonly kind: 'number'; readonly text: string; readonly at: Position }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly at: Position }
  | { readonly kind: 'null'; readonly at: Position }
  | { readonly kind: 'call'; readonly name: Name; readonly args: readonly ValueExpr[]; readonly at: Position }
  | {
      readonly kind: 'arithmetic';
      readonly op: string;
      readonly left: ValueExpr;
      readonly right: ValueExpr;
      readonly at: Position;
    };

export type CompareOp = '==' | '!=' | '>' | '>=' | '<' | '<=';
export type TextOp = 'CONTAINS' | 'STARTSWITH' | 'ENDSWITH';

/** A condition of FILTER: comparisons, text tests, null tests, NOT, && and ||, related records (Segmint). */
export type CondExpr =
  | { readonly kind: 'and' | 'or'; readonly items: readonly CondExpr[]; readonly at: Position }
  | { readonly kind: 'not'; readonly expr: CondExpr; readonly at: Position }
  | {
      readonly kind: 'compare';
      readonly op: CompareOp;
      readonly left: ValueExpr;
      readonly right: ValueExpr;
      readonly at: Position;
      readonly opAt: Position;
    }
  | {
      readonly kind: 'text';
      readonly op: TextOp;
      readonly left: ValueExpr;
      readonly right: ValueExpr;
      readonly at: Position;
    }
  | {
      readonly kind: 'null';
      readonly fn: 'ISNULL' | 'ISNOTNULL';
      readonly arg: ValueExpr;
      readonly at: Position;
    }
  | { readonly kind: 'value'; readonly value: ValueExpr; readonly at: Position }
  | { readonly kind: 'related'; readonly related: RelatedExpr; readonly at: Position };

/** `COUNT() op n` and an optional sliding window `UTCDAYS(n[, attribute])`. */
export interface HavingExpr {
  readonly aggregate: Name;
  readonly op: CompareOp;
  readonly count: ValueExpr;
  readonly window?:
    { readonly unit: Name; readonly last: ValueExpr; readonly attribute?: Name | undefined } | undefined;
  readonly at: Position;
}

/**
 * Related records inside a FILTER, a Segmint extension of MQL:
 * `TRAVERSE(interactions).FILTER(type == 'EmailOpened').HAVING(COUNT() >= 3, UTCDAYS(30))`.
 */
export interface RelatedExpr {
  readonly relationship: Name;
  readonly filters: readonly CondExpr[];
  readonly having?: HavingExpr | undefined;
  readonly at: Position;
}

export type ChainStep =
  | { readonly kind: 'filter'; readonly condition: CondExpr; readonly at: Position }
  | {
      readonly kind: 'traverse';
      readonly relationship: Name;
      readonly alias?: Name | undefined;
      readonly filter?: CondExpr | undefined;
      readonly at: Position;
    };

/** An operand of UNION, EXCEPT and INTERSECT. */
export type SetOperand =
  | {
      readonly kind: 'profile';
      readonly entity: Name;
      readonly alias?: Name | undefined;
      readonly steps: readonly ChainStep[];
      readonly at: Position;
    }
  | { readonly kind: 'segment'; readonly ref: Name; readonly quoted: boolean; readonly at: Position }
  | {
      readonly kind: 'interaction';
      readonly type: Name;
      readonly link: Name;
      readonly filters: readonly CondExpr[];
      readonly having: HavingExpr;
      readonly at: Position;
    }
  | { readonly kind: 'parens'; readonly expr: SetExpr; readonly at: Position };

export type SetOp = 'union' | 'intersect' | 'exclude';

/** Operands combined left to right. */
export interface SetExpr {
  readonly first: SetOperand;
  readonly rest: readonly { readonly op: SetOp; readonly operand: SetOperand; readonly at: Position }[];
}
