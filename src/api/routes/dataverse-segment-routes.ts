import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Engine } from '../../engine/index.ts';
import { defineRoutes } from '../api-plugin.ts';
import { ApiError } from '../api-error.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import {
  contextUrl,
  dataverseTags as tags,
  odataHeaders,
  segmentListSchema,
  segmentRecordSchema,
  serviceRoot,
} from './dataverse-odata.ts';
import {
  matches,
  odataQuerySchema,
  orderRows,
  parseFilter,
  parseSelect,
  parseTop,
  refuseOtherOptions,
  type ODataQuery,
} from './dataverse-odata-query.ts';
import { segmentBodySchema, segmentChange } from './dataverse-segment-body.ts';
import {
  dataverseBase,
  segmentKey,
  segmentOr404,
  segmentProperties,
  segmentRecord,
} from './dataverse-segment-record.ts';
import { createFromDataverse, deleteFromDataverse, updateFromDataverse } from './dataverse-segment-writes.ts';

const collection = `${dataverseBase}/msdyncrm_segments`;
const key = 'msdyncrm_segmentid';
const properties: readonly string[] = segmentProperties;

/** The records of every saved segment. */
async function allRecords(engine: Engine) {
  const segments = await engine.segments();
  const schema = engine.schema();
  return segments.map((s) => segmentRecord(s, schema, segments));
}

/** Only the selected properties of a record. */
function pick(record: Readonly<Record<string, unknown>>, selected: readonly string[]) {
  return Object.fromEntries(selected.map((p) => [p, record[p] ?? null])) as { msdyncrm_segmentid: string };
}

/** `$select`'s part of a context URL: `msdyncrm_segments(a,b)`. */
function selectedContext(query: ODataQuery, selected: readonly string[]): string {
  return query.$select === undefined || query.$select.trim() === ''
    ? 'msdyncrm_segments'
    : `msdyncrm_segments(${selected.join(',')})`;
}

/** The 404 for a path under the service root that names nothing Segmint serves. */
function unknownResource(resource: string): ApiError {
  const known = [
    'msdyncrm_segments',
    'msdyncrm_SegmentMembersUpdate',
    'msdyncrm_ValidateSegment',
    'msdyncrm_FetchContactsByQuery',
  ];
  const near = known.find((k) => k.toLowerCase() === resource.replace(/\(.*$/s, '').toLowerCase());
  return new ApiError(
    404,
    'NOT_FOUND',
    `Resource not found for the segment '${resource.slice(0, 100)}'.${near === undefined ? '' : ` Names are case-sensitive: ${near}.`} Segmint's Dataverse API serves msdyncrm_segments, msdyncrm_segments(<id>), msdyncrm_SegmentMembersUpdate, msdyncrm_ValidateSegment and msdyncrm_FetchContactsByQuery.`,
  );
}

/** The segment id a `msdyncrm_segments(<key>)` path names, or the 404 (400 for an empty key). */
function keyOf(resource: string): string {
  const id = segmentKey(resource);
  if (id === undefined) throw unknownResource(resource);
  if (id.trim() === '')
    throw new ApiError(
      400,
      'INVALID_KEY',
      'A segment key is its id in brackets: msdyncrm_segments(59ac8bbf-57e7-e811-a9a9-000d3a35f403).',
    );
  return id;
}

/** The new record's URL, as Dataverse answers a create in `OData-EntityId`. */
function entityUrl(request: FastifyRequest, id: string): string {
  return `${serviceRoot(request)}/msdyncrm_segments(${encodeURIComponent(id)})`;
}

const resourceParams = z.object({
  resource: z
    .string()
    .min(1)
    .max(2000)
    .describe(
      "`msdyncrm_segments(<id>)`: a GUID, or any Segmint id in quotes (`msdyncrm_segments('seg_vip')`).",
    ),
});

const preferHeaders = z.looseObject({
  prefer: z
    .string()
    .optional()
    .describe('`return=representation` answers 201 with the new record instead of 204.'),
});

/**
 * `msdyncrm_segments` of the Dataverse segmentation API (Dynamics 365 Marketing): create (204 with
 * the new record's URL in `OData-EntityId`), list (`$filter`, `$select`, `$orderby`, `$top`,
 * `$count`; the records in `value`), read, update (204) and delete (204) by id.
 */
export const dataverseSegmentRoutes = defineRoutes((app, { engine }) => {
  app.post(
    collection,
    {
      schema: {
        tags,
        operationId: 'dataverseCreateSegment',
        summary: 'Create a segment (msdyncrm_segment); Going Live puts it live at once',
        description:
          "Answers 204 with the new record's URL in `OData-EntityId` (201 with the record when `Prefer: return=representation`). A segment that fails validation on going live is not created (400 with every problem).",
        headers: preferHeaders,
        body: segmentBodySchema,
        response: {
          201: segmentRecordSchema,
          204: z.undefined().describe('Created; the URL is in OData-EntityId.'),
          ...errorResponses(400, 404, 409, 503),
        },
      },
    },
    async (request, reply) => {
      const id = await createFromDataverse(engine, request, segmentChange(request.body));
      const url = entityUrl(request, id);
      odataHeaders(reply);
      void reply.header('odata-entityid', url).header('location', url);
      if (/return=representation/i.test(request.headers.prefer ?? '')) {
        const segments = await engine.segments();
        const created = await segmentOr404(engine, id);
        return reply.code(201).send({
          '@odata.context': contextUrl(request, 'msdyncrm_segments/$entity'),
          ...segmentRecord(created, engine.schema(), segments),
        });
      }
      return reply.code(204).send();
    },
  );

  app.get(
    collection,
    {
      schema: {
        tags,
        operationId: 'dataverseListSegments',
        summary: 'Segments as msdyncrm_segment records, in value',
        querystring: odataQuerySchema,
        response: { 200: segmentListSchema, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const query = request.query;
      refuseOtherOptions(query, ['$filter', '$select', '$orderby', '$top', '$count']);
      const filter =
        query.$filter === undefined || query.$filter.trim() === ''
          ? undefined
          : parseFilter(query.$filter, properties);
      const selected = parseSelect(query.$select, properties, key);
      const top = parseTop(query.$top);
      const rows = orderRows(await allRecords(engine), query.$orderby, properties);
      const found = filter === undefined ? rows : rows.filter((r) => matches(filter, r));
      odataHeaders(reply);
      return {
        '@odata.context': contextUrl(request, selectedContext(query, selected)),
        ...(query.$count === 'true' ? { '@odata.count': found.length } : {}),
        value: found.slice(0, top).map((r) => pick(r, selected)),
      };
    },
  );

  app.get(
    `${dataverseBase}/:resource`,
    {
      schema: {
        tags,
        operationId: 'dataverseGetSegment',
        summary: 'One segment: msdyncrm_segments(<id>)',
        params: resourceParams,
        querystring: odataQuerySchema.pick({ $select: true }).loose(),
        response: { 200: segmentRecordSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const id = keyOf(request.params.resource);
      refuseOtherOptions(request.query, ['$select']);
      const selected = parseSelect(request.query.$select, properties, key);
      const segment = await segmentOr404(engine, id);
      const segments = await engine.segments();
      odataHeaders(reply);
      return {
        '@odata.context': contextUrl(request, `${selectedContext(request.query, selected)}/$entity`),
        ...pick(segmentRecord(segment, engine.schema(), segments), selected),
      };
    },
  );

  app.patch(
    `${dataverseBase}/:resource`,
    {
      schema: {
        tags,
        operationId: 'dataverseUpdateSegment',
        summary:
          'Update a segment: msdyncrm_segments(<id>); statuscode Going Live or Stopping changes its state',
        description:
          'Name, description and query edit the definition (a live segment is republished); `msdyncrm_segmentmemberids` adds members to a static segment; `statuscode` 192350006 (Going Live) or 192350001 puts it live, 192350007 (Stopping) or 192350002 stops it. Answers 204.',
        params: resourceParams,
        body: segmentBodySchema,
        response: { 204: z.undefined().describe('Updated.'), ...errorResponses(400, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      const id = keyOf(request.params.resource);
      await updateFromDataverse(engine, request, id, segmentChange(request.body));
      odataHeaders(reply);
      return reply.code(204).send();
    },
  );

  app.delete(
    `${dataverseBase}/:resource`,
    {
      schema: {
        tags,
        operationId: 'dataverseDeleteSegment',
        summary: 'Delete a segment: msdyncrm_segments(<id>); refused while a live segment reads it',
        params: resourceParams,
        response: { 204: z.undefined().describe('Deleted.'), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      await deleteFromDataverse(engine, request, keyOf(request.params.resource));
      odataHeaders(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    `${dataverseBase}/:resource`,
    {
      schema: {
        tags,
        operationId: 'dataverseUnknownAction',
        summary: 'Any other action or entity set: 404 naming what Segmint serves',
        params: resourceParams,
        response: errorResponses(404),
      },
    },
    (request) => {
      throw unknownResource(request.params.resource);
    },
  );
});
