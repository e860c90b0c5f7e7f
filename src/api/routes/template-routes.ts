import { z } from 'zod';
import {
  deleteTemplate,
  findTemplate,
  instantiateTemplate,
  listTemplates,
  saveTemplate,
  type SegmentTemplate,
} from '../../extensions/templates/index.ts';
import type { ApiPlugin } from '../api-plugin.ts';
import { definitionMeta } from '../schemas/definition-doc.ts';
import { errorResponses } from '../schemas/error-schemas.ts';
import { segmentSchema } from '../schemas/segment-schemas.ts';
import { segmentView } from '../segment-view.ts';

const tags = ['Templates'];

const templateParams = z.object({ id: z.string().min(1).max(200) });

const parameterSchema = z
  .object({
    name: z.string().min(1).max(64).describe('The placeholder name: `{{name}}` in the definition.'),
    label: z.string().min(1).max(200),
    type: z.enum(['string', 'integer', 'number', 'date', 'choice']),
    default: z.union([z.string(), z.number()]).optional(),
    options: z
      .array(z.object({ value: z.string(), label: z.string() }))
      .optional()
      .describe('The values a `choice` parameter may take.'),
  })
  .meta({ id: 'TemplateParameter' });

const templateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    category: z.string(),
    source: z.enum(['gallery', 'saved']),
    parameters: z.array(parameterSchema),
    definition: z
      .looseObject({})
      .describe('A segment definition whose values may be `{{parameter}}` placeholders.'),
    createdAt: z.string().optional(),
  })
  .meta({ id: 'Template' });

const common = {
  name: z.string().max(200).optional(),
  description: z.string().max(2_000).optional(),
  category: z.string().max(100).optional(),
  parameters: z.array(parameterSchema).max(50).optional(),
};

const saveBodySchema = z
  .union([
    z.strictObject({
      ...common,
      name: z.string().min(1).max(200),
      definition: z.looseObject({}).meta(definitionMeta),
    }),
    z.strictObject({
      ...common,
      fromSegment: z.string().min(1).max(200).describe('Save this segment as a template.'),
    }),
  ])
  .meta({
    examples: [
      { fromSegment: '0196…' },
      {
        name: 'Contacts in a city',
        parameters: [{ name: 'city', label: 'City', type: 'string', default: 'Atlantis' }],
        definition: {
          name: 'Contacts in {{city}}',
          type: 'dynamic',
          query: {
            blocks: [
              {
                entity: 'contact',
                where: {
                  kind: 'group',
                  op: 'and',
                  children: [
                    {
                      kind: 'condition',
                      attribute: 'address1_city',
                      operator: 'equals',
                      values: ['{{city}}'],
                    },
                  ],
                },
              },
            ],
          },
        },
      },
    ],
  });

const instantiateBodySchema = z
  .object({
    values: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('A value per parameter; defaults fill the rest.'),
    name: z.string().max(200).optional().describe("The new segment's name instead of the template's."),
  })
  .meta({ examples: [{ values: { city: 'Atlantis' } }] });

/** A template as the schema types it (mutable arrays). */
const view = (template: SegmentTemplate) => ({
  ...template,
  parameters: template.parameters.map(({ options, ...p }) => ({
    ...p,
    ...(options ? { options: options.map((o) => ({ ...o })) } : {}),
  })),
  definition: template.definition as Record<string, unknown>,
});

/**
 * Segment templates: `GET /api/templates` (the gallery, then saved ones; `?search=` in name and
 * description), `POST /api/templates` (save a definition, or any segment with `{ fromSegment }`),
 * `POST /api/templates/{id}/instantiate` (a new draft segment from the template and values),
 * `GET/DELETE /api/templates/{id}`.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin returns a promise
export const templateRoutes: ApiPlugin = async (app, { engine }) => {
  app.get(
    '/api/templates',
    {
      schema: {
        tags,
        operationId: 'listTemplates',
        summary: 'The template gallery and saved templates, searchable by name and description',
        querystring: z.object({ search: z.string().max(200).optional() }),
        response: { 200: z.object({ items: z.array(templateSchema) }), ...errorResponses(400) },
      },
    },
    async (request) => {
      const { search } = request.query;
      const found = await listTemplates(engine, search === undefined ? {} : { search });
      return { items: found.map(view) };
    },
  );

  app.get(
    '/api/templates/:id',
    {
      schema: {
        tags,
        operationId: 'getTemplate',
        summary: 'One template with its parameters and definition',
        params: templateParams,
        response: { 200: templateSchema, ...errorResponses(404) },
      },
    },
    async (request) => view(await findTemplate(engine, request.params.id)),
  );

  app.post(
    '/api/templates',
    {
      schema: {
        tags,
        operationId: 'saveTemplate',
        summary: 'Save a definition, or a segment (`fromSegment`), as a template',
        body: saveBodySchema,
        response: { 201: templateSchema, ...errorResponses(400, 404, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(view(await saveTemplate(engine, request.body))),
  );

  app.post(
    '/api/templates/:id/instantiate',
    {
      schema: {
        tags,
        operationId: 'instantiateTemplate',
        summary: 'Create a draft segment from a template, its parameters filled with the values given',
        params: templateParams,
        body: instantiateBodySchema,
        response: { 201: segmentSchema, ...errorResponses(400, 404, 422) },
      },
    },
    async (request, reply) => {
      const { values, name } = request.body;
      const segment = await instantiateTemplate(engine, request.params.id, { values: values ?? {}, name });
      return reply.code(201).send(segmentView(segment));
    },
  );

  app.delete(
    '/api/templates/:id',
    {
      schema: {
        tags,
        operationId: 'deleteTemplate',
        summary: 'Delete a saved template (gallery templates stay)',
        params: templateParams,
        response: { 204: z.undefined().describe('Deleted.'), ...errorResponses(404, 409) },
      },
    },
    async (request, reply) => {
      await deleteTemplate(engine, request.params.id);
      return reply.code(204).send();
    },
  );
};
