/**
 * The shapes the HTTP API answers, named for the web app: each is the type the OpenAPI document gives
 * (`generated/openapi.ts`, written by `npm run api:types`), so a change on the server shows here as a
 * type error rather than as drift. The definition's query is in `query-types.ts`.
 */
import type { components, paths } from './generated/openapi.ts';

type Schemas = components['schemas'];

/** The JSON body a route answers with `status` (200 unless said). */
export type AnswerOf<
  Path extends keyof paths,
  Method extends 'get' | 'post' | 'put' | 'patch',
  Status extends number = 200,
> = paths[Path][Method] extends {
  readonly responses: {
    readonly [S in Status]: { readonly content: { readonly 'application/json': infer A } };
  };
}
  ? A
  : never;

/** The JSON body a route takes. */
export type BodyOf<
  Path extends keyof paths,
  Method extends 'post' | 'put' | 'patch',
> = paths[Path][Method] extends {
  readonly requestBody?: { readonly content: { readonly 'application/json': infer B } };
}
  ? B
  : never;

/** The type of an attribute: `string`, `integer`, `choice`, `lookup`, … */
export type AttributeType = Schemas['Attribute']['type'];

/** One option of a choice or multichoice attribute. */
export type ChoiceOption = NonNullable<Schemas['Attribute']['options']>[number];

export type Attribute = Schemas['Attribute'];

export type Relationship = Schemas['Relationship'];

export type Entity = Schemas['Entity'];

export type Operator = Schemas['Operator'];

/** `GET /api/schema`. */
export type Schema = Schemas['Schema'];

/** A record of any entity: its id and attribute values by logical name. */
export type CrmRecord = Schemas['Record'];

/** `GET /api/contacts` and the other record lists: a page of records with a total. */
export type RecordPage = Schemas['RecordPage'];

/** Attribute values by logical name, as a record's create and update take them (null clears one). */
export type RecordValues = Schemas['RecordValues'];

/** A segment definition (`POST /api/segments`), as a saved segment holds it. */
export type SegmentDefinition = Schemas['SegmentDefinition'];

/** A problem with MQL text (`POST /api/mql/parse`, 422 INVALID_MQL): its message, line and column. */
export type MqlProblem = Schemas['MqlProblem'];

/** A saved segment. */
export type Segment = Schemas['Segment'];

export type SegmentState = Segment['state'];

/** `GET /api/segments`: a page of segments and the cursor of the next (no total). */
export type SegmentPage = AnswerOf<'/api/segments', 'get'>;

/** One change of membership. */
export type MembershipEvent = Schemas['MembershipEvent'];

/** `GET /api/events`: events after `after`, oldest first, and whether more follow. */
export type EventPage = AnswerOf<'/api/events', 'get'>;

/** `GET /api/segments/{id}/history`: the member count at the end of each minute it changed. */
export type MemberHistory = AnswerOf<'/api/segments/{id}/history', 'get'>;

/** `POST /api/segments/{id}/members`'s body: add, remove, include, exclude or clear contacts. */
export type MemberEdit = BodyOf<'/api/segments/{id}/members', 'post'>;

/** `POST /api/segments/{id}/members`: what changed and the new count. */
export type MemberEditAnswer = AnswerOf<'/api/segments/{id}/members', 'post'>;

/** `GET /api/contacts/{id}/segments`: the segments a contact belongs to, and how. */
export type ContactSegments = Schemas['ContactSegments'];

/** `GET /api/segments/{id}/explain/{contactId}`: whether a contact is a member, and why. */
export type Explanation = Schemas['Explanation'];

/** An explanation's query verdict: every block with its outcome and the result so far. */
export type QueryExplanation = Schemas['QueryExplanation'];

/** A block of an explanation: a query block with its path's levels, or a segment block. */
export type BlockOutcome = Schemas['BlockOutcome'];

/** One level of a query block's path. */
export type StepOutcome = Schemas['StepOutcome'];

/** One record and how it fared against a `where`. */
export type RecordOutcome = Schemas['RecordOutcome'];

/** A condition, a group or a related condition with its outcome. */
export type WhereOutcome = Schemas['WhereOutcome'];

export type GroupOutcome = Schemas['GroupOutcome'];

/** One condition and the value it read. */
export type ConditionOutcome = Schemas['ConditionOutcome'];

/** A related condition: how many related records counted against how many were required. */
export type RelatedOutcome = Schemas['RelatedOutcome'];

/** A segment template (`GET /api/templates`). */
export type Template = Schemas['Template'];

/** What a key may do; each scope includes the ones before it. */
export type KeyScope = Schemas['ApiKey']['scope'];

/** An API key as `GET /api/keys` lists it: never its secret. */
export type ApiKey = Schemas['ApiKey'];

/** `POST /api/keys`: the new key with its secret, which the API shows this once. */
export type CreatedApiKey = Schemas['CreatedApiKey'];

/**
 * The changes the audit trail records (`<kind>.<verb>`), as this app knows them. The OpenAPI document
 * says only `string` (a newer server may add more), so this list is the web app's own.
 */
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
export type AuditEntry = Schemas['AuditEntry'];

/** `GET /api/audit`: a page of the trail, oldest first; `nextCursor` is the next page's `after`. */
export type AuditPage = AnswerOf<'/api/audit', 'get'>;
