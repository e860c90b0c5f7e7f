import { z } from 'zod';
import { definitionLimits } from '../../definition/index.ts';
import { definitionMeta } from './definition-doc.ts';

/** The longest MQL text taken: as long as the largest definition (256 KiB as JSON). */
export const maxMqlLength = definitionLimits.maxBytes;

/** MQL text as a request carries it. */
export const mqlTextSchema = z
  .string()
  .max(maxMqlLength)
  .describe(
    "A segment query in Dynamics 365 Marketing's query language (MQL), as its msdyncrm_segmentquery holds it.",
  );

const exampleMql =
  "PROFILE(contact).FILTER(address1_city == 'Seattle' && gendercode == 2)\nUNION\nSEGMENT(VIP customers)";

/** The body of `POST /api/mql/parse`. */
export const mqlParseBodySchema = z
  .object({ mql: mqlTextSchema })
  .meta({ examples: [{ mql: "PROFILE(contact).FILTER(address1_city == 'Atlantis')" }] });

/** What `POST /api/mql/parse` answers: the query as the JSON of docs/SEGMENTS.md. */
export const mqlParseAnswerSchema = z
  .object({
    query: z.looseObject({}).meta({
      description: 'The query (see Query), ready to send as the `query` of a segment.',
      allOf: [{ $ref: '#/components/schemas/Query' }],
    }),
  })
  .meta({ id: 'ParsedMql' });

/** What `GET /api/segments/{id}/mql` answers. */
export const segmentMqlSchema = z
  .object({
    mql: z
      .string()
      .describe("The segment's query as MQL; `POST /api/mql/parse` reads it back to the same query."),
  })
  .meta({ id: 'SegmentMql', examples: [{ mql: exampleMql }] });

/** One problem with an MQL text: where it is, by line and column, and what to do. */
export const mqlProblemSchema = z
  .looseObject({
    code: z.string().describe('MQL_SYNTAX, MQL_UNKNOWN_ATTRIBUTE, MQL_UNKNOWN_SEGMENT, …'),
    message: z.string(),
    path: z.string().describe('The field of the request holding the text: `mql`.'),
    line: z.number().int().describe('The line of the text the problem is at, from 1.'),
    column: z.number().int().describe('The column (character) in that line, from 1.'),
  })
  .meta({ id: 'MqlProblem' });

/** The 422 of a route that reads MQL: every problem, each at its line and column. */
export const invalidMqlResponse = {
  description:
    'The MQL cannot be read (INVALID_MQL): every problem is in details, with its line and column; or `query` and `mql` were both sent.',
  content: {
    'application/json': {
      schema: z
        .object({
          error: z.object({
            code: z.string().describe('INVALID_MQL, or INVALID_DEFINITION'),
            message: z.string(),
            details: z.array(mqlProblemSchema).optional(),
          }),
        })
        .meta({ id: 'MqlError' }),
    },
  },
};

/** How the `mql` field of a new or edited segment is documented. */
export const mqlFieldMeta = {
  ...definitionMeta,
  description:
    'A segment definition (see SegmentDefinition). A dynamic segment may carry its query as MQL text in `mql` instead of `query` (one of the two, never both): it is read as `POST /api/mql/parse` reads it and saved as `query`; SEGMENT(…) names a segment by its name or id.',
};

/** An example of a segment sent with MQL. */
export const exampleMqlDefinition = {
  name: 'Female contacts in Seattle',
  type: 'dynamic',
  mql: "PROFILE(contact).FILTER(address1_city == 'Seattle' && gendercode == 2)",
};
