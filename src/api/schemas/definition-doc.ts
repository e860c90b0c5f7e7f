import { z } from 'zod';
import { definitionLimits, operatorLabels, timeUnits } from '../../definition/index.ts';

/**
 * The segment definition language (SEGMENTS.md) as documentation for the OpenAPI document. Requests
 * are not checked against it: a definition is parsed by `parseDefinition`, the one parser of the
 * product, so every problem comes back with its code and path (422), and `validate` can list them.
 */

const docs = z.registry<{ id: string; description?: string }>();
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const combine = z.enum(['union', 'intersect', 'exclude']).describe('How a block joins the result so far.');
const unit = z.enum(timeUnits);

const condition = z
  .object({
    kind: z.literal('condition'),
    attribute: z.string().describe('A logical name of the entity, e.g. `address1_city`.'),
    operator: z.enum(Object.keys(operatorLabels) as [string, ...string[]]),
    values: z
      .array(z.union([z.string().max(definitionLimits.maxValueLength), z.number(), z.boolean()]))
      .max(definitionLimits.maxValues)
      .optional(),
    unit: unit.optional().describe('For inLast, inNext, olderThan.'),
  })
  .register(docs, { id: 'Condition', description: 'One test of one attribute.' });

const group: z.ZodType = z
  .object({
    kind: z.literal('group'),
    op: z.enum(['and', 'or']),
    not: z.boolean().optional(),
    get children() {
      return z.array(where).min(1);
    },
  })
  .register(docs, { id: 'Group', description: 'Conditions, related conditions and groups; never empty.' });

const related = z
  .object({
    kind: z.literal('related'),
    relationship: z.string().describe('e.g. `interactions`, `parentcustomerid`'),
    get where() {
      return group.optional();
    },
    count: z
      .object({ operator: z.enum(['atLeast', 'atMost', 'exactly']), value: z.number().int().min(0) })
      .optional(),
    window: z.object({ attribute: z.string(), last: z.number().int().positive(), unit }).optional(),
  })
  .register(docs, {
    id: 'Related',
    description:
      'Holds when the related records that satisfy `where` (all on the same record) number `count`.',
  });

const where: z.ZodType = z
  .union([condition, group, related])
  .register(docs, { id: 'WhereNode', description: 'A condition, a related condition or a group.' });

const queryBlock = z
  .object({
    combine: combine.optional(),
    entity: z.string(),
    where: group.optional(),
    traverse: z.array(z.object({ relationship: z.string(), where: group.optional() })).optional(),
  })
  .register(docs, {
    id: 'QueryBlock',
    description: 'Records of `entity`, walked along `traverse` to contacts.',
  });

const segmentBlock = z
  .object({
    combine: combine.optional(),
    segment: z.string().describe('The id of a live or static segment.'),
  })
  .register(docs, { id: 'SegmentBlock', description: 'The stored members of another segment.' });

const query = z.object({ blocks: z.array(z.union([queryBlock, segmentBlock])).min(1) }).register(docs, {
  id: 'Query',
  description: 'Blocks combined left to right; `combine` on every block but the first.',
});

z.object({
  name: z.string(),
  type: z.enum(['dynamic', 'static']).default('dynamic'),
  description: z.string().optional(),
  timeZone: z.string().default('UTC').describe('An IANA time zone; dates are compared there.'),
  query: query.optional().describe('Required on a dynamic segment, absent on a static one.'),
}).register(docs, {
  id: 'SegmentDefinition',
  description: `A segment definition (SEGMENTS.md). Limits, each refused with 422 and a problem naming it: groups nested ${definitionLimits.maxDepth} deep (TOO_DEEP), ${definitionLimits.maxConditions} conditions and groups (TOO_MANY_CONDITIONS), ${definitionLimits.maxBlocks} blocks (TOO_MANY_BLOCKS), ${definitionLimits.maxSteps} traverse steps a block (TOO_MANY_STEPS), ${definitionLimits.maxValues} values a condition (TOO_MANY_VALUES), ${definitionLimits.maxValueLength} characters a value (VALUE_TOO_LONG), ${definitionLimits.maxBytes / 1024} KB as JSON (TOO_LARGE).`,
});

/** The definition language's schemas for the OpenAPI document's `components.schemas`. */
export function definitionComponents(): Record<string, object> {
  const { schemas } = z.toJSONSchema(docs, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => ref(id).$ref,
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
 * and reports every problem (SEGMENTS.md "Validation errors").
 */
export const definitionBodySchema = z
  .looseObject({})
  .meta({ ...definitionMeta, examples: [exampleDefinition] });
