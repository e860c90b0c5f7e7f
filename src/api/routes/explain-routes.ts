import { z } from 'zod';
import type { MembershipExplanation } from '../../engine/index.ts';
import { formatExplanation } from '../../evaluate/index.ts';
import { defineRoutes } from '../api-plugin.ts';
import { notFound } from '../api-error.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { explanationMeta } from '../schemas/explanation-doc.ts';
import { segmentParams } from '../schemas/segment-schemas.ts';

const tags = ['Members'];

const explainParams = segmentParams.extend({ contactId: z.string().min(1) });

const explanationSchema = z
  .object({
    segmentId: z.string(),
    contactId: z.string(),
    member: z.boolean().describe('Whether the contact is a stored member now (overrides included).'),
    override: z.enum(['include', 'exclude']).nullable().describe('The manual override that decides, if any.'),
    explanation: z.looseObject({}).meta(explanationMeta).nullable(),
    lines: z.array(z.string()).describe('The same as lines a person reads, indented two spaces per level.'),
  })
  .meta({ id: 'Explanation' });

const historySchema = z.object({
  segmentId: z.string(),
  items: z
    .array(z.object({ at: z.string(), count: z.number().int() }))
    .describe('The member count at the end of each minute in which it changed, oldest first.'),
});

/** The explanation as lines: the override first when one decides, then the query's reasons. */
function explanationLines(why: MembershipExplanation): string[] {
  const verdict = `Contact ${why.contactId} ${why.member ? 'is' : 'is not'} a member of the segment.`;
  const override =
    why.override === 'exclude'
      ? ['It is excluded by hand, whatever the query says.']
      : why.override === 'include'
        ? ['It is included by hand, whatever the query says.']
        : [];
  const reasons = why.explanation
    ? formatExplanation(why.explanation)
    : ['The segment is static: members are added by hand.'];
  return [verdict, ...override, ...reasons];
}

/**
 * Why and how many: `GET /api/segments/{id}/explain/{contactId}` (whether a contact is a member, block
 * by block and condition by condition) and `GET /api/segments/{id}/history` (member count over time).
 */
export const explainRoutes = defineRoutes((app, { engine }) => {
  app.get(
    '/api/segments/:id/explain/:contactId',
    {
      schema: {
        tags,
        operationId: 'explainMembership',
        summary: 'Whether a contact is a member and why',
        params: explainParams,
        response: { 200: explanationSchema, ...errorResponses(404, 503) },
      },
    },
    async (request) => {
      const why = await engine.explain(request.params.id, request.params.contactId);
      return {
        segmentId: why.segmentId,
        contactId: why.contactId,
        member: why.member,
        override: why.override,
        // The outcome tree is plain data; the schema documents it as an object and sends it as is.
        explanation: why.explanation as unknown as Record<string, unknown> | null,
        lines: explanationLines(why),
      };
    },
  );

  app.get(
    '/api/segments/:id/history',
    {
      schema: {
        tags: ['Segments'],
        operationId: 'segmentHistory',
        summary: 'The member count over time',
        params: segmentParams,
        response: { 200: historySchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      if (!(await engine.segment(id))) throw notFound(`There is no segment "${id}".`);
      const points = await engine.history(id);
      return { segmentId: id, items: points.map((p) => ({ at: p.at, count: p.count })) };
    },
  );
});
