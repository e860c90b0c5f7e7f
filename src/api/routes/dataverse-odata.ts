import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { dataverseBase } from './dataverse-segment-record.ts';

/** OData's part of every Dataverse answer: the service root, the context URL, the version header. */

/** The service root a client called, such as `https://segmint.example.com/api/data/v9.0`. */
export function serviceRoot(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${dataverseBase}`;
}

/** `@odata.context` for `what` (`msdyncrm_segments/$entity`, `Microsoft.Dynamics.CRM.…Response`). */
export function contextUrl(request: FastifyRequest, what: string): string {
  return `${serviceRoot(request)}/$metadata#${what}`;
}

/** Marks an answer as OData 4.0, as Dataverse does. */
export function odataHeaders(reply: FastifyReply): void {
  void reply.header('odata-version', '4.0');
}

/** The tags of every Dataverse route in the OpenAPI document. */
export const dataverseTags = ['Dataverse segmentation API'];

/** An `msdyncrm_segment` record as answered (every property may be left out by `$select`). */
export const segmentRecordSchema = z
  .looseObject({
    '@odata.context': z.string().optional(),
    msdyncrm_segmentid: z.string(),
    msdyncrm_segmentname: z.string().optional(),
    msdyncrm_segmenttype: z
      .number()
      .int()
      .optional()
      .describe('Dynamic 192350000, static 192350001, compound 192350002.'),
    statecode: z.number().int().optional(),
    statuscode: z.number().int().optional().describe('Draft 192350000, Live 192350001, Stopped 192350002.'),
    msdyncrm_description: z.string().nullable().optional(),
    msdyncrm_query: z.string().nullable().optional().describe('The query in MQL.'),
    msdyncrm_segmentquery: z.string().nullable().optional().describe('The same as msdyncrm_query.'),
    msdyncrm_segmentqueryname: z
      .string()
      .optional()
      .describe('How SEGMENT(…) names it: SEGMENT_CRM_ID_<32 hex>.'),
    createdon: z.string().optional(),
    modifiedon: z.string().optional(),
    segmint_membercount: z.number().int().optional(),
    segmint_timezone: z.string().optional(),
  })
  .meta({ id: 'DataverseSegment' });

/** A list of segments, OData style: the records in `value`. */
export const segmentListSchema = z.looseObject({
  '@odata.context': z.string(),
  '@odata.count': z.number().int().optional(),
  value: z.array(segmentRecordSchema),
});
