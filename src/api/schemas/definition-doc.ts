import { z } from 'zod';
import { blockJson, blockJsonSchema, definitionDocs } from '../../definition/index.ts';

/**
 * The segment definition language (docs/SEGMENTS.md) in the OpenAPI document, made from the parser's own
 * schemas (`definitionDocs`), so the document says exactly what the parser reads. Requests are not
 * checked against it by Fastify: a definition is parsed by `parseDefinition`, the one parser of the
 * product, so every problem comes back with its code and path (422), and `validate` can list them.
 */

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The definition language's schemas for the OpenAPI document's `components.schemas`. */
export function definitionComponents(): Record<string, object> {
  const { schemas } = z.toJSONSchema(definitionDocs, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => ref(id).$ref,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // A block is told apart by whether it names a `segment` (a step JSON Schema cannot state).
      if (zodSchema !== blockJson) return;
      for (const key of Object.keys(jsonSchema)) Reflect.deleteProperty(jsonSchema, key);
      Object.assign(jsonSchema, blockJsonSchema);
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      // Each becomes a component of the document, which names its own dialect.
      const rest: Record<string, unknown> = { ...schema };
      delete rest.$schema;
      delete rest.$id;
      return [id, rest];
    }),
  );
}

/** An example definition: the seed tutorial's segment. */
export const exampleDefinition = {
  name: 'Contacts from Atlantis',
  type: 'dynamic',
  query: {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'and',
          children: [
            { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Atlantis'] },
          ],
        },
      },
    ],
  },
};

/** How a definition in a request or an answer is documented: as a `SegmentDefinition`. */
export const definitionMeta = {
  description: 'A segment definition (see SegmentDefinition).',
  allOf: [ref('SegmentDefinition')],
};

/**
 * A definition in a request: any JSON object, documented as `SegmentDefinition`. The parser checks it
 * and reports every problem (docs/SEGMENTS.md "Validation errors").
 */
export const definitionBodySchema = z
  .looseObject({})
  .meta({ ...definitionMeta, examples: [exampleDefinition] });
