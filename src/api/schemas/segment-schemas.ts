import { z } from 'zod';
import { maxIdLength } from '../../store/index.ts';
import { definitionMeta, exampleDefinition } from './definition-doc.ts';
import { problemSchema } from './error-schemas.ts';
import { exampleMqlDefinition, mqlFieldMeta, mqlTextSchema } from './segment-mql-schemas.ts';

/** A segment id as clients may choose one (`seg_unsubscribed`): text without spaces around it. */
export const segmentIdSchema = z
  .string()
  .min(1)
  .max(maxIdLength)
  .regex(/^\S(.*\S)?$/, 'An id has no spaces around it.')
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'An id has no control characters.');

/** Path parameters naming a segment. */
export const segmentParams = z.object({ id: z.string().min(1).max(maxIdLength) });

/** A new segment: a definition, with an optional `id` of the client's choosing. */
export const newSegmentBodySchema = z
  .looseObject({
    id: segmentIdSchema.optional().describe('An id of your choosing; one is made when absent.'),
  })
  .meta({ ...definitionMeta, examples: [exampleDefinition] });

/** A new segment as `POST /api/segments` takes it: a definition whose query may come as MQL. */
export const createSegmentBodySchema = z
  .looseObject({
    id: segmentIdSchema.optional().describe('An id of your choosing; one is made when absent.'),
    mql: mqlTextSchema.optional(),
  })
  .meta({ ...mqlFieldMeta, examples: [exampleDefinition, exampleMqlDefinition] });

/** An edited definition; an `id` in it must be the segment's own; its query may come as MQL. */
export const segmentUpdateBodySchema = z
  .looseObject({ id: z.string().optional(), mql: mqlTextSchema.optional() })
  .meta({ ...mqlFieldMeta, examples: [exampleDefinition, exampleMqlDefinition] });

/** A saved segment as the API answers it. */
export const segmentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(['dynamic', 'static']),
    description: z.string().optional(),
    state: z.enum(['draft', 'live', 'stopped']),
    timeZone: z.string(),
    memberCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    goLiveAt: z.string().nullable().describe('When it last went live.'),
    definition: z.looseObject({}).meta(definitionMeta),
  })
  .meta({
    id: 'Segment',
    examples: [
      {
        id: '0196…',
        name: 'Contacts from Atlantis',
        type: 'dynamic',
        state: 'live',
        timeZone: 'UTC',
        memberCount: 2,
        createdAt: '2026-03-10T17:00:00.000Z',
        updatedAt: '2026-03-10T17:00:00.000Z',
        goLiveAt: '2026-03-10T17:00:00.000Z',
        definition: exampleDefinition,
      },
    ],
  });

/** The query of `GET /api/segments`. */
export const segmentListQuery = z.object({
  state: z.enum(['draft', 'live', 'stopped']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(2000).optional(),
});

/** A page of segments, oldest first. */
export const segmentPageSchema = z.object({
  items: z.array(segmentSchema),
  nextCursor: z.string().nullable(),
});

/** What `POST /api/segments/validate` answers. */
export const validationSchema = z.object({
  problems: z
    .array(problemSchema)
    .describe('Every problem, each with its path; empty when the definition is valid.'),
});

/** What `POST /api/segments/estimate` answers. */
export const estimateSchema = z.object({
  count: z.number().int().describe('Contacts the query selects now.'),
});
