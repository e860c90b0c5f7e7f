import { z } from 'zod';
import { definitionLimits } from './definition-limits.ts';
import { timeUnits } from './time-unit.ts';

/**
 * The JSON shape of a definition (docs/SEGMENTS.md, "Shape"), as zod schemas. Only the shape is checked
 * here; whether an attribute exists or an operator fits its type is `validate/`'s work. A part not
 * chosen yet (an empty attribute, operator, relationship, entity or segment) is a well-formed draft,
 * as in Dynamics, where a segment saves while incomplete: validation reports it at go-live.
 */

/**
 * The shapes below by the names the OpenAPI document gives them (`components.schemas`), so that the
 * document, and the web app's types generated from it, are made from the parser itself.
 */
export const definitionDocs = z.registry<{ id: string; description?: string }>();

const combine = z.enum(['union', 'intersect', 'exclude']).describe('How a block joins the result so far.');
const unit = z.enum(timeUnits);
const conditionValue = z.union([z.string(), z.number(), z.boolean()]);

export const conditionJson = z
  .strictObject({
    kind: z.literal('condition'),
    attribute: z.string().describe('A logical name of the entity, e.g. `address1_city`; empty in a draft.'),
    operator: z
      .string()
      .describe(
        'An operator id, e.g. `equals` (`GET /api/schema` lists those of each type); empty in a draft.',
      ),
    values: z.array(conditionValue).optional(),
    unit: unit.optional().describe('For inLast, inNext, olderThan.'),
  })
  .register(definitionDocs, { id: 'Condition', description: 'One test of one attribute.' });

export const countJson = z.strictObject({
  operator: z.enum(['atLeast', 'atMost', 'exactly']),
  value: z.number().int().nonnegative(),
});

export const windowJson = z.strictObject({
  attribute: z.string().min(1, 'Name the date attribute the window reads.'),
  last: z.number().int().positive(),
  unit,
});

export const groupJson = z
  .strictObject({
    kind: z.literal('group'),
    op: z.enum(['and', 'or']),
    not: z.boolean().optional(),
    get children() {
      return z.array(whereJson);
    },
  })
  .register(definitionDocs, { id: 'Group', description: 'Conditions, related conditions and groups.' });

export const relatedJson = z
  .strictObject({
    kind: z.literal('related'),
    relationship: z.string().describe('e.g. `interactions`, `parentcustomerid`; empty in a draft.'),
    get where() {
      return groupJson.optional();
    },
    count: countJson.optional(),
    window: windowJson.optional(),
  })
  .register(definitionDocs, {
    id: 'Related',
    description:
      'Holds when the related records that satisfy `where` (all on the same record) number `count`.',
  });

export const whereJson: z.ZodType<WhereJson> = z
  .lazy(() => z.discriminatedUnion('kind', [conditionJson, groupJson, relatedJson]))
  .register(definitionDocs, { id: 'WhereNode', description: 'A condition, a related condition or a group.' });

export const traverseHopJson = z.strictObject({
  relationship: z.string(),
  where: groupJson.optional(),
});

export const queryBlockJson = z
  .strictObject({
    kind: z.literal('query').optional(),
    combine: combine.optional(),
    entity: z.string(),
    where: groupJson.optional(),
    traverse: z.array(traverseHopJson).optional(),
  })
  .register(definitionDocs, {
    id: 'QueryBlock',
    description: 'Records of `entity`, walked along `traverse` to contacts.',
  });

export const segmentBlockJson = z
  .strictObject({
    kind: z.literal('segment').optional(),
    combine: combine.optional(),
    segment: z.string().describe('The id of a live or static segment.'),
  })
  .register(definitionDocs, { id: 'SegmentBlock', description: 'The stored members of another segment.' });

/** A block is a segment block when it names a `segment`, a query block otherwise. */
export const blockJson = z
  .custom<unknown>()
  .pipe(
    z.preprocess(
      (value) =>
        typeof value === 'object' && value !== null && !Array.isArray(value) && 'segment' in value
          ? { __block: 'segment', ...value }
          : typeof value === 'object' && value !== null && !Array.isArray(value)
            ? { __block: 'query', ...value }
            : value,
      z.discriminatedUnion('__block', [
        segmentBlockJson.extend({ __block: z.literal('segment') }),
        queryBlockJson.extend({ __block: z.literal('query') }),
      ]),
    ),
  );

export const queryJson = z
  .strictObject({
    blocks: z.array(blockJson).min(1, 'A query needs at least one block.'),
  })
  .register(definitionDocs, {
    id: 'Query',
    description: 'Blocks combined left to right; `combine` on every block but the first.',
  });

export const segmentJson = z
  .strictObject({
    name: z.string().trim().min(1, 'A segment needs a name.').max(200),
    type: z.enum(['dynamic', 'static']).default('dynamic'),
    description: z.string().max(2000).optional(),
    timeZone: z
      .string()
      .min(1, 'Choose a time zone, such as UTC or America/Los_Angeles.')
      .default('UTC')
      .describe('An IANA time zone; dates are compared there.'),
    query: queryJson.optional().describe('Required on a dynamic segment, absent on a static one.'),
  })
  .register(definitionDocs, {
    id: 'SegmentDefinition',
    description: `A segment definition (docs/SEGMENTS.md). Limits, each refused with 422 and a problem naming it: groups nested ${definitionLimits.maxDepth} deep (TOO_DEEP), ${definitionLimits.maxConditions} conditions and groups (TOO_MANY_CONDITIONS), ${definitionLimits.maxBlocks} blocks (TOO_MANY_BLOCKS), ${definitionLimits.maxSteps} traverse steps a block (TOO_MANY_STEPS), ${definitionLimits.maxValues} values a condition (TOO_MANY_VALUES), ${definitionLimits.maxValueLength} characters a value (VALUE_TOO_LONG), ${definitionLimits.maxBytes / 1024} KB as JSON (TOO_LARGE).`,
  });

export type ConditionJson = z.infer<typeof conditionJson>;
export type GroupJson = {
  kind: 'group';
  op: 'and' | 'or';
  not?: boolean | undefined;
  children: WhereJson[];
};
export type RelatedJson = {
  kind: 'related';
  relationship: string;
  where?: GroupJson | undefined;
  count?: z.infer<typeof countJson> | undefined;
  window?: z.infer<typeof windowJson> | undefined;
};
export type WhereJson = ConditionJson | GroupJson | RelatedJson;
export type QueryBlockJson = Omit<z.input<typeof queryBlockJson>, 'where' | 'traverse'> & {
  where?: GroupJson | undefined;
  traverse?: { relationship: string; where?: GroupJson | undefined }[] | undefined;
};
export type SegmentBlockJson = z.input<typeof segmentBlockJson>;
/** A query as users write it (`blockJson` tells the two kinds of block apart by `segment`). */
export type QueryJson = { blocks: (QueryBlockJson | SegmentBlockJson)[] };

/** Where `blockJson` stands in the document: one of the two kinds of block. */
export const blockJsonSchema = {
  anyOf: [{ $ref: '#/components/schemas/QueryBlock' }, { $ref: '#/components/schemas/SegmentBlock' }],
};
