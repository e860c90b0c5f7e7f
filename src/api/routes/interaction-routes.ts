import { z } from 'zod';
import { defineRoutes } from '../api-plugin.ts';
import { ApiError } from '../api-error.ts';
import { errorResponses, problemSchema } from '../schemas/error-schemas.ts';
import { recordInputSchema, recordSchema } from '../schemas/record-schemas.ts';

/** The most interactions one request may carry. */
export const maxInteractionsPerRequest = 10_000;

const batchResultSchema = z
  .object({
    inserted: z.number().int(),
    ids: z
      .array(z.string())
      .describe('The ids of the saved interactions, in the order sent (rejected ones left out).'),
    rejected: z.array(z.object({ index: z.number().int(), problems: z.array(problemSchema) })),
  })
  .meta({ id: 'InteractionBatchResult' });

/**
 * `POST /api/interactions`: one interaction (`{ contactid, type, occurredon, … }`), answered with the
 * record, or an array, saved in one transaction with one re-check of each live segment for the whole
 * batch. In an array, good interactions are saved and each bad one is reported by its index; when none
 * is good the answer is 422.
 */
export const interactionRoutes = defineRoutes((app, { engine }) => {
  app.post(
    '/api/interactions',
    {
      config: { access: 'write' },
      schema: {
        tags: ['Interactions'],
        operationId: 'createInteractions',
        summary: 'Record one interaction, or an array of them',
        body: z.union([recordInputSchema, z.array(recordInputSchema).max(maxInteractionsPerRequest)]),
        response: {
          201: z.union([recordSchema, batchResultSchema]),
          ...errorResponses(400, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!Array.isArray(body)) return reply.code(201).send(await engine.createRecord('interaction', body));
      const result = await engine.bulkInsert('interaction', body);
      if (result.inserted === 0 && result.rejected.length > 0) {
        throw new ApiError(
          422,
          'INVALID_RECORD',
          `None of the ${body.length} interactions was saved.`,
          result.rejected.flatMap(({ index, problems }) =>
            problems.map((p) => ({ ...p, path: p.path === '' ? `[${index}]` : `[${index}].${p.path}` })),
          ),
        );
      }
      return reply.code(201).send({
        inserted: result.inserted,
        ids: [...result.ids],
        rejected: result.rejected.map((r) => ({
          index: r.index,
          problems: r.problems.map((p) => ({ ...p })),
        })),
      });
    },
  );
});
