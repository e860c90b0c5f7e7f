/**
 * The HTTP API's paths and schemas, generated from its OpenAPI document (`GET /api/openapi.json`) by
 * `npm run api:types` (scripts/api-types.ts). Do not edit: change the server's zod schemas and run it.
 */
/* eslint-disable -- generated code (openapi-typescript writes types such as `string & (unknown & unknown)`) */
export interface paths {
  readonly '/api/health': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Whether the server accepts requests (no token needed), and whether it leads
     * @description Several processes may serve one database; `leader` is true in the one that ticks the clock and delivers webhooks.
     */
    readonly get: operations['health'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/schema': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Entities, attributes, relationships and the operators of each attribute type */
    readonly get: operations['getSchema'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/schema/{entity}/attributes': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Add a custom attribute to an entity */
    readonly post: operations['addAttribute'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/schema/entities': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Add a custom entity, with its attributes and lookups */
    readonly post: operations['addEntity'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/records/{entity}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A page of the records of any entity, searched by name and email */
    readonly get: operations['listRecords'];
    readonly put?: never;
    /** Create a record of any entity */
    readonly post: operations['createRecord'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/records/{entity}/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One record */
    readonly get: operations['getRecord'];
    readonly put?: never;
    readonly post?: never;
    /** Delete a record; a deleted contact leaves every segment */
    readonly delete: operations['deleteRecord'];
    readonly options?: never;
    readonly head?: never;
    /** Change some attributes of a record (null clears one) */
    readonly patch: operations['updateRecord'];
    readonly trace?: never;
  };
  readonly '/api/contacts': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A page of contacts, searched by name and email */
    readonly get: operations['listContact'];
    readonly put?: never;
    /** Create a contact */
    readonly post: operations['createContact'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/contacts/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One contact */
    readonly get: operations['getContact'];
    readonly put?: never;
    readonly post?: never;
    /** Delete a contact */
    readonly delete: operations['deleteContact'];
    readonly options?: never;
    readonly head?: never;
    /** Change some attributes of a contact (null clears one) */
    readonly patch: operations['updateContact'];
    readonly trace?: never;
  };
  readonly '/api/contacts/{id}/segments': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The segments a contact is a member of */
    readonly get: operations['listContactSegments'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/accounts': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A page of accounts, searched by name and email */
    readonly get: operations['listAccount'];
    readonly put?: never;
    /** Create a account */
    readonly post: operations['createAccount'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/accounts/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One account */
    readonly get: operations['getAccount'];
    readonly put?: never;
    readonly post?: never;
    /** Delete a account */
    readonly delete: operations['deleteAccount'];
    readonly options?: never;
    readonly head?: never;
    /** Change some attributes of a account (null clears one) */
    readonly patch: operations['updateAccount'];
    readonly trace?: never;
  };
  readonly '/api/leads': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A page of leads, searched by name and email */
    readonly get: operations['listLead'];
    readonly put?: never;
    /** Create a lead */
    readonly post: operations['createLead'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/leads/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One lead */
    readonly get: operations['getLead'];
    readonly put?: never;
    readonly post?: never;
    /** Delete a lead */
    readonly delete: operations['deleteLead'];
    readonly options?: never;
    readonly head?: never;
    /** Change some attributes of a lead (null clears one) */
    readonly patch: operations['updateLead'];
    readonly trace?: never;
  };
  readonly '/api/interactions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Record one interaction, or an array of them */
    readonly post: operations['createInteractions'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A page of segments, oldest first */
    readonly get: operations['listSegments'];
    readonly put?: never;
    /** Save a new segment as a draft */
    readonly post: operations['createSegment'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One segment with its definition, state and member count */
    readonly get: operations['getSegment'];
    /** Save an edited definition; a live segment is validated and republished */
    readonly put: operations['updateSegment'];
    readonly post?: never;
    /** Delete a segment with its members; refused while a live segment uses it */
    readonly delete: operations['deleteSegment'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/validate': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Every problem of a definition, each with its path; empty when valid
     * @description Send `id` with the definition of a saved segment to find references back to it.
     */
    readonly post: operations['validateSegment'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/estimate': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** How many contacts a definition selects now, without saving it */
    readonly post: operations['estimateSegment'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/{id}/go-live': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Validate and publish: members are computed, then kept right on every change */
    readonly post: operations['goLive'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/{id}/stop': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Stop maintaining a live segment; its members are kept */
    readonly post: operations['stopSegment'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/mql/parse': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Read a Dynamics segment query (MQL) as a Segmint query, without saving it
     * @description SEGMENT(…) names a segment of this installation by its name or id, or by `SEGMENT_CRM_ID_<32 hex>` (its id as a GUID). Choices are read by label, option value or Dataverse integer value; relationships by their Dataverse names (see GET /api/schema).
     */
    readonly post: operations['parseMql'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/{id}/mql': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A segment's query as MQL, Dynamics' segment query language
     * @description Other segments are named by name where that finds them again, else by id. 409 (NO_QUERY) for a static segment or a dynamic one without a query yet.
     */
    readonly get: operations['getSegmentMql'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/mql/print': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * A query as MQL, Dynamics’ segment query language, without saving it
     * @description Other segments are named by name where SEGMENT(name) finds them again, else by id. 422 (INVALID_DEFINITION) with every problem, each with its path under `query`, when the query is not valid.
     */
    readonly post: operations['printMql'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/{id}/members': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A page of members, searched by name and email, sorted by fullname or emailaddress1 */
    readonly get: operations['listMembers'];
    readonly put?: never;
    /** Add or remove members of a static segment, or override a dynamic one */
    readonly post: operations['editMembers'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/{id}/members.csv': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Every member as CSV (header row of logical names), streamed, safe to open in a spreadsheet */
    readonly get: operations['exportMembers'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/{id}/explain/{contactId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Whether a contact is a member and why */
    readonly get: operations['explainMembership'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/segments/{id}/history': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The member count over time */
    readonly get: operations['segmentHistory'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/events': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Membership events after a sequence number, oldest first */
    readonly get: operations['listEvents'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/events/stream': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Membership events as server-sent events, resumable with Last-Event-ID
     * @description Each event is `id: <seq>`, `event: membership` and the event as JSON `data`. Without `after` or `Last-Event-ID` the stream starts at the newest event. Comments (`: heartbeat`) keep the connection open.
     */
    readonly get: operations['streamEvents'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/import/{entity}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Load records from a CSV file: creates new ones, updates those whose id exists
     * @description Send the file as the body with `Content-Type: text/csv`. The header row holds logical names (`id`, `firstname`, `address1_city` …) or display names (`First Name`, `Address 1: City`), in any case; a display name two attributes share is refused, naming both. A choice cell holds the option value, its label (`Female`) or its Dataverse integer value (`2`); multi-choice cells list them separated by `;`. A lookup cell holds the id of the record it points to or that record's primary name (an account's `name`, a contact's full name); a name several records share refuses the row. A file exported from Dynamics 365 loads as it is: `(Do Not Modify) Contact` is the id, its other bookkeeping columns and `Full Name` are skipped and listed in `ignoredColumns`. A row whose `id` exists updates that record (an empty cell clears a value); any other row creates one. To follow a long import, send `Accept: application/x-ndjson`: the answer is then a line `{"progress": {"rows", "created", "updated", "rejected", "bytes"}}` after each batch and a last line `{"result": …}` (the JSON answer's body); a file refused before any row is written gets the usual error answer, a failure after the first line is a last line `{"error": …}`.
     */
    readonly post: operations['importCsv'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/webhooks': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Every webhook with its delivery state (secrets are not shown) */
    readonly get: operations['listWebhooks'];
    readonly put?: never;
    /**
     * Subscribe a URL to membership events; the answer holds its signing secret, shown once
     * @description Refused with 422 (`REFUSED_TARGET`) when the URL’s host is, or resolves to, an internal address (loopback, private, link-local, carrier-grade NAT, cloud metadata …), unless the server allows private targets. Deliveries follow no redirects.
     */
    readonly post: operations['createWebhook'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/webhooks/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One webhook with its delivery state */
    readonly get: operations['getWebhook'];
    readonly put?: never;
    readonly post?: never;
    /** Delete a webhook; its deliveries stop */
    readonly delete: operations['deleteWebhook'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/templates': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The template gallery and saved templates, searchable by name and description */
    readonly get: operations['listTemplates'];
    readonly put?: never;
    /** Save a definition, or a segment (`fromSegment`), as a template */
    readonly post: operations['saveTemplate'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/templates/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One template with its parameters and definition */
    readonly get: operations['getTemplate'];
    readonly put?: never;
    readonly post?: never;
    /** Delete a saved template (gallery templates stay) */
    readonly delete: operations['deleteTemplate'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/templates/{id}/instantiate': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Create a draft segment from a template, its parameters filled with the values given */
    readonly post: operations['instantiateTemplate'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/keys': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Every API key, revoked ones too (never a secret) */
    readonly get: operations['listKeys'];
    readonly put?: never;
    /** Make an API key; the answer holds its secret, shown once */
    readonly post: operations['createKey'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/keys/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** Revoke an API key: it is refused from now on (within seconds on other servers) */
    readonly delete: operations['revokeKey'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/audit': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** The audit trail: which key changed what, and when, oldest first */
    readonly get: operations['listAudit'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/data/v9.0/msdyncrm_segments': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** Segments as msdyncrm_segment records, in value */
    readonly get: operations['dataverseListSegments'];
    readonly put?: never;
    /**
     * Create a segment (msdyncrm_segment); Going Live puts it live at once
     * @description Answers 204 with the new record's URL in `OData-EntityId` (201 with the record when `Prefer: return=representation`). A segment that fails validation on going live is not created (400 with every problem).
     */
    readonly post: operations['dataverseCreateSegment'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/data/v9.0/{resource}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** One segment: msdyncrm_segments(<id>) */
    readonly get: operations['dataverseGetSegment'];
    readonly put?: never;
    /** Any other action or entity set: 404 naming what Segmint serves */
    readonly post: operations['dataverseUnknownAction'];
    /** Delete a segment: msdyncrm_segments(<id>); refused while a live segment reads it */
    readonly delete: operations['dataverseDeleteSegment'];
    readonly options?: never;
    readonly head?: never;
    /**
     * Update a segment: msdyncrm_segments(<id>); statuscode Going Live or Stopping changes its state
     * @description Name, description and query edit the definition (a live segment is republished); `msdyncrm_segmentmemberids` adds members to a static segment; `statuscode` 192350006 (Going Live) or 192350001 puts it live, 192350007 (Stopping) or 192350002 stops it. Answers 204.
     */
    readonly patch: operations['dataverseUpdateSegment'];
    readonly trace?: never;
  };
  readonly '/api/data/v9.0/msdyncrm_SegmentMembersUpdate': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Add or remove members of a static segment by ids or by a query */
    readonly post: operations['dataverseSegmentMembersUpdate'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/data/v9.0/msdyncrm_ValidateSegment': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** Check a segment definition without saving it; always 200 with ValidationResult */
    readonly post: operations['dataverseValidateSegment'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/data/v9.0/msdyncrm_FetchContactsByQuery': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** The contacts a query selects (a segment's members), sorted, paged and selected */
    readonly post: operations['dataverseFetchContactsByQuery'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    readonly Condition: {
      /** @enum {string} */
      readonly kind: 'condition';
      /** @description A logical name of the entity, e.g. `address1_city`; empty in a draft. */
      readonly attribute: string;
      /** @description An operator id, e.g. `equals` (`GET /api/schema` lists those of each type); empty in a draft. */
      readonly operator: string;
      readonly values?: readonly (string | number | boolean)[];
      /**
       * @description For inLast, inNext, olderThan.
       * @enum {string}
       */
      readonly unit?: 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';
    };
    readonly Group: {
      /** @enum {string} */
      readonly kind: 'group';
      /** @enum {string} */
      readonly op: 'and' | 'or';
      readonly not?: boolean;
      readonly children: readonly components['schemas']['WhereNode'][];
    };
    readonly Related: {
      /** @enum {string} */
      readonly kind: 'related';
      /** @description e.g. `interactions`, `parentcustomerid`; empty in a draft. */
      readonly relationship: string;
      readonly where?: components['schemas']['Group'];
      readonly count?: {
        /** @enum {string} */
        readonly operator: 'atLeast' | 'atMost' | 'exactly';
        readonly value: number;
      };
      readonly window?: {
        readonly attribute: string;
        readonly last: number;
        /** @enum {string} */
        readonly unit: 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';
      };
    };
    readonly WhereNode:
      components['schemas']['Condition'] | components['schemas']['Group'] | components['schemas']['Related'];
    readonly QueryBlock: {
      /** @enum {string} */
      readonly kind?: 'query';
      /**
       * @description How a block joins the result so far.
       * @enum {string}
       */
      readonly combine?: 'union' | 'intersect' | 'exclude';
      readonly entity: string;
      readonly where?: components['schemas']['Group'];
      readonly traverse?: readonly {
        readonly relationship: string;
        readonly where?: components['schemas']['Group'];
      }[];
    };
    readonly SegmentBlock: {
      /** @enum {string} */
      readonly kind?: 'segment';
      /**
       * @description How a block joins the result so far.
       * @enum {string}
       */
      readonly combine?: 'union' | 'intersect' | 'exclude';
      /** @description The id of a live or static segment. */
      readonly segment: string;
    };
    readonly Query: {
      readonly blocks: readonly (
        components['schemas']['QueryBlock'] | components['schemas']['SegmentBlock']
      )[];
    };
    readonly SegmentDefinition: {
      readonly name: string;
      /**
       * @default dynamic
       * @enum {string}
       */
      readonly type: 'dynamic' | 'static';
      readonly description?: string;
      /**
       * @description An IANA time zone; dates are compared there.
       * @default UTC
       */
      readonly timeZone: string;
      readonly query?: components['schemas']['Query'];
    };
    readonly ConditionOutcome: {
      /** @enum {string} */
      readonly kind: 'condition';
      readonly path: string;
      readonly entity: string;
      readonly attribute: string;
      readonly displayName: string;
      readonly operator: string;
      readonly operatorLabel: string;
      readonly values: readonly (string | number | boolean)[];
      /** @enum {string} */
      readonly unit?: 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';
      /** @description The value the record holds, null when it has none. */
      readonly actual: string | number | boolean | readonly string[] | null;
      readonly matched: boolean;
    };
    readonly WindowOutcome: {
      readonly attribute: string;
      readonly displayName: string;
      readonly last: number;
      /** @enum {string} */
      readonly unit: 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';
      readonly from?: string;
      readonly to?: string;
    };
    readonly RecordOutcome: {
      readonly entity: string;
      readonly id: string;
      readonly matched: boolean;
      readonly where?: components['schemas']['GroupOutcome'];
    };
    readonly RelatedOutcome: {
      /** @enum {string} */
      readonly kind: 'related';
      readonly path: string;
      readonly relationship: string;
      readonly displayName: string;
      readonly entity: string;
      /** @description Related records reached, before `where` and `window`. */
      readonly reached: number;
      /** @description Related records inside the window that satisfy all of `where`. */
      readonly count: number;
      readonly required: {
        /** @enum {string} */
        readonly operator: 'atLeast' | 'atMost' | 'exactly';
        readonly value: number;
      };
      readonly window?: components['schemas']['WindowOutcome'];
      readonly matched: boolean;
      readonly example?: components['schemas']['RecordOutcome'];
    };
    readonly GroupOutcome: {
      /** @enum {string} */
      readonly kind: 'group';
      readonly path: string;
      /** @enum {string} */
      readonly op: 'and' | 'or';
      readonly not: boolean;
      readonly matched: boolean;
      readonly children: readonly components['schemas']['WhereOutcome'][];
    };
    readonly WhereOutcome:
      | components['schemas']['ConditionOutcome']
      | components['schemas']['GroupOutcome']
      | components['schemas']['RelatedOutcome'];
    readonly StepOutcome: {
      readonly path: string;
      readonly entity: string;
      /** @description The entity's plural display name: "Accounts". */
      readonly displayName: string;
      /** @description The hop's relationship; absent on the block's entity. */
      readonly relationship?: string;
      readonly reached: number;
      readonly matching: number;
      readonly matched: boolean;
      readonly example?: components['schemas']['RecordOutcome'];
    };
    readonly BlockOutcome:
      | {
          /** @enum {string} */
          readonly kind: 'queryBlock';
          readonly entity: string;
          readonly steps: readonly components['schemas']['StepOutcome'][];
          readonly index: number;
          readonly path: string;
          /** @enum {string} */
          readonly combine?: 'union' | 'intersect' | 'exclude';
          /** @description Whether the contact is in this block alone. */
          readonly matched: boolean;
          /** @description Membership after combining this block with the ones before it. */
          readonly resultSoFar: boolean;
        }
      | {
          /** @enum {string} */
          readonly kind: 'segmentBlock';
          readonly segment: string;
          readonly index: number;
          readonly path: string;
          /** @enum {string} */
          readonly combine?: 'union' | 'intersect' | 'exclude';
          /** @description Whether the contact is in this block alone. */
          readonly matched: boolean;
          /** @description Membership after combining this block with the ones before it. */
          readonly resultSoFar: boolean;
        };
    readonly QueryExplanation: {
      readonly contactId: string;
      readonly member: boolean;
      readonly blocks: readonly components['schemas']['BlockOutcome'][];
    };
    readonly ProblemInput: {
      readonly code: string;
      readonly message: string;
      /** @description Where the problem is, e.g. `query.blocks[1].where.children[0].operator`. */
      readonly path: string;
      /** @description Of a `USED_BY` problem (409 `SEGMENT_IN_USE`): the live segment that reads this one. */
      readonly segmentId?: string;
      /** @description Of a `USED_BY` problem: the name of that live segment, to show beside a link to it. */
      readonly segmentName?: string;
    } & {
      readonly [key: string]: unknown;
    };
    /** @description What went wrong: a code, a message and every problem. */
    readonly ErrorInput: {
      readonly error: {
        /** @description A stable code: NOT_FOUND, INVALID_DEFINITION, SEGMENT_IN_USE, … */
        readonly code: string;
        readonly message: string;
        readonly details?: readonly components['schemas']['ProblemInput'][];
      };
    };
    readonly ApiKeyInput: {
      readonly id: string;
      readonly name: string;
      /**
       * @description `read`: every GET route. `write`: also records, imports and members of static segments. `admin`: everything.
       * @enum {string}
       */
      readonly scope: 'read' | 'write' | 'admin';
      readonly createdAt: string;
      /** @description The key that created it; null for the admin token and the command line. */
      readonly createdBy: string | null;
      readonly revokedAt: string | null;
      /** @description When it was last used, to the minute. */
      readonly lastUsedAt: string | null;
    };
    readonly CreatedApiKeyInput: {
      readonly id: string;
      readonly name: string;
      /**
       * @description `read`: every GET route. `write`: also records, imports and members of static segments. `admin`: everything.
       * @enum {string}
       */
      readonly scope: 'read' | 'write' | 'admin';
      readonly createdAt: string;
      /** @description The key that created it; null for the admin token and the command line. */
      readonly createdBy: string | null;
      readonly revokedAt: string | null;
      /** @description When it was last used, to the minute. */
      readonly lastUsedAt: string | null;
      /** @description Send as `Authorization: Bearer <secret>`; it is shown this once. */
      readonly secret: string;
    };
    readonly AuditEntryInput: {
      readonly seq: number;
      readonly at: string;
      /** @description The key that made the change; null when made on the command line. */
      readonly keyId: string | null;
      readonly keyName: string | null;
      /** @description `segment.create`, `segment.go-live`, `schema.attribute.create`, `key.revoke` … */
      readonly action: string;
      readonly targetKind: string;
      /** @description The segment, webhook, template or key id, or the entity (`entity.attribute`) name. */
      readonly target: string;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "id": "0196…",
     *           "name": "Contacts from Atlantis",
     *           "state": "live",
     *           "type": "dynamic",
     *           "source": "query"
     *         }
     *       ]
     *     }
     */
    readonly ContactSegmentsInput: {
      readonly items: readonly {
        readonly id: string;
        readonly name: string;
        /** @enum {string} */
        readonly state: 'draft' | 'live' | 'stopped';
        /** @enum {string} */
        readonly type: 'dynamic' | 'static';
        /**
         * @description `query`: the dynamic query matches it; `added`: added to a static segment; `included`: included by hand in a dynamic segment.
         * @enum {string}
         */
        readonly source: 'query' | 'added' | 'included';
      }[];
    };
    /**
     * @description A record: its `id` and every attribute of its entity by logical name (null when empty).
     * @example {
     *       "id": "0196…",
     *       "firstname": "Ada",
     *       "lastname": "Lovelace",
     *       "address1_city": "Atlantis"
     *     }
     */
    readonly RecordInput: {
      readonly id: string;
    } & {
      readonly [key: string]: unknown;
    };
    /**
     * @description Attribute values by logical name (null clears one on PATCH); `id` may be given on create, else one is made.
     * @example {
     *       "firstname": "Ada",
     *       "lastname": "Lovelace",
     *       "emailaddress1": "ada@example.com",
     *       "address1_city": "Atlantis"
     *     }
     */
    readonly RecordValuesInput: {
      readonly [key: string]: unknown;
    };
    readonly RecordPageInput: {
      readonly items: readonly components['schemas']['RecordInput'][];
      /** @description How many match, over every page. */
      readonly total: number;
      /** @description Pass as `cursor` for the next page; null on the last page. */
      readonly nextCursor: string | null;
    };
    readonly DataverseSegmentInput: {
      readonly '@odata.context'?: string;
      readonly msdyncrm_segmentid: string;
      readonly msdyncrm_segmentname?: string;
      /** @description Dynamic 192350000, static 192350001, compound 192350002. */
      readonly msdyncrm_segmenttype?: number;
      readonly statecode?: number;
      /** @description Draft 192350000, Live 192350001, Stopped 192350002. */
      readonly statuscode?: number;
      readonly msdyncrm_description?: string | null;
      /** @description The query in MQL. */
      readonly msdyncrm_query?: string | null;
      /** @description The same as msdyncrm_query. */
      readonly msdyncrm_segmentquery?: string | null;
      /** @description How SEGMENT(…) names it: SEGMENT_CRM_ID_<32 hex>. */
      readonly msdyncrm_segmentqueryname?: string;
      readonly createdon?: string;
      readonly modifiedon?: string;
      readonly segmint_membercount?: number;
      readonly segmint_timezone?: string;
    } & {
      readonly [key: string]: unknown;
    };
    readonly MembershipEventInput: {
      /** @description Orders every event of the installation. */
      readonly seq: number;
      readonly segmentId: string;
      readonly contactId: string;
      /** @enum {string} */
      readonly change: 'joined' | 'left';
      readonly at: string;
      /** @enum {string} */
      readonly cause: 'data' | 'definition' | 'clock' | 'manual';
    };
    readonly ParsedMqlInput: {
      /** @description The query (see Query), ready to send as the `query` of a segment. */
      readonly query: {
        readonly [key: string]: unknown;
      } & components['schemas']['Query'];
    };
    /**
     * @example {
     *       "mql": "PROFILE(contact).FILTER(address1_city == 'Seattle' && gendercode == 2)\nUNION\nSEGMENT(VIP customers)"
     *     }
     */
    readonly SegmentMqlInput: {
      /** @description The segment's query as MQL; `POST /api/mql/parse` reads it back to the same query. */
      readonly mql: string;
    };
    readonly MqlProblemInput: {
      /** @description MQL_SYNTAX, MQL_UNKNOWN_ATTRIBUTE, MQL_UNKNOWN_SEGMENT, … */
      readonly code: string;
      readonly message: string;
      /** @description The field of the request holding the text: `mql`. */
      readonly path: string;
      /** @description The line of the text the problem is at, from 1. */
      readonly line: number;
      /** @description The column (character) in that line, from 1. */
      readonly column: number;
    } & {
      readonly [key: string]: unknown;
    };
    readonly MqlErrorInput: {
      readonly error: {
        /** @description INVALID_MQL, or INVALID_DEFINITION */
        readonly code: string;
        readonly message: string;
        readonly details?: readonly components['schemas']['MqlProblemInput'][];
      };
    };
    /**
     * @example {
     *       "id": "0196…",
     *       "name": "Contacts from Atlantis",
     *       "type": "dynamic",
     *       "state": "live",
     *       "timeZone": "UTC",
     *       "memberCount": 2,
     *       "createdAt": "2026-03-10T17:00:00.000Z",
     *       "updatedAt": "2026-03-10T17:00:00.000Z",
     *       "goLiveAt": "2026-03-10T17:00:00.000Z",
     *       "definition": {
     *         "name": "Contacts from Atlantis",
     *         "type": "dynamic",
     *         "query": {
     *           "blocks": [
     *             {
     *               "entity": "contact",
     *               "where": {
     *                 "kind": "group",
     *                 "op": "and",
     *                 "children": [
     *                   {
     *                     "kind": "condition",
     *                     "attribute": "address1_city",
     *                     "operator": "equals",
     *                     "values": [
     *                       "Atlantis"
     *                     ]
     *                   }
     *                 ]
     *               }
     *             }
     *           ]
     *         }
     *       }
     *     }
     */
    readonly SegmentInput: {
      readonly id: string;
      readonly name: string;
      /** @enum {string} */
      readonly type: 'dynamic' | 'static';
      readonly description?: string;
      /** @enum {string} */
      readonly state: 'draft' | 'live' | 'stopped';
      readonly timeZone: string;
      readonly memberCount: number;
      readonly createdAt: string;
      readonly updatedAt: string;
      /** @description When it last went live. */
      readonly goLiveAt: string | null;
      /** @description A segment definition (see SegmentDefinition). */
      readonly definition: {
        readonly [key: string]: unknown;
      } & components['schemas']['SegmentDefinition'];
    };
    readonly ExplanationInput: {
      readonly segmentId: string;
      readonly contactId: string;
      /** @description Whether the contact is a stored member now (overrides included). */
      readonly member: boolean;
      /** @description The manual override that decides, if any. */
      readonly override: ('include' | 'exclude') | null;
      readonly explanation:
        | ({
            readonly [key: string]: unknown;
          } & components['schemas']['QueryExplanation'])
        | null;
      /** @description The same as lines a person reads, indented two spaces per level. */
      readonly lines: readonly string[];
    };
    /**
     * @example {
     *       "created": 998,
     *       "updated": 1,
     *       "rejected": [
     *         {
     *           "line": 17,
     *           "reason": "birthdate: Birthday: expected a date written YYYY-MM-DD."
     *         }
     *       ],
     *       "rejectedCount": 1
     *     }
     */
    readonly ImportResultInput: {
      /** @description Rows that created a record. */
      readonly created: number;
      /** @description Rows whose `id` named an existing record, which they updated. */
      readonly updated: number;
      /** @description The refused rows in line order (the first 10,000; `rejectedCount` counts them all). */
      readonly rejected: readonly {
        /** @description The line of the file the row starts on; line 1 is the header. */
        readonly line: number;
        /** @description The attribute and what is wrong with its value. */
        readonly reason: string;
      }[];
      readonly rejectedCount: number;
      /** @description Columns that were not read, each with why: Dynamics' bookkeeping columns (`(Do Not Modify) Row Checksum` …) and computed attributes named by their display name (`Full Name`). Absent when every column was read. */
      readonly ignoredColumns?: readonly {
        /** @description The header cell as the file has it. */
        readonly column: string;
        readonly reason: string;
      }[];
    };
    /**
     * @description How far an import has got, after each batch written.
     * @example {
     *       "rows": 3000,
     *       "created": 2990,
     *       "updated": 0,
     *       "rejected": 10,
     *       "bytes": 181442
     *     }
     */
    readonly ImportProgressInput: {
      /** @description Data rows read and dealt with so far (the header not counted). */
      readonly rows: number;
      readonly created: number;
      readonly updated: number;
      /** @description Rows refused so far; the result lists them with their lines. */
      readonly rejected: number;
      /** @description Bytes of the file read so far. */
      readonly bytes: number;
    };
    /** @description One line of an import answered as NDJSON: `progress` after each batch, then `result` (or `error`, when the import failed after its first line). */
    readonly ImportLineInput:
      | {
          readonly progress: components['schemas']['ImportProgressInput'];
        }
      | {
          readonly result: components['schemas']['ImportResultInput'];
        }
      | components['schemas']['ErrorInput'];
    readonly InteractionBatchResultInput: {
      readonly inserted: number;
      /** @description The ids of the saved interactions, in the order sent (rejected ones left out). */
      readonly ids: readonly string[];
      readonly rejected: readonly {
        readonly index: number;
        readonly problems: readonly components['schemas']['ProblemInput'][];
      }[];
    };
    /**
     * @description Static segments: `add`, `remove` (ids), `addByQuery`, `removeByQuery` (a query run once). Dynamic segments: `include` (always a member), `exclude` (never; exclusion wins), `clear` (back to the query).
     * @example {
     *       "add": [
     *         "0196…"
     *       ]
     *     }
     * @example {
     *       "exclude": [
     *         "0196…"
     *       ]
     *     }
     */
    readonly MemberEditInput:
      | {
          /** @description Contact ids. */
          readonly add: readonly string[];
        }
      | {
          /** @description Contact ids. */
          readonly remove: readonly string[];
        }
      | {
          /** @description A query (`{ blocks: [...] }`) run once. */
          readonly addByQuery: {
            readonly [key: string]: unknown;
          } & components['schemas']['Query'];
        }
      | {
          /** @description A query (`{ blocks: [...] }`) run once. */
          readonly removeByQuery: {
            readonly [key: string]: unknown;
          } & components['schemas']['Query'];
        }
      | {
          /** @description Contact ids. */
          readonly include: readonly string[];
        }
      | {
          /** @description Contact ids. */
          readonly exclude: readonly string[];
        }
      | {
          /** @description Contact ids. */
          readonly clear: readonly string[];
        };
    readonly AttributeInput: {
      readonly name: string;
      readonly displayName: string;
      /** @enum {string} */
      readonly type:
        | 'string'
        | 'integer'
        | 'decimal'
        | 'money'
        | 'boolean'
        | 'date'
        | 'datetime'
        | 'choice'
        | 'multichoice'
        | 'lookup';
      readonly options?: readonly {
        readonly value: string;
        readonly label: string;
        /** @description The option's integer value in Dataverse (gendercode Female is 2), as Dynamics' segment queries, Web API and exports write it; a choice in a JSON write or an MQL query may be given by it. */
        readonly dataverseValue?: number;
      }[];
      /** @description A yes/no attribute's labels in Dynamics where they are not Yes and No (donotbulkemail: true is Do Not Allow), as its exports write them. */
      readonly booleanLabels?: {
        readonly true: string;
        readonly false: string;
      };
      /** @description The entity a lookup points to. */
      readonly target?: string;
      /** @description Digits after the point of a decimal or money attribute. */
      readonly scale?: number;
      /** @description The most characters a text attribute holds (its Dataverse MaxLength); longer values are refused. */
      readonly maxLength?: number;
      readonly custom: boolean;
      /** @description Computed by the store (a full name): read, never written. */
      readonly computed: boolean;
    };
    readonly RelationshipInput: {
      readonly name: string;
      readonly displayName: string;
      readonly to: string;
      /** @enum {string} */
      readonly cardinality: 'manyToOne' | 'oneToMany';
      readonly lookupEntity: string;
      readonly lookupAttribute: string;
      readonly reverse: string;
      /** @description The relationship schema name in Dataverse (contact_customer_accounts), where Dataverse has the link. */
      readonly schemaName?: string;
      /** @description Every Dataverse name of the link, as MQL's TRAVERSE takes it: first <entity>_<target>_<lookup> (contact_account_parentcustomerid), then schemaName. */
      readonly schemaNames: readonly string[];
    };
    readonly EntityInput: {
      readonly name: string;
      readonly displayName: string;
      readonly pluralDisplayName: string;
      readonly primaryAttribute: string;
      readonly custom: boolean;
      readonly attributes: readonly components['schemas']['AttributeInput'][];
      readonly relationships: readonly components['schemas']['RelationshipInput'][];
    };
    readonly OperatorInput: {
      readonly id: string;
      readonly label: string;
      /** @enum {string} */
      readonly values: 'none' | 'one' | 'oneOrMore' | 'two' | 'period' | 'days';
    };
    readonly SchemaInput: {
      readonly entities: readonly components['schemas']['EntityInput'][];
      readonly operators: {
        readonly [key: string]: readonly components['schemas']['OperatorInput'][];
      };
    };
    /**
     * @example {
     *       "name": "loyaltypoints",
     *       "displayName": "Loyalty Points",
     *       "type": "integer"
     *     }
     */
    readonly NewAttributeInput: {
      /** @description Lower-case letters, digits and `_`. */
      readonly name: string;
      readonly displayName: string;
      /** @description One of string, integer, decimal, money, boolean, date, datetime, choice, multichoice, lookup. */
      readonly type: string;
      /** @description The options of a choice or multi-choice. */
      readonly options?: readonly {
        readonly value: string;
        readonly label?: string;
      }[];
      readonly scale?: number;
      /** @description For text: the most characters it holds, 100 unless said (as in Dataverse), at most 1,048,576. */
      readonly maxLength?: number;
      /** @description For a lookup: the entity it points to. */
      readonly target?: string;
      /** @description For a lookup: the one-to-many relationship's name on the target. */
      readonly relationship?: string;
      readonly relationshipDisplayName?: string;
    };
    /**
     * @example {
     *       "name": "eventregistration",
     *       "displayName": "Event Registration",
     *       "attributes": [
     *         {
     *           "name": "eventname",
     *           "displayName": "Event",
     *           "type": "string"
     *         }
     *       ],
     *       "lookups": [
     *         {
     *           "attribute": "contactid",
     *           "to": "contact",
     *           "relationship": "eventregistrations"
     *         }
     *       ]
     *     }
     */
    readonly NewEntityInput: {
      readonly name: string;
      readonly displayName: string;
      readonly pluralDisplayName?: string;
      readonly primaryAttribute?: string;
      readonly attributes?: readonly components['schemas']['NewAttributeInput'][];
      readonly lookups?: readonly {
        readonly attribute: string;
        readonly to: string;
        readonly relationship?: string;
        readonly displayName?: string;
        readonly relationshipDisplayName?: string;
      }[];
    };
    readonly TemplateParameterInput: {
      /** @description The placeholder name: `{{name}}` in the definition. */
      readonly name: string;
      readonly label: string;
      /** @enum {string} */
      readonly type: 'string' | 'integer' | 'number' | 'date' | 'choice';
      readonly default?: string | number;
      /** @description The values a `choice` parameter may take. */
      readonly options?: readonly {
        readonly value: string;
        readonly label: string;
      }[];
    };
    readonly TemplateInput: {
      readonly id: string;
      readonly name: string;
      readonly description: string;
      readonly category: string;
      /** @enum {string} */
      readonly source: 'gallery' | 'saved';
      readonly parameters: readonly components['schemas']['TemplateParameterInput'][];
      /** @description A segment definition whose values may be `{{parameter}}` placeholders. */
      readonly definition: {
        readonly [key: string]: unknown;
      };
      readonly createdAt?: string;
    };
    readonly WebhookInput: {
      readonly id: string;
      readonly url: string;
      /** @description The segments whose events it receives; null for all. */
      readonly segments: readonly string[] | null;
      readonly createdAt: string;
      /** @description How far deliveries have got. */
      readonly delivery: {
        /** @description The last event the receiver acknowledged with a 2xx. */
        readonly lastSeq: number;
        /** @description Failed attempts at the current batch; 0 while deliveries succeed. */
        readonly attempts: number;
        /** @description When the failed batch is tried again. */
        readonly nextAttemptAt: string | null;
        readonly lastError: string | null;
      };
    };
    readonly CreatedWebhookInput: {
      readonly id: string;
      readonly url: string;
      /** @description The segments whose events it receives; null for all. */
      readonly segments: readonly string[] | null;
      readonly createdAt: string;
      /** @description How far deliveries have got. */
      readonly delivery: {
        /** @description The last event the receiver acknowledged with a 2xx. */
        readonly lastSeq: number;
        /** @description Failed attempts at the current batch; 0 while deliveries succeed. */
        readonly attempts: number;
        /** @description When the failed batch is tried again. */
        readonly nextAttemptAt: string | null;
        readonly lastError: string | null;
      };
      /** @description The HMAC-SHA256 key: each delivery carries `X-Segmint-Signature: sha256=<hex HMAC of the raw body>`. Shown this once. */
      readonly secret: string;
    };
    readonly Problem: {
      readonly code: string;
      readonly message: string;
      /** @description Where the problem is, e.g. `query.blocks[1].where.children[0].operator`. */
      readonly path: string;
      /** @description Of a `USED_BY` problem (409 `SEGMENT_IN_USE`): the live segment that reads this one. */
      readonly segmentId?: string;
      /** @description Of a `USED_BY` problem: the name of that live segment, to show beside a link to it. */
      readonly segmentName?: string;
    } & {
      readonly [key: string]: unknown;
    };
    /** @description What went wrong: a code, a message and every problem. */
    readonly Error: {
      readonly error: {
        /** @description A stable code: NOT_FOUND, INVALID_DEFINITION, SEGMENT_IN_USE, … */
        readonly code: string;
        readonly message: string;
        readonly details?: readonly components['schemas']['Problem'][];
      };
    };
    readonly ApiKey: {
      readonly id: string;
      readonly name: string;
      /**
       * @description `read`: every GET route. `write`: also records, imports and members of static segments. `admin`: everything.
       * @enum {string}
       */
      readonly scope: 'read' | 'write' | 'admin';
      readonly createdAt: string;
      /** @description The key that created it; null for the admin token and the command line. */
      readonly createdBy: string | null;
      readonly revokedAt: string | null;
      /** @description When it was last used, to the minute. */
      readonly lastUsedAt: string | null;
    };
    readonly CreatedApiKey: {
      readonly id: string;
      readonly name: string;
      /**
       * @description `read`: every GET route. `write`: also records, imports and members of static segments. `admin`: everything.
       * @enum {string}
       */
      readonly scope: 'read' | 'write' | 'admin';
      readonly createdAt: string;
      /** @description The key that created it; null for the admin token and the command line. */
      readonly createdBy: string | null;
      readonly revokedAt: string | null;
      /** @description When it was last used, to the minute. */
      readonly lastUsedAt: string | null;
      /** @description Send as `Authorization: Bearer <secret>`; it is shown this once. */
      readonly secret: string;
    };
    readonly AuditEntry: {
      readonly seq: number;
      readonly at: string;
      /** @description The key that made the change; null when made on the command line. */
      readonly keyId: string | null;
      readonly keyName: string | null;
      /** @description `segment.create`, `segment.go-live`, `schema.attribute.create`, `key.revoke` … */
      readonly action: string;
      readonly targetKind: string;
      /** @description The segment, webhook, template or key id, or the entity (`entity.attribute`) name. */
      readonly target: string;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "id": "0196…",
     *           "name": "Contacts from Atlantis",
     *           "state": "live",
     *           "type": "dynamic",
     *           "source": "query"
     *         }
     *       ]
     *     }
     */
    readonly ContactSegments: {
      readonly items: readonly {
        readonly id: string;
        readonly name: string;
        /** @enum {string} */
        readonly state: 'draft' | 'live' | 'stopped';
        /** @enum {string} */
        readonly type: 'dynamic' | 'static';
        /**
         * @description `query`: the dynamic query matches it; `added`: added to a static segment; `included`: included by hand in a dynamic segment.
         * @enum {string}
         */
        readonly source: 'query' | 'added' | 'included';
      }[];
    };
    /**
     * @description A record: its `id` and every attribute of its entity by logical name (null when empty).
     * @example {
     *       "id": "0196…",
     *       "firstname": "Ada",
     *       "lastname": "Lovelace",
     *       "address1_city": "Atlantis"
     *     }
     */
    readonly Record: {
      readonly id: string;
    } & {
      readonly [key: string]: unknown;
    };
    /**
     * @description Attribute values by logical name (null clears one on PATCH); `id` may be given on create, else one is made.
     * @example {
     *       "firstname": "Ada",
     *       "lastname": "Lovelace",
     *       "emailaddress1": "ada@example.com",
     *       "address1_city": "Atlantis"
     *     }
     */
    readonly RecordValues: {
      readonly [key: string]: unknown;
    };
    readonly RecordPage: {
      readonly items: readonly components['schemas']['Record'][];
      /** @description How many match, over every page. */
      readonly total: number;
      /** @description Pass as `cursor` for the next page; null on the last page. */
      readonly nextCursor: string | null;
    };
    readonly DataverseSegment: {
      readonly '@odata.context'?: string;
      readonly msdyncrm_segmentid: string;
      readonly msdyncrm_segmentname?: string;
      /** @description Dynamic 192350000, static 192350001, compound 192350002. */
      readonly msdyncrm_segmenttype?: number;
      readonly statecode?: number;
      /** @description Draft 192350000, Live 192350001, Stopped 192350002. */
      readonly statuscode?: number;
      readonly msdyncrm_description?: string | null;
      /** @description The query in MQL. */
      readonly msdyncrm_query?: string | null;
      /** @description The same as msdyncrm_query. */
      readonly msdyncrm_segmentquery?: string | null;
      /** @description How SEGMENT(…) names it: SEGMENT_CRM_ID_<32 hex>. */
      readonly msdyncrm_segmentqueryname?: string;
      readonly createdon?: string;
      readonly modifiedon?: string;
      readonly segmint_membercount?: number;
      readonly segmint_timezone?: string;
    } & {
      readonly [key: string]: unknown;
    };
    readonly MembershipEvent: {
      /** @description Orders every event of the installation. */
      readonly seq: number;
      readonly segmentId: string;
      readonly contactId: string;
      /** @enum {string} */
      readonly change: 'joined' | 'left';
      readonly at: string;
      /** @enum {string} */
      readonly cause: 'data' | 'definition' | 'clock' | 'manual';
    };
    readonly ParsedMql: {
      /** @description The query (see Query), ready to send as the `query` of a segment. */
      readonly query: {
        readonly [key: string]: unknown;
      } & components['schemas']['Query'];
    };
    /**
     * @example {
     *       "mql": "PROFILE(contact).FILTER(address1_city == 'Seattle' && gendercode == 2)\nUNION\nSEGMENT(VIP customers)"
     *     }
     */
    readonly SegmentMql: {
      /** @description The segment's query as MQL; `POST /api/mql/parse` reads it back to the same query. */
      readonly mql: string;
    };
    readonly MqlProblem: {
      /** @description MQL_SYNTAX, MQL_UNKNOWN_ATTRIBUTE, MQL_UNKNOWN_SEGMENT, … */
      readonly code: string;
      readonly message: string;
      /** @description The field of the request holding the text: `mql`. */
      readonly path: string;
      /** @description The line of the text the problem is at, from 1. */
      readonly line: number;
      /** @description The column (character) in that line, from 1. */
      readonly column: number;
    } & {
      readonly [key: string]: unknown;
    };
    readonly MqlError: {
      readonly error: {
        /** @description INVALID_MQL, or INVALID_DEFINITION */
        readonly code: string;
        readonly message: string;
        readonly details?: readonly components['schemas']['MqlProblem'][];
      };
    };
    /**
     * @example {
     *       "id": "0196…",
     *       "name": "Contacts from Atlantis",
     *       "type": "dynamic",
     *       "state": "live",
     *       "timeZone": "UTC",
     *       "memberCount": 2,
     *       "createdAt": "2026-03-10T17:00:00.000Z",
     *       "updatedAt": "2026-03-10T17:00:00.000Z",
     *       "goLiveAt": "2026-03-10T17:00:00.000Z",
     *       "definition": {
     *         "name": "Contacts from Atlantis",
     *         "type": "dynamic",
     *         "query": {
     *           "blocks": [
     *             {
     *               "entity": "contact",
     *               "where": {
     *                 "kind": "group",
     *                 "op": "and",
     *                 "children": [
     *                   {
     *                     "kind": "condition",
     *                     "attribute": "address1_city",
     *                     "operator": "equals",
     *                     "values": [
     *                       "Atlantis"
     *                     ]
     *                   }
     *                 ]
     *               }
     *             }
     *           ]
     *         }
     *       }
     *     }
     */
    readonly Segment: {
      readonly id: string;
      readonly name: string;
      /** @enum {string} */
      readonly type: 'dynamic' | 'static';
      readonly description?: string;
      /** @enum {string} */
      readonly state: 'draft' | 'live' | 'stopped';
      readonly timeZone: string;
      readonly memberCount: number;
      readonly createdAt: string;
      readonly updatedAt: string;
      /** @description When it last went live. */
      readonly goLiveAt: string | null;
      /** @description A segment definition (see SegmentDefinition). */
      readonly definition: {
        readonly [key: string]: unknown;
      } & components['schemas']['SegmentDefinition'];
    };
    readonly Explanation: {
      readonly segmentId: string;
      readonly contactId: string;
      /** @description Whether the contact is a stored member now (overrides included). */
      readonly member: boolean;
      /** @description The manual override that decides, if any. */
      readonly override: ('include' | 'exclude') | null;
      readonly explanation:
        | ({
            readonly [key: string]: unknown;
          } & components['schemas']['QueryExplanation'])
        | null;
      /** @description The same as lines a person reads, indented two spaces per level. */
      readonly lines: readonly string[];
    };
    /**
     * @example {
     *       "created": 998,
     *       "updated": 1,
     *       "rejected": [
     *         {
     *           "line": 17,
     *           "reason": "birthdate: Birthday: expected a date written YYYY-MM-DD."
     *         }
     *       ],
     *       "rejectedCount": 1
     *     }
     */
    readonly ImportResult: {
      /** @description Rows that created a record. */
      readonly created: number;
      /** @description Rows whose `id` named an existing record, which they updated. */
      readonly updated: number;
      /** @description The refused rows in line order (the first 10,000; `rejectedCount` counts them all). */
      readonly rejected: readonly {
        /** @description The line of the file the row starts on; line 1 is the header. */
        readonly line: number;
        /** @description The attribute and what is wrong with its value. */
        readonly reason: string;
      }[];
      readonly rejectedCount: number;
      /** @description Columns that were not read, each with why: Dynamics' bookkeeping columns (`(Do Not Modify) Row Checksum` …) and computed attributes named by their display name (`Full Name`). Absent when every column was read. */
      readonly ignoredColumns?: readonly {
        /** @description The header cell as the file has it. */
        readonly column: string;
        readonly reason: string;
      }[];
    };
    /**
     * @description How far an import has got, after each batch written.
     * @example {
     *       "rows": 3000,
     *       "created": 2990,
     *       "updated": 0,
     *       "rejected": 10,
     *       "bytes": 181442
     *     }
     */
    readonly ImportProgress: {
      /** @description Data rows read and dealt with so far (the header not counted). */
      readonly rows: number;
      readonly created: number;
      readonly updated: number;
      /** @description Rows refused so far; the result lists them with their lines. */
      readonly rejected: number;
      /** @description Bytes of the file read so far. */
      readonly bytes: number;
    };
    /** @description One line of an import answered as NDJSON: `progress` after each batch, then `result` (or `error`, when the import failed after its first line). */
    readonly ImportLine:
      | {
          readonly progress: components['schemas']['ImportProgress'];
        }
      | {
          readonly result: components['schemas']['ImportResult'];
        }
      | components['schemas']['Error'];
    readonly InteractionBatchResult: {
      readonly inserted: number;
      /** @description The ids of the saved interactions, in the order sent (rejected ones left out). */
      readonly ids: readonly string[];
      readonly rejected: readonly {
        readonly index: number;
        readonly problems: readonly components['schemas']['Problem'][];
      }[];
    };
    /**
     * @description Static segments: `add`, `remove` (ids), `addByQuery`, `removeByQuery` (a query run once). Dynamic segments: `include` (always a member), `exclude` (never; exclusion wins), `clear` (back to the query).
     * @example {
     *       "add": [
     *         "0196…"
     *       ]
     *     }
     * @example {
     *       "exclude": [
     *         "0196…"
     *       ]
     *     }
     */
    readonly MemberEdit:
      | {
          /** @description Contact ids. */
          readonly add: readonly string[];
        }
      | {
          /** @description Contact ids. */
          readonly remove: readonly string[];
        }
      | {
          /** @description A query (`{ blocks: [...] }`) run once. */
          readonly addByQuery: {
            readonly [key: string]: unknown;
          } & components['schemas']['Query'];
        }
      | {
          /** @description A query (`{ blocks: [...] }`) run once. */
          readonly removeByQuery: {
            readonly [key: string]: unknown;
          } & components['schemas']['Query'];
        }
      | {
          /** @description Contact ids. */
          readonly include: readonly string[];
        }
      | {
          /** @description Contact ids. */
          readonly exclude: readonly string[];
        }
      | {
          /** @description Contact ids. */
          readonly clear: readonly string[];
        };
    readonly Attribute: {
      readonly name: string;
      readonly displayName: string;
      /** @enum {string} */
      readonly type:
        | 'string'
        | 'integer'
        | 'decimal'
        | 'money'
        | 'boolean'
        | 'date'
        | 'datetime'
        | 'choice'
        | 'multichoice'
        | 'lookup';
      readonly options?: readonly {
        readonly value: string;
        readonly label: string;
        /** @description The option's integer value in Dataverse (gendercode Female is 2), as Dynamics' segment queries, Web API and exports write it; a choice in a JSON write or an MQL query may be given by it. */
        readonly dataverseValue?: number;
      }[];
      /** @description A yes/no attribute's labels in Dynamics where they are not Yes and No (donotbulkemail: true is Do Not Allow), as its exports write them. */
      readonly booleanLabels?: {
        readonly true: string;
        readonly false: string;
      };
      /** @description The entity a lookup points to. */
      readonly target?: string;
      /** @description Digits after the point of a decimal or money attribute. */
      readonly scale?: number;
      /** @description The most characters a text attribute holds (its Dataverse MaxLength); longer values are refused. */
      readonly maxLength?: number;
      readonly custom: boolean;
      /** @description Computed by the store (a full name): read, never written. */
      readonly computed: boolean;
    };
    readonly Relationship: {
      readonly name: string;
      readonly displayName: string;
      readonly to: string;
      /** @enum {string} */
      readonly cardinality: 'manyToOne' | 'oneToMany';
      readonly lookupEntity: string;
      readonly lookupAttribute: string;
      readonly reverse: string;
      /** @description The relationship schema name in Dataverse (contact_customer_accounts), where Dataverse has the link. */
      readonly schemaName?: string;
      /** @description Every Dataverse name of the link, as MQL's TRAVERSE takes it: first <entity>_<target>_<lookup> (contact_account_parentcustomerid), then schemaName. */
      readonly schemaNames: readonly string[];
    };
    readonly Entity: {
      readonly name: string;
      readonly displayName: string;
      readonly pluralDisplayName: string;
      readonly primaryAttribute: string;
      readonly custom: boolean;
      readonly attributes: readonly components['schemas']['Attribute'][];
      readonly relationships: readonly components['schemas']['Relationship'][];
    };
    readonly Operator: {
      readonly id: string;
      readonly label: string;
      /** @enum {string} */
      readonly values: 'none' | 'one' | 'oneOrMore' | 'two' | 'period' | 'days';
    };
    readonly Schema: {
      readonly entities: readonly components['schemas']['Entity'][];
      readonly operators: {
        readonly [key: string]: readonly components['schemas']['Operator'][];
      };
    };
    /**
     * @example {
     *       "name": "loyaltypoints",
     *       "displayName": "Loyalty Points",
     *       "type": "integer"
     *     }
     */
    readonly NewAttribute: {
      /** @description Lower-case letters, digits and `_`. */
      readonly name: string;
      readonly displayName: string;
      /** @description One of string, integer, decimal, money, boolean, date, datetime, choice, multichoice, lookup. */
      readonly type: string;
      /** @description The options of a choice or multi-choice. */
      readonly options?: readonly {
        readonly value: string;
        readonly label?: string;
      }[];
      readonly scale?: number;
      /** @description For text: the most characters it holds, 100 unless said (as in Dataverse), at most 1,048,576. */
      readonly maxLength?: number;
      /** @description For a lookup: the entity it points to. */
      readonly target?: string;
      /** @description For a lookup: the one-to-many relationship's name on the target. */
      readonly relationship?: string;
      readonly relationshipDisplayName?: string;
    };
    /**
     * @example {
     *       "name": "eventregistration",
     *       "displayName": "Event Registration",
     *       "attributes": [
     *         {
     *           "name": "eventname",
     *           "displayName": "Event",
     *           "type": "string"
     *         }
     *       ],
     *       "lookups": [
     *         {
     *           "attribute": "contactid",
     *           "to": "contact",
     *           "relationship": "eventregistrations"
     *         }
     *       ]
     *     }
     */
    readonly NewEntity: {
      readonly name: string;
      readonly displayName: string;
      readonly pluralDisplayName?: string;
      readonly primaryAttribute?: string;
      readonly attributes?: readonly components['schemas']['NewAttribute'][];
      readonly lookups?: readonly {
        readonly attribute: string;
        readonly to: string;
        readonly relationship?: string;
        readonly displayName?: string;
        readonly relationshipDisplayName?: string;
      }[];
    };
    readonly TemplateParameter: {
      /** @description The placeholder name: `{{name}}` in the definition. */
      readonly name: string;
      readonly label: string;
      /** @enum {string} */
      readonly type: 'string' | 'integer' | 'number' | 'date' | 'choice';
      readonly default?: string | number;
      /** @description The values a `choice` parameter may take. */
      readonly options?: readonly {
        readonly value: string;
        readonly label: string;
      }[];
    };
    readonly Template: {
      readonly id: string;
      readonly name: string;
      readonly description: string;
      readonly category: string;
      /** @enum {string} */
      readonly source: 'gallery' | 'saved';
      readonly parameters: readonly components['schemas']['TemplateParameter'][];
      /** @description A segment definition whose values may be `{{parameter}}` placeholders. */
      readonly definition: {
        readonly [key: string]: unknown;
      };
      readonly createdAt?: string;
    };
    readonly Webhook: {
      readonly id: string;
      readonly url: string;
      /** @description The segments whose events it receives; null for all. */
      readonly segments: readonly string[] | null;
      readonly createdAt: string;
      /** @description How far deliveries have got. */
      readonly delivery: {
        /** @description The last event the receiver acknowledged with a 2xx. */
        readonly lastSeq: number;
        /** @description Failed attempts at the current batch; 0 while deliveries succeed. */
        readonly attempts: number;
        /** @description When the failed batch is tried again. */
        readonly nextAttemptAt: string | null;
        readonly lastError: string | null;
      };
    };
    readonly CreatedWebhook: {
      readonly id: string;
      readonly url: string;
      /** @description The segments whose events it receives; null for all. */
      readonly segments: readonly string[] | null;
      readonly createdAt: string;
      /** @description How far deliveries have got. */
      readonly delivery: {
        /** @description The last event the receiver acknowledged with a 2xx. */
        readonly lastSeq: number;
        /** @description Failed attempts at the current batch; 0 while deliveries succeed. */
        readonly attempts: number;
        /** @description When the failed batch is tried again. */
        readonly nextAttemptAt: string | null;
        readonly lastError: string | null;
      };
      /** @description The HMAC-SHA256 key: each delivery carries `X-Segmint-Signature: sha256=<hex HMAC of the raw body>`. Shown this once. */
      readonly secret: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  readonly health: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @enum {boolean} */
            readonly ok: true;
            readonly leader: boolean;
          };
        };
      };
    };
  };
  readonly getSchema: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Schema'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly addAttribute: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description The logical name: contact, account, … */
        readonly entity: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['NewAttributeInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Attribute'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly addEntity: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['NewEntityInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Entity'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listRecords: {
    readonly parameters: {
      readonly query?: {
        /** @description Text the name or email contains (case-insensitive). */
        readonly search?: string;
        /** @description A text attribute to sort by, e.g. `fullname`; `-fullname` sorts descending. By id when absent. */
        readonly sort?: string;
        /** @description Items per page (1 to 1000). */
        readonly limit?: number;
        /** @description The `nextCursor` of the previous page. */
        readonly cursor?: string;
      };
      readonly header?: never;
      readonly path: {
        /** @description The logical name: contact, account, … */
        readonly entity: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RecordPage'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly createRecord: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description The logical name: contact, account, … */
        readonly entity: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RecordValuesInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly getRecord: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description The logical name: contact, account, … */
        readonly entity: string;
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly deleteRecord: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description The logical name: contact, account, … */
        readonly entity: string;
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Deleted. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly updateRecord: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description The logical name: contact, account, … */
        readonly entity: string;
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RecordValuesInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listContact: {
    readonly parameters: {
      readonly query?: {
        /** @description Text the name or email contains (case-insensitive). */
        readonly search?: string;
        /** @description A text attribute to sort by, e.g. `fullname`; `-fullname` sorts descending. By id when absent. */
        readonly sort?: string;
        /** @description Items per page (1 to 1000). */
        readonly limit?: number;
        /** @description The `nextCursor` of the previous page. */
        readonly cursor?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RecordPage'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly createContact: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RecordValuesInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly getContact: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly deleteContact: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Deleted. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly updateContact: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RecordValuesInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listContactSegments: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ContactSegments'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listAccount: {
    readonly parameters: {
      readonly query?: {
        /** @description Text the name or email contains (case-insensitive). */
        readonly search?: string;
        /** @description A text attribute to sort by, e.g. `fullname`; `-fullname` sorts descending. By id when absent. */
        readonly sort?: string;
        /** @description Items per page (1 to 1000). */
        readonly limit?: number;
        /** @description The `nextCursor` of the previous page. */
        readonly cursor?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RecordPage'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly createAccount: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RecordValuesInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly getAccount: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly deleteAccount: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Deleted. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly updateAccount: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RecordValuesInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listLead: {
    readonly parameters: {
      readonly query?: {
        /** @description Text the name or email contains (case-insensitive). */
        readonly search?: string;
        /** @description A text attribute to sort by, e.g. `fullname`; `-fullname` sorts descending. By id when absent. */
        readonly sort?: string;
        /** @description Items per page (1 to 1000). */
        readonly limit?: number;
        /** @description The `nextCursor` of the previous page. */
        readonly cursor?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RecordPage'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly createLead: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RecordValuesInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly getLead: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly deleteLead: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Deleted. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly updateLead: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['RecordValuesInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Record'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly createInteractions: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json':
          components['schemas']['RecordValuesInput'] | readonly components['schemas']['RecordValuesInput'][];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json':
            components['schemas']['Record'] | components['schemas']['InteractionBatchResult'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listSegments: {
    readonly parameters: {
      readonly query?: {
        readonly state?: 'draft' | 'live' | 'stopped';
        readonly limit?: number;
        readonly cursor?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly items: readonly components['schemas']['Segment'][];
            readonly nextCursor: string | null;
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly createSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description A segment definition (see SegmentDefinition). A dynamic segment may carry its query as MQL text in `mql` instead of `query` (one of the two, never both): it is read as `POST /api/mql/parse` reads it and saved as `query`; SEGMENT(…) names a segment by its name or id. */
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': ({
          /** @description An id of your choosing; one is made when absent. */
          readonly id?: string & (unknown & unknown);
          /** @description A segment query in Dynamics 365 Marketing's query language (MQL), as its msdyncrm_segmentquery holds it. */
          readonly mql?: string;
        } & {
          readonly [key: string]: unknown;
        }) &
          components['schemas']['SegmentDefinition'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Segment'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly getSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Segment'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly updateSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    /** @description A segment definition (see SegmentDefinition). A dynamic segment may carry its query as MQL text in `mql` instead of `query` (one of the two, never both): it is read as `POST /api/mql/parse` reads it and saved as `query`; SEGMENT(…) names a segment by its name or id. */
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': ({
          readonly id?: string;
          /** @description A segment query in Dynamics 365 Marketing's query language (MQL), as its msdyncrm_segmentquery holds it. */
          readonly mql?: string;
        } & {
          readonly [key: string]: unknown;
        }) &
          components['schemas']['SegmentDefinition'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Segment'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly deleteSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Deleted. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly validateSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description A segment definition (see SegmentDefinition). */
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "name": "Contacts from Atlantis",
         *       "type": "dynamic",
         *       "query": {
         *         "blocks": [
         *           {
         *             "entity": "contact",
         *             "where": {
         *               "kind": "group",
         *               "op": "and",
         *               "children": [
         *                 {
         *                   "kind": "condition",
         *                   "attribute": "address1_city",
         *                   "operator": "equals",
         *                   "values": [
         *                     "Atlantis"
         *                   ]
         *                 }
         *               ]
         *             }
         *           }
         *         ]
         *       }
         *     }
         */
        readonly 'application/json': ({
          /** @description An id of your choosing; one is made when absent. */
          readonly id?: string & (unknown & unknown);
        } & {
          readonly [key: string]: unknown;
        }) &
          components['schemas']['SegmentDefinition'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description Every problem, each with its path; empty when the definition is valid. */
            readonly problems: readonly components['schemas']['Problem'][];
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly estimateSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description A segment definition (see SegmentDefinition). */
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "name": "Contacts from Atlantis",
         *       "type": "dynamic",
         *       "query": {
         *         "blocks": [
         *           {
         *             "entity": "contact",
         *             "where": {
         *               "kind": "group",
         *               "op": "and",
         *               "children": [
         *                 {
         *                   "kind": "condition",
         *                   "attribute": "address1_city",
         *                   "operator": "equals",
         *                   "values": [
         *                     "Atlantis"
         *                   ]
         *                 }
         *               ]
         *             }
         *           }
         *         ]
         *       }
         *     }
         */
        readonly 'application/json': {
          readonly [key: string]: unknown;
        } & components['schemas']['SegmentDefinition'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description Contacts the query selects now. */
            readonly count: number;
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The work took longer than the server allows (TIMEOUT) and was stopped; narrow it, or try again after Retry-After. */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly goLive: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Segment'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The work took longer than the server allows (TIMEOUT) and was stopped; narrow it, or try again after Retry-After. */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly stopSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Segment'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly parseMql: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "mql": "PROFILE(contact).FILTER(address1_city == 'Atlantis')"
         *     }
         */
        readonly 'application/json': {
          /** @description A segment query in Dynamics 365 Marketing's query language (MQL), as its msdyncrm_segmentquery holds it. */
          readonly mql: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ParsedMql'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The MQL cannot be read (INVALID_MQL): every problem is in details, with its line and column; or `query` and `mql` were both sent. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['MqlError'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly getSegmentMql: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['SegmentMql'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly printMql: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "query": {
         *         "blocks": [
         *           {
         *             "entity": "contact",
         *             "where": {
         *               "kind": "group",
         *               "op": "and",
         *               "children": [
         *                 {
         *                   "kind": "condition",
         *                   "attribute": "address1_city",
         *                   "operator": "equals",
         *                   "values": [
         *                     "Seattle"
         *                   ]
         *                 }
         *               ]
         *             }
         *           }
         *         ]
         *       }
         *     }
         */
        readonly 'application/json': {
          /** @description The query to print (see Query), as a segment carries it; it need not be saved. */
          readonly query: {
            readonly [key: string]: unknown;
          } & components['schemas']['Query'];
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "mql": "PROFILE(contact).FILTER(address1_city == 'Seattle')"
           *     }
           */
          readonly 'application/json': {
            /** @description The query as MQL; `POST /api/mql/parse` reads it back to the same query. */
            readonly mql: string;
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listMembers: {
    readonly parameters: {
      readonly query?: {
        /** @description Text the name or email contains (case-insensitive). */
        readonly search?: string;
        /** @description A text attribute to sort by, e.g. `fullname`; `-fullname` sorts descending. By id when absent. */
        readonly sort?: string;
        /** @description Items per page (1 to 1000). */
        readonly limit?: number;
        /** @description The `nextCursor` of the previous page. */
        readonly cursor?: string;
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['RecordPage'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly editMembers: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': components['schemas']['MemberEditInput'];
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description The contacts whose membership changed. */
            readonly changed: readonly string[];
            readonly memberCount: number;
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly exportMembers: {
    readonly parameters: {
      readonly query?: {
        /** @description What to do with a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return, which a spreadsheet would run as a formula (OWASP "CSV Injection"). `escape` (the default) writes it with a single quote `'` in front and quotes any text holding `;` or a tab, so the file is safe to open in a spreadsheet; numbers, booleans and dates are never changed. `keep` writes every cell as it is (RFC 4180 only), for a program that reads the CSV rather than a spreadsheet. */
        readonly formulas?: 'escape' | 'keep';
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description The members as CSV. */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': string;
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The work took longer than the server allows (TIMEOUT) and was stopped; narrow it, or try again after Retry-After. */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly explainMembership: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
        readonly contactId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Explanation'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The work took longer than the server allows (TIMEOUT) and was stopped; narrow it, or try again after Retry-After. */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly segmentHistory: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly segmentId: string;
            /** @description The member count at the end of each minute in which it changed, oldest first. */
            readonly items: readonly {
              readonly at: string;
              readonly count: number;
            }[];
          };
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listEvents: {
    readonly parameters: {
      readonly query?: {
        /** @description Only events after this sequence number (the `nextAfter` of the last call). */
        readonly after?: number;
        /** @description Only the events of this segment. */
        readonly segment?: string;
        readonly limit?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly items: readonly components['schemas']['MembershipEvent'][];
            /** @description Pass as `after` to read on. */
            readonly nextAfter: number;
            /** @description True when more events may follow right away. */
            readonly hasMore: boolean;
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly streamEvents: {
    readonly parameters: {
      readonly query?: {
        /** @description Start after this sequence number; by default only events from now on. */
        readonly after?: number;
        /** @description Only the events of this segment. */
        readonly segment?: string;
      };
      readonly header?: {
        /** @description Resume after this event (browsers send it when they reconnect); wins over `after`. */
        readonly 'last-event-id'?: string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description The event stream. */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/event-stream': string;
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly importCsv: {
    readonly parameters: {
      readonly query?: {
        /** @description Rows per transaction (1,000 by default); live segments are re-checked once per batch. */
        readonly batchSize?: number;
      };
      readonly header?: never;
      readonly path: {
        /** @description The logical name of the entity to load: `contact`, `account`, a custom one … */
        readonly entity: string;
      };
      readonly cookie?: never;
    };
    /** @description The CSV file: a header row of logical or display names, then one record per row. A file exported from Dynamics 365 loads as it is. */
    readonly requestBody: {
      readonly content: {
        readonly 'text/csv': unknown;
        readonly 'application/csv': unknown;
        readonly 'application/vnd.ms-excel': unknown;
      };
    };
    readonly responses: {
      /** @description What the import did. With `Accept: application/x-ndjson`, the answer is one JSON object per line as the import goes: a `progress` line after each batch, then the `result` line. */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ImportResult'];
          readonly 'application/x-ndjson': components['schemas']['ImportLine'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The body is not JSON. */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listWebhooks: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly items: readonly components['schemas']['Webhook'][];
          };
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly createWebhook: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "url": "https://hooks.example.com/segmint",
         *       "segments": [
         *         "0196…"
         *       ]
         *     }
         */
        readonly 'application/json': {
          /** @description An http or https URL, without credentials, that accepts POSTed JSON. Its host must be a public address: loopback, private, link-local and metadata addresses, and names that resolve to them, are refused (422) unless the server runs with --allow-private-webhooks. */
          readonly url: string;
          /** @description Only these segments' events; every segment's when left out. */
          readonly segments?: readonly string[];
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['CreatedWebhook'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly getWebhook: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Webhook'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly deleteWebhook: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Deleted. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listTemplates: {
    readonly parameters: {
      readonly query?: {
        readonly search?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly items: readonly components['schemas']['Template'][];
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly saveTemplate: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json':
          | {
              readonly name: string;
              readonly description?: string;
              readonly category?: string;
              readonly parameters?: readonly components['schemas']['TemplateParameterInput'][];
              /** @description A segment definition (see SegmentDefinition). */
              readonly definition: {
                readonly [key: string]: unknown;
              } & components['schemas']['SegmentDefinition'];
            }
          | {
              readonly name?: string;
              readonly description?: string;
              readonly category?: string;
              readonly parameters?: readonly components['schemas']['TemplateParameterInput'][];
              /** @description Save this segment as a template. */
              readonly fromSegment: string;
            };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Template'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly getTemplate: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Template'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly deleteTemplate: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Deleted. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly instantiateTemplate: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "values": {
         *         "city": "Atlantis"
         *       }
         *     }
         */
        readonly 'application/json': {
          /** @description A value per parameter; defaults fill the rest. */
          readonly values?: {
            readonly [key: string]: string | number;
          };
          /** @description The new segment's name instead of the template's. */
          readonly name?: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Segment'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listKeys: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly items: readonly components['schemas']['ApiKey'][];
          };
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly createKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly name: string;
          /**
           * @description `read`: every GET route. `write`: also records, imports and members of static segments. `admin`: everything.
           * @enum {string}
           */
          readonly scope: 'read' | 'write' | 'admin';
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['CreatedApiKey'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly revokeKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Revoked. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly listAudit: {
    readonly parameters: {
      readonly query?: {
        /** @description Entries after this `seq` (a `nextCursor`). */
        readonly after?: number;
        readonly limit?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly items: readonly components['schemas']['AuditEntry'][];
            /** @description Pass as `after` for the next page; null on the last page. */
            readonly nextCursor: string | null;
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly dataverseListSegments: {
    readonly parameters: {
      readonly query?: {
        /** @description Such as `statuscode eq 192350001`: eq, ne, gt, ge, lt, le, and, or, not, parentheses. */
        readonly $filter?: string;
        /** @description Comma-separated properties, such as `msdyncrm_segmentid,msdyncrm_segmentname`. */
        readonly $select?: string;
        /** @description Such as `msdyncrm_segmentname asc,createdon desc`. */
        readonly $orderby?: string;
        /** @description At most this many segments. */
        readonly $top?: string;
        /** @description `true` adds `@odata.count`, the number that match. */
        readonly $count?: 'true' | 'false';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly '@odata.context': string;
            readonly '@odata.count'?: number;
            readonly value: readonly components['schemas']['DataverseSegment'][];
          } & {
            readonly [key: string]: unknown;
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly dataverseCreateSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: {
        /** @description `return=representation` answers 201 with the new record instead of 204. */
        readonly prefer?: string;
      };
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "msdyncrm_segmentname": "MySegment2",
         *       "msdyncrm_segmentquery": "PROFILE(contact).FILTER((address1_city == 'NewYork' || address1_city == 'NewJersey'))",
         *       "msdyncrm_segmenttype": 192350000,
         *       "statuscode": 192350006
         *     }
         */
        readonly 'application/json': {
          /** @description On create only: the GUID the new segment gets (one is made when absent). */
          readonly msdyncrm_segmentid?: string;
          /** @description The name. */
          readonly msdyncrm_segmentname?: string;
          /** @description Dynamic 192350000, static 192350001, compound 192350002. */
          readonly msdyncrm_segmenttype?: number;
          /** @description Draft 192350000, Live 192350001, Stopped 192350002, Going Live 192350006 (goes live), Stopping 192350007 (stops). */
          readonly statuscode?: number;
          /** @description The segment query in MQL. */
          readonly msdyncrm_query?: string | null;
          /** @description The same as msdyncrm_query (older pages use this name). */
          readonly msdyncrm_segmentquery?: string | null;
          readonly msdyncrm_description?: string | null;
          /** @description Static segments: a JSON array of contact ids, each with or without the "crm" prefix; added. */
          readonly msdyncrm_segmentmemberids?: string;
          /** @description The same as msdyncrm_segmentmemberids. */
          readonly msdyncrm_segmentmemberid?: string;
          /**
           * @description Always 0 (Active).
           * @enum {number}
           */
          readonly statecode?: 0;
          /** @description The IANA time zone dates are compared in (UTC by default). */
          readonly segmint_timezone?: string;
        } & {
          readonly [key: string]: unknown;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['DataverseSegment'];
        };
      };
      /** @description Created; the URL is in OData-EntityId. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The work took longer than the server allows (TIMEOUT) and was stopped; narrow it, or try again after Retry-After. */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly dataverseGetSegment: {
    readonly parameters: {
      readonly query?: {
        /** @description Comma-separated properties, such as `msdyncrm_segmentid,msdyncrm_segmentname`. */
        readonly $select?: string;
      };
      readonly header?: never;
      readonly path: {
        /** @description `msdyncrm_segments(<id>)`: a GUID, or any Segmint id in quotes (`msdyncrm_segments('seg_vip')`). */
        readonly resource: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['DataverseSegment'];
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly dataverseUnknownAction: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description `msdyncrm_segments(<id>)`: a GUID, or any Segmint id in quotes (`msdyncrm_segments('seg_vip')`). */
        readonly resource: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly dataverseDeleteSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description `msdyncrm_segments(<id>)`: a GUID, or any Segmint id in quotes (`msdyncrm_segments('seg_vip')`). */
        readonly resource: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Deleted. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly dataverseUpdateSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description `msdyncrm_segments(<id>)`: a GUID, or any Segmint id in quotes (`msdyncrm_segments('seg_vip')`). */
        readonly resource: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "msdyncrm_segmentname": "MySegment2",
         *       "msdyncrm_segmentquery": "PROFILE(contact).FILTER((address1_city == 'NewYork' || address1_city == 'NewJersey'))",
         *       "msdyncrm_segmenttype": 192350000,
         *       "statuscode": 192350006
         *     }
         */
        readonly 'application/json': {
          /** @description On create only: the GUID the new segment gets (one is made when absent). */
          readonly msdyncrm_segmentid?: string;
          /** @description The name. */
          readonly msdyncrm_segmentname?: string;
          /** @description Dynamic 192350000, static 192350001, compound 192350002. */
          readonly msdyncrm_segmenttype?: number;
          /** @description Draft 192350000, Live 192350001, Stopped 192350002, Going Live 192350006 (goes live), Stopping 192350007 (stops). */
          readonly statuscode?: number;
          /** @description The segment query in MQL. */
          readonly msdyncrm_query?: string | null;
          /** @description The same as msdyncrm_query (older pages use this name). */
          readonly msdyncrm_segmentquery?: string | null;
          readonly msdyncrm_description?: string | null;
          /** @description Static segments: a JSON array of contact ids, each with or without the "crm" prefix; added. */
          readonly msdyncrm_segmentmemberids?: string;
          /** @description The same as msdyncrm_segmentmemberids. */
          readonly msdyncrm_segmentmemberid?: string;
          /**
           * @description Always 0 (Active).
           * @enum {number}
           */
          readonly statecode?: 0;
          /** @description The IANA time zone dates are compared in (UTC by default). */
          readonly segmint_timezone?: string;
        } & {
          readonly [key: string]: unknown;
        };
      };
    };
    readonly responses: {
      /** @description Updated. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request conflicts with the current state (in use, wrong state, duplicate id). */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The work took longer than the server allows (TIMEOUT) and was stopped; narrow it, or try again after Retry-After. */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly dataverseSegmentMembersUpdate: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "msdyncrm_segmentid": "59AC8BBF-57E7-E811-A9A9-000D3A35F403",
         *       "msdyncrm_operation": "addByIds",
         *       "msdyncrm_memberids": "[\"B5672BDB-8899-43CB-9FA1-0AE4DC61DAD3\", \"694E1C8E-F704-4B23-9B07-E65DB1620E47\"]"
         *     }
         */
        readonly 'application/json': {
          /** @description The static segment: its GUID (any case) or Segmint id. */
          readonly msdyncrm_segmentid: string;
          /** @enum {string} */
          readonly msdyncrm_operation:
            'addByIds' | 'removeByIds' | 'addByQuery' | 'removeByQuery' | 'getState';
          /** @description addByIds, removeByIds: a JSON array of contact ids in a string, each with or without "crm". */
          readonly msdyncrm_memberids?: string | readonly string[];
          /** @description addByQuery, removeByQuery: the contacts of this MQL query. */
          readonly msdyncrm_query?: string;
        } & {
          readonly [key: string]: unknown;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly '@odata.context': string;
            /**
             * @description Segmint applies every change before it answers; nothing is ever pending.
             * @enum {string}
             */
            readonly State: 'Completed';
            /** @enum {number} */
            readonly PendingOperations: 0;
            readonly MemberCount: number;
          };
        };
      };
      /** @description Done: the members are changed. */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description What the request names does not exist. */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request is well formed but not valid; every problem is in details, with its path. */
      readonly 422: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The work took longer than the server allows (TIMEOUT) and was stopped; narrow it, or try again after Retry-After. */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly dataverseValidateSegment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description A segment as a create of msdyncrm_segments sends it. */
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "msdyncrm_segmentname": "NewSegment",
         *       "msdyncrm_segmentquery": "PROFILE(contact)",
         *       "msdyncrm_segmenttype": 192350000,
         *       "statuscode": 192350000
         *     }
         */
        readonly 'application/json': unknown;
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly '@odata.context': string;
            /** @description A JSON array in a string: `[]` when valid, else `[{"ErrorCode","FieldName","Message","Line"?,"Column"?}]`. */
            readonly ValidationResult: string;
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  readonly dataverseFetchContactsByQuery: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        /**
         * @example {
         *       "Query": "(SEGMENT(SEGMENT_CRM_ID_e1fa7fdc5c78ea11a811000d3a8e8fcc)).ORDERBY(fullname ASC).SKIP(0).TAKE(15).SELECT(contactid)",
         *       "TimeZone": null
         *     }
         */
        readonly 'application/json': {
          /** @description MQL, optionally ending in .ORDERBY(attr ASC|DESC, …).SKIP(n).TAKE(n).SELECT(attr, …). */
          readonly Query: string;
          /** @description Accepted and ignored: Query says what to fetch. */
          readonly FetchXml?: string;
          /** @description Accepted and ignored. */
          readonly OwningBusinessUnit?: string | null;
          /** @description Accepted and ignored. */
          readonly Scope?: number | null;
          /** @description An IANA time zone for the query's dates; UTC when null. */
          readonly TimeZone?: string | null;
        } & {
          readonly [key: string]: unknown;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly '@odata.context': string;
            /** @description How many contacts the query selects in all, before SKIP and TAKE. */
            readonly '@odata.count': number;
            readonly value: readonly ({
              readonly contactid: string;
            } & {
              readonly [key: string]: unknown;
            })[];
          } & {
            readonly [key: string]: unknown;
          };
        };
      };
      /** @description The request is not valid JSON or not of the expected shape; each problem is in details. */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key is missing, wrong or revoked. */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The API key does not have the scope this route needs. */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many wrong keys from this client: wait for the Retry-After seconds. */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
      /** @description The work took longer than the server allows (TIMEOUT) and was stopped; narrow it, or try again after Retry-After. */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
