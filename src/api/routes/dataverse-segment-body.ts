import { z } from 'zod';
import { ApiError } from '../api-error.ts';
import {
  fieldError,
  isGuid,
  memberIds,
  segmentTypeOf,
  statusOf,
  type SegmentTypeName,
  type StatusName,
} from './dataverse-segment-record.ts';

const mql = z.string().max(100_000).nullable();

/** The body of a create or an update of `msdyncrm_segments`, as Microsoft's pages send it. */
export const segmentBodySchema = z
  .looseObject({
    msdyncrm_segmentid: z
      .string()
      .optional()
      .describe('On create only: the GUID the new segment gets (one is made when absent).'),
    msdyncrm_segmentname: z.string().optional().describe('The name.'),
    msdyncrm_segmenttype: z
      .number()
      .int()
      .optional()
      .describe('Dynamic 192350000, static 192350001, compound 192350002.'),
    statuscode: z
      .number()
      .int()
      .optional()
      .describe(
        'Draft 192350000, Live 192350001, Stopped 192350002, Going Live 192350006 (goes live), Stopping 192350007 (stops).',
      ),
    msdyncrm_query: mql.optional().describe('The segment query in MQL.'),
    msdyncrm_segmentquery: mql.optional().describe('The same as msdyncrm_query (older pages use this name).'),
    msdyncrm_description: z.string().max(4000).nullable().optional(),
    msdyncrm_segmentmemberids: z
      .string()
      .optional()
      .describe(
        'Static segments: a JSON array of contact ids, each with or without the "crm" prefix; added.',
      ),
    msdyncrm_segmentmemberid: z.string().optional().describe('The same as msdyncrm_segmentmemberids.'),
    statecode: z.literal(0).optional().describe('Always 0 (Active).'),
    segmint_timezone: z
      .string()
      .optional()
      .describe('The IANA time zone dates are compared in (UTC by default).'),
  })
  .meta({
    examples: [
      {
        msdyncrm_segmentname: 'MySegment2',
        msdyncrm_segmentquery:
          "PROFILE(contact).FILTER((address1_city == 'NewYork' || address1_city == 'NewJersey'))",
        msdyncrm_segmenttype: 192350000,
        statuscode: 192350006,
      },
    ],
  });

export type SegmentBody = z.infer<typeof segmentBodySchema>;

/** Properties a client may send back as it read them; they are computed, so they are ignored. */
const readOnly = new Set(['msdyncrm_segmentqueryname', 'createdon', 'modifiedon', 'segmint_membercount']);
const writable = new Set(Object.keys(segmentBodySchema.shape));

/** What a create or update asks for, read from its body. */
export interface SegmentChange {
  readonly id?: string;
  readonly name?: string;
  readonly type?: SegmentTypeName;
  readonly status?: StatusName;
  /** MQL; null clears the query. */
  readonly mql?: string | null;
  readonly description?: string | null;
  readonly memberIds?: readonly string[];
  readonly timeZone?: string;
}

/**
 * Reads a body of `msdyncrm_segments`: refuses a property a segment does not have (400 naming it, as
 * Dataverse does), option values that are not the segment's, and two different queries.
 */
export function segmentChange(body: SegmentBody | undefined): SegmentChange {
  if (typeof body !== 'object' || Array.isArray(body))
    throw new ApiError(400, 'INVALID_REQUEST', 'The body is a JSON object of msdyncrm_segment properties.');
  for (const key of Object.keys(body)) {
    if (writable.has(key) || readOnly.has(key) || key.startsWith('@') || key.includes('@odata.')) continue;
    throw fieldError(
      'UNKNOWN_PROPERTY',
      `The property '${key}' does not exist on type 'Microsoft.Dynamics.CRM.msdyncrm_segment'. Segments take msdyncrm_segmentname, msdyncrm_segmenttype, statuscode, msdyncrm_query (or msdyncrm_segmentquery), msdyncrm_description and msdyncrm_segmentmemberids.`,
      `body.${key}`,
    );
  }
  const { msdyncrm_query: query, msdyncrm_segmentquery: segmentQuery } = body;
  if (query !== undefined && segmentQuery !== undefined && query !== segmentQuery)
    throw fieldError(
      'TWO_QUERIES',
      'msdyncrm_query and msdyncrm_segmentquery name the same query; send one of them (or the same text in both).',
      'body.msdyncrm_query',
    );
  const mqlText = query !== undefined ? query : segmentQuery;
  const id = body.msdyncrm_segmentid?.trim();
  if (id !== undefined && !isGuid(id))
    throw fieldError(
      'INVALID_ID',
      `msdyncrm_segmentid is a GUID such as "59ac8bbf-57e7-e811-a9a9-000d3a35f403", not "${id.slice(0, 80)}".`,
      'body.msdyncrm_segmentid',
    );
  const name = body.msdyncrm_segmentname;
  if (name !== undefined && (name.trim() === '' || name.length > 200))
    throw fieldError(
      'INVALID_NAME',
      'msdyncrm_segmentname is the segment name: 1 to 200 characters.',
      'body.msdyncrm_segmentname',
    );
  const members = body.msdyncrm_segmentmemberids ?? body.msdyncrm_segmentmemberid;
  const membersPath =
    body.msdyncrm_segmentmemberids === undefined
      ? 'body.msdyncrm_segmentmemberid'
      : 'body.msdyncrm_segmentmemberids';
  return {
    ...(id === undefined ? {} : { id: id.toLowerCase() }),
    ...(name === undefined ? {} : { name }),
    ...(body.msdyncrm_segmenttype === undefined
      ? {}
      : { type: segmentTypeOf(body.msdyncrm_segmenttype, 'body.msdyncrm_segmenttype') }),
    ...(body.statuscode === undefined ? {} : { status: statusOf(body.statuscode, 'body.statuscode') }),
    ...(mqlText === undefined ? {} : { mql: mqlText === null || mqlText.trim() === '' ? null : mqlText }),
    ...(body.msdyncrm_description === undefined ? {} : { description: body.msdyncrm_description }),
    ...(members === undefined ? {} : { memberIds: memberIds(members, membersPath) }),
    ...(body.segmint_timezone === undefined ? {} : { timeZone: body.segmint_timezone }),
  };
}
