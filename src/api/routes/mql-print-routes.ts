import { z } from 'zod';
import { EngineError } from '../../engine/index.ts';
import { defineRoutes } from '../api-plugin.ts';
import { errorResponses } from '../schemas/error-schemas.ts';

const exampleQuery = {
  blocks: [
    {
      entity: 'contact',
      where: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Seattle'] },
        ],
      },
    },
  ],
};

/** The body of `POST /api/mql/print`: a query as docs/SEGMENTS.md writes it, saved or not. */
const printBodySchema = z
  .object({
    query: z.looseObject({}).meta({
      description: 'The query to print (see Query), as a segment carries it; it need not be saved.',
      allOf: [{ $ref: '#/components/schemas/Query' }],
    }),
  })
  .meta({ examples: [{ query: exampleQuery }] });

/** What `POST /api/mql/print` answers. */
const printAnswerSchema = z
  .object({
    mql: z.string().describe('The query as MQL; `POST /api/mql/parse` reads it back to the same query.'),
  })
  .meta({ examples: [{ mql: "PROFILE(contact).FILTER(address1_city == 'Seattle')" }] });

/**
 * `POST /api/mql/print`: any query, a designer's unsaved one included, as Dynamics' segment query
 * language (MQL), so that the designer can show its Query view. A query that is not valid is refused
 * (422, INVALID_DEFINITION) with every problem at its path, as validation reports them everywhere.
 * It changes nothing, so a `read` key may call it, as it may `GET /api/segments/{id}/mql`.
 */
export const mqlPrintRoutes = defineRoutes((app, { engine }) => {
  app.post(
    '/api/mql/print',
    {
      config: { access: 'read' },
      schema: {
        tags: ['MQL'],
        operationId: 'printMql',
        summary: 'A query as MQL, Dynamics’ segment query language, without saving it',
        description:
          'Other segments are named by name where SEGMENT(name) finds them again, else by id. 422 (INVALID_DEFINITION) with every problem, each with its path under `query`, when the query is not valid.',
        body: printBodySchema,
        response: { 200: printAnswerSchema, ...errorResponses(400, 422) },
      },
    },
    async (request) => {
      const checked = await engine.checkQuery(request.body.query);
      if (!checked.ok)
        throw new EngineError('INVALID_DEFINITION', 'The query is not valid.', checked.problems);
      return { mql: await engine.printMql(checked.value) };
    },
  );
});
