import { z } from 'zod';

/** How a contact came to be a member: by the query, added to a static segment, or included by hand. */
export const membershipSourceSchema = z
  .enum(['query', 'added', 'included'])
  .describe(
    '`query`: the dynamic query matches it; `added`: added to a static segment; `included`: included by hand in a dynamic segment.',
  );

/** One segment a contact belongs to. */
export const contactSegmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(['draft', 'live', 'stopped']),
  type: z.enum(['dynamic', 'static']),
  source: membershipSourceSchema,
});

/** `GET /api/contacts/{id}/segments`: every segment the contact is a stored member of, by name. */
export const contactSegmentListSchema = z.object({ items: z.array(contactSegmentSchema) }).meta({
  id: 'ContactSegments',
  examples: [
    {
      items: [
        { id: '0196…', name: 'Contacts from Atlantis', state: 'live', type: 'dynamic', source: 'query' },
      ],
    },
  ],
});
