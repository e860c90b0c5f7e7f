import { z } from 'zod';
import { isValidTimeZone } from '../../validate/index.ts';
import { ApiError } from '../api-error.ts';
import { defineRoutes } from '../api-plugin.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { contextUrl, dataverseTags as tags, odataHeaders } from './dataverse-odata.ts';
import { dataverseBase, fieldError, mqlDetail } from './dataverse-segment-record.ts';

/** The most contacts one call answers (Dataverse's page size); SKIP pages on. */
export const maxFetch = 5000;

const bodySchema = z
  .looseObject({
    Query: z
      .string()
      .min(1, 'Query is the segment query, such as "SEGMENT(seg).ORDERBY(fullname ASC).SKIP(0).TAKE(15)".')
      .max(100_000)
      .describe('MQL, optionally ending in .ORDERBY(attr ASC|DESC, …).SKIP(n).TAKE(n).SELECT(attr, …).'),
    FetchXml: z.string().optional().describe('Accepted and ignored: Query says what to fetch.'),
    OwningBusinessUnit: z.string().nullable().optional().describe('Accepted and ignored.'),
    Scope: z.number().nullable().optional().describe('Accepted and ignored.'),
    TimeZone: z
      .string()
      .nullable()
      .optional()
      .describe("An IANA time zone for the query's dates; UTC when null."),
  })
  .meta({
    examples: [
      {
        Query:
          '(SEGMENT(SEGMENT_CRM_ID_e1fa7fdc5c78ea11a811000d3a8e8fcc)).ORDERBY(fullname ASC).SKIP(0).TAKE(15).SELECT(contactid)',
        TimeZone: null,
      },
    ],
  });

const answerSchema = z.looseObject({
  '@odata.context': z.string(),
  '@odata.count': z
    .number()
    .int()
    .describe('How many contacts the query selects in all, before SKIP and TAKE.'),
  value: z.array(z.looseObject({ contactid: z.string() })),
});

/**
 * `msdyncrm_FetchContactsByQuery`: the contacts a query selects, such as the members of a segment
 * (`SEGMENT(SEGMENT_CRM_ID_<hex>)`, `SEGMENT(name)`), sorted by ORDERBY, paged by SKIP and TAKE (at
 * most 5,000), with the attributes of SELECT (every attribute without it). Answers
 * `{ "@odata.count": total, "value": [{ "contactid", … }] }`.
 */
export const dataverseFetchRoutes = defineRoutes((app, { engine }) => {
  app.post(
    `${dataverseBase}/msdyncrm_FetchContactsByQuery`,
    {
      // It reads contacts and saves nothing: a read key may.
      config: { access: 'read' },
      schema: {
        tags,
        operationId: 'dataverseFetchContactsByQuery',
        summary: "The contacts a query selects (a segment's members), sorted, paged and selected",
        body: bodySchema,
        response: { 200: answerSchema, ...errorResponses(400, 503) },
      },
    },
    async (request, reply) => {
      const { Query: text, TimeZone: zone } = request.body;
      const timeZone = zone ?? 'UTC';
      if (!isValidTimeZone(timeZone))
        throw fieldError(
          'INVALID_TIME_ZONE',
          `TimeZone is an IANA time zone such as "Europe/Paris", or null for UTC; not "${timeZone.slice(0, 60)}".`,
          'body.TimeZone',
        );
      const parsed = await engine.readMqlFetch(text);
      if (!parsed.ok) {
        const details = parsed.problems.map((p) => mqlDetail(p, 'body.Query'));
        throw new ApiError(400, 'INVALID_MQL', `Query cannot be read. ${details[0]?.message ?? ''}`, details);
      }
      const { query, skip = 0, take } = parsed.fetch;
      if (take !== undefined && take > maxFetch)
        throw fieldError(
          'TAKE_TOO_LARGE',
          `Query: TAKE is at most ${maxFetch}; fetch further pages with SKIP.`,
          'body.Query',
        );
      // Segmint calls a contact's id `id`; Dataverse calls it `contactid`.
      const column = (attribute: string) => (attribute === 'id' ? 'contactid' : attribute);
      const selected = parsed.fetch.select.length === 0 ? undefined : parsed.fetch.select.map(column);
      // Sorted and paged by the database: only the page's contacts are read.
      const { total, records } = await engine.fetchByQuery(query, timeZone, {
        order: parsed.fetch.orderBy,
        offset: skip,
        limit: take ?? maxFetch,
      });
      const page = records.map(({ id, ...rest }): Record<string, unknown> => ({ contactid: id, ...rest }));
      odataHeaders(reply);
      return {
        '@odata.context': contextUrl(
          request,
          selected === undefined ? 'contacts' : `contacts(${selected.join(',')})`,
        ),
        '@odata.count': total,
        value: page.map((row) =>
          selected === undefined
            ? (row as { contactid: string })
            : (Object.fromEntries(
                ['contactid', ...selected.filter((s) => s !== 'contactid')].map((s) => [s, row[s] ?? null]),
              ) as { contactid: string }),
        ),
      };
    },
  );
});
