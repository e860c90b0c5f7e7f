import type { StoredSegment } from '../../store/index.ts';
import { defineRoutes } from '../api-plugin.ts';
import { recordOrNotFound } from '../record-actions.ts';
import { contactSegmentListSchema } from '../schemas/contact-segment-schemas.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { recordIdParams } from '../schemas/record-schemas.ts';

type Source = 'query' | 'added' | 'included';

function sourceOf(segment: StoredSegment, override: string | undefined): Source {
  if (segment.type === 'static') return 'added';
  return override === 'include' ? 'included' : 'query';
}

/**
 * `GET /api/contacts/{id}/segments`: the segments a contact is a stored member of (live, and stopped
 * ones that kept their members), sorted by name, each with how the contact came to be in it.
 */
export const contactSegmentRoutes = defineRoutes((app, { engine }) => {
  const store = engine.store;

  app.get(
    '/api/contacts/:id/segments',
    {
      schema: {
        tags: ['Contacts'],
        operationId: 'listContactSegments',
        summary: 'The segments a contact is a member of',
        params: recordIdParams,
        response: { 200: contactSegmentListSchema, ...errorResponses(404) },
      },
    },
    async (request) => {
      const contact = await recordOrNotFound(engine, 'contact', request.params.id);
      const segmentIds = await store.members.segmentsOf(contact.id);
      const overrides = (await store.overrides.forContacts([contact.id])).get(contact.id);
      const items = [];
      for (const segmentId of segmentIds) {
        const segment = await store.segments.get(segmentId);
        // A segment deleted between the two reads has no members left to show.
        if (!segment) continue;
        items.push({
          id: segment.id,
          name: segment.name,
          state: segment.state,
          type: segment.type,
          source: sourceOf(segment, overrides?.get(segment.id)),
        });
      }
      items.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
      return { items };
    },
  );
});
