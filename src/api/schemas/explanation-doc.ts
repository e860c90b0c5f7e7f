import { z } from 'zod';

/**
 * The explanation tree of `GET /api/segments/{id}/explain/{contactId}` (the evaluator's `Explanation`)
 * in the OpenAPI document, so that clients, the web app among them, get its types generated. The route
 * sends the evaluator's tree as it is: these schemas document it and check nothing at run time.
 */
const explanationDocs = z.registry<{ id: string; description?: string }>();

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const timeUnit = z.enum(['minutes', 'hours', 'days', 'weeks', 'months', 'years']);
const conditionValue = z.union([z.string(), z.number(), z.boolean()]);
const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

const conditionOutcome = z
  .object({
    kind: z.literal('condition'),
    path: z.string(),
    entity: z.string(),
    attribute: z.string(),
    displayName: z.string(),
    operator: z.string(),
    operatorLabel: z.string(),
    values: z.array(conditionValue),
    unit: timeUnit.optional(),
    actual: attributeValue.describe('The value the record holds, null when it has none.'),
    matched: z.boolean(),
  })
  .register(explanationDocs, { id: 'ConditionOutcome', description: 'One condition and the value it read.' });

const windowOutcome = z
  .object({
    attribute: z.string(),
    displayName: z.string(),
    last: z.number(),
    unit: timeUnit,
    from: z.string().optional(),
    to: z.string().optional(),
  })
  .register(explanationDocs, {
    id: 'WindowOutcome',
    description: 'A window as it was resolved: `[from, to)` of the attribute.',
  });

const recordOutcome = z
  .object({
    entity: z.string(),
    id: z.string(),
    matched: z.boolean(),
    get where() {
      return groupOutcome.optional();
    },
  })
  .register(explanationDocs, { id: 'RecordOutcome', description: 'One record and how it fared.' });

const relatedOutcome = z
  .object({
    kind: z.literal('related'),
    path: z.string(),
    relationship: z.string(),
    displayName: z.string(),
    entity: z.string(),
    reached: z.number().describe('Related records reached, before `where` and `window`.'),
    count: z.number().describe('Related records inside the window that satisfy all of `where`.'),
    required: z.object({ operator: z.enum(['atLeast', 'atMost', 'exactly']), value: z.number() }),
    window: windowOutcome.optional(),
    matched: z.boolean(),
    get example() {
      return recordOutcome.optional();
    },
  })
  .register(explanationDocs, {
    id: 'RelatedOutcome',
    description: 'A related condition: how many related records counted against how many were required.',
  });

const groupOutcome = z
  .object({
    kind: z.literal('group'),
    path: z.string(),
    op: z.enum(['and', 'or']),
    not: z.boolean(),
    matched: z.boolean(),
    get children() {
      return z.array(whereOutcome);
    },
  })
  .register(explanationDocs, { id: 'GroupOutcome' });

// Typed loosely: these schemas only document, and a recursive schema needs its type named.
const whereOutcome: z.ZodType = z
  .lazy(() => z.discriminatedUnion('kind', [conditionOutcome, groupOutcome, relatedOutcome]))
  .register(explanationDocs, { id: 'WhereOutcome' });

const stepOutcome = z
  .object({
    path: z.string(),
    entity: z.string(),
    displayName: z.string().describe('The entity\'s plural display name: "Accounts".'),
    relationship: z.string().optional().describe("The hop's relationship; absent on the block's entity."),
    reached: z.number(),
    matching: z.number(),
    matched: z.boolean(),
    example: recordOutcome.optional(),
  })
  .register(explanationDocs, { id: 'StepOutcome', description: "One level of a query block's path." });

const blockBase = {
  index: z.number(),
  path: z.string(),
  combine: z.enum(['union', 'intersect', 'exclude']).optional(),
  matched: z.boolean().describe('Whether the contact is in this block alone.'),
  resultSoFar: z.boolean().describe('Membership after combining this block with the ones before it.'),
};

const blockOutcome = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('queryBlock'),
      entity: z.string(),
      steps: z.array(stepOutcome),
      ...blockBase,
    }),
    z.object({ kind: z.literal('segmentBlock'), segment: z.string(), ...blockBase }),
  ])
  .register(explanationDocs, { id: 'BlockOutcome' });

z.object({ contactId: z.string(), member: z.boolean(), blocks: z.array(blockOutcome) }).register(
  explanationDocs,
  { id: 'QueryExplanation', description: 'Every block with its outcome and the result so far.' },
);

/** The explanation tree's schemas for the OpenAPI document's `components.schemas`. */
export function explanationComponents(): Record<string, object> {
  const { schemas } = z.toJSONSchema(explanationDocs, {
    target: 'draft-2020-12',
    uri: (id) => ref(id).$ref,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const rest: Record<string, unknown> = { ...schema };
      delete rest.$schema;
      delete rest.$id;
      return [id, rest];
    }),
  );
}

/** How the route documents its `explanation`: as a `QueryExplanation`. */
export const explanationMeta = {
  description:
    "The query's verdict: every block, group and condition with its outcome (see QueryExplanation); null for static segments.",
  allOf: [ref('QueryExplanation')],
};
