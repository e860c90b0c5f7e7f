import { defineRoutes } from '../api-plugin.ts';
import { notFound } from '../api-error.ts';
import { contactSegmentListSchema } from '../schemas/contact-segment-schemas.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { recordIdParams } from '../schemas/record-schemas.ts';

/**
 * `GET /api/contacts/{id}/segments`: the segments a contact is a stored member of (live, and stopped
 * ones that kept their members), sorted by name, each with how the contact came to be in it.
 */
export const contactSegmentRoutes = defineRoutes((app, { engine }) => {
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
      const items = await engine.contactSegments(request.params.id);
      if (!items) throw notFound(`There is no contact "${request.params.id}".`);
      return { items };
    },
  );
});
