/** The shapes the HTTP API answers (API.md); definitions are in `definition-types.ts`. */

export type AttributeType =
  | 'string'
  | 'memo'
  | 'email'
  | 'phone'
  | 'url'
  | 'integer'
  | 'decimal'
  | 'money'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'choice'
  | 'multichoice'
  | 'lookup'
  | (string & {});

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

export interface Attribute {
  readonly name: string;
  readonly displayName: string;
  readonly type: AttributeType;
  readonly options?: readonly ChoiceOption[];
  readonly target?: string;
  readonly scale?: number;
  readonly custom: boolean;
  readonly computed: boolean;
}

export interface Relationship {
  readonly name: string;
  readonly displayName: string;
  readonly to: string;
  readonly cardinality: 'manyToOne' | 'oneToMany';
  readonly lookupEntity: string;
  readonly lookupAttribute: string;
  readonly reverse: string;
}

export interface Entity {
  readonly name: string;
  readonly displayName: string;
  readonly pluralDisplayName: string;
  readonly primaryAttribute: string;
  readonly custom: boolean;
  readonly attributes: readonly Attribute[];
  readonly relationships: readonly Relationship[];
}

export interface Operator {
  readonly id: string;
  readonly label: string;
  readonly values: 'none' | 'one' | 'oneOrMore' | 'two' | 'period' | 'days';
}

/** `GET /api/schema`. */
export interface Schema {
  readonly entities: readonly Entity[];
  readonly operators: Readonly<Record<string, readonly Operator[]>>;
}

/** A record of any entity: its id and attribute values by logical name. */
export interface CrmRecord {
  readonly id: string;
  readonly [attribute: string]: unknown;
}

/** A page of a list with a total. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly nextCursor: string | null;
}

export type SegmentState = 'draft' | 'live' | 'stopped';

/** A saved segment. */
export interface Segment {
  readonly id: string;
  readonly name: string;
  readonly type: 'dynamic' | 'static';
  readonly description?: string;
  readonly state: SegmentState;
  readonly timeZone: string;
  readonly memberCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly goLiveAt: string | null;
  readonly definition: Readonly<Record<string, unknown>>;
}

/** One change of membership. */
export interface MembershipEvent {
  readonly seq: number;
  readonly segmentId: string;
  readonly contactId: string;
  readonly change: 'joined' | 'left';
  readonly at: string;
  readonly cause: 'data' | 'definition' | 'clock' | 'manual';
}
