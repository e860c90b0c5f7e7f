import { z } from 'zod';
import { timeUnits } from './time-unit.ts';

/**
 * The JSON shape of a definition (SEGMENTS.md, "Shape"), as zod schemas. Only the shape is checked
 * here; whether an attribute exists or an operator fits its type is `validate/`'s work. A part not
 * chosen yet (an empty attribute, operator, relationship, entity or segment) is a well-formed draft,
 * as in Dynamics, where a segment saves while incomplete: validation reports it at go-live.
 */

const combine = z.enum(['union', 'intersect', 'exclude']);
const unit = z.enum(timeUnits);
const conditionValue = z.union([z.string(), z.number(), z.boolean()]);

export const conditionJson = z.strictObject({
  kind: z.literal('condition'),
  attribute: z.string(),
  operator: z.string(),
  values: z.array(conditionValue).optional(),
  unit: unit.optional(),
});

export const countJson = z.strictObject({
  operator: z.enum(['atLeast', 'atMost', 'exactly']),
  value: z.number().int().nonnegative(),
});

export const windowJson = z.strictObject({
  attribute: z.string().min(1, 'Name the date attribute the window reads.'),
  last: z.number().int().positive(),
  unit,
});

export const groupJson = z.strictObject({
  kind: z.literal('group'),
  op: z.enum(['and', 'or']),
  not: z.boolean().optional(),
  get children() {
    return z.array(whereJson);
  },
});

export const relatedJson = z.strictObject({
  kind: z.literal('related'),
  relationship: z.string(),
  get where() {
    return groupJson.optional();
  },
  count: countJson.optional(),
  window: windowJson.optional(),
});

export const whereJson: z.ZodType<WhereJson> = z.lazy(() =>
  z.discriminatedUnion('kind', [conditionJson, groupJson, relatedJson]),
);

export const traverseHopJson = z.strictObject({
  relationship: z.string(),
  where: groupJson.optional(),
});

export const queryBlockJson = z.strictObject({
  kind: z.literal('query').optional(),
  combine: combine.optional(),
  entity: z.string(),
  where: groupJson.optional(),
  traverse: z.array(traverseHopJson).optional(),
});

export const segmentBlockJson = z.strictObject({
  kind: z.literal('segment').optional(),
  combine: combine.optional(),
  segment: z.string(),
});

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

export const queryJson = z.strictObject({
  blocks: z.array(blockJson).min(1, 'A query needs at least one block.'),
});

export const segmentJson = z.strictObject({
  name: z.string().trim().min(1, 'A segment needs a name.').max(200),
  type: z.enum(['dynamic', 'static']).default('dynamic'),
  description: z.string().max(2000).optional(),
  timeZone: z.string().min(1, 'Choose a time zone, such as UTC or America/Los_Angeles.').default('UTC'),
  query: queryJson.optional(),
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
