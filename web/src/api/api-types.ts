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

/** What a key may do; each scope includes the ones before it. */
export type KeyScope = 'read' | 'write' | 'admin';

/** An API key as `GET /api/keys` lists it (`ApiKey` in the OpenAPI document): never its secret. */
export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly scope: KeyScope;
  readonly createdAt: string;
  /** The key that made it; null for the admin token and keys made on the command line. */
  readonly createdBy: string | null;
  readonly revokedAt: string | null;
  /** When it was last used, to the minute. */
  readonly lastUsedAt: string | null;
}

/** `POST /api/keys`: the new key with its secret, which the API shows this once. */
export interface CreatedApiKey extends ApiKey {
  readonly secret: string;
}

/** The changes the audit trail records (`<kind>.<verb>`); a newer server may add more. */
export type AuditAction =
  | 'segment.create'
  | 'segment.update'
  | 'segment.delete'
  | 'segment.go-live'
  | 'segment.stop'
  | 'segment.members'
  | 'schema.attribute.create'
  | 'schema.entity.create'
  | 'webhook.create'
  | 'webhook.delete'
  | 'template.create'
  | 'template.delete'
  | 'key.create'
  | 'key.revoke';

/** One entry of the audit trail (`GET /api/audit`): which key changed what, and when. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  /** Null when the change was made on the command line. */
  readonly keyId: string | null;
  readonly keyName: string | null;
  readonly action: AuditAction | (string & {});
  /** `segment`, `attribute`, `entity`, `webhook`, `template` or `key`. */
  readonly targetKind: string;
  /** The thing's id, or `entity.attribute` for an attribute and the name for an entity. */
  readonly target: string;
}

/** `GET /api/audit`: a page of the trail, oldest first; `nextCursor` is the next page's `after`. */
export interface AuditPage {
  readonly items: readonly AuditEntry[];
  readonly nextCursor: string | null;
}
