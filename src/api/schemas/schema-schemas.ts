import { z } from 'zod';
import { attributeTypes } from '../../schema/index.ts';

/** An attribute as `GET /api/schema` describes it. */
export const attributeSchema = z
  .object({
    name: z.string(),
    displayName: z.string(),
    type: z.enum(attributeTypes),
    options: z
      .array(
        z.object({
          value: z.string(),
          label: z.string(),
          dataverseValue: z
            .number()
            .int()
            .optional()
            .describe(
              "The option's integer value in Dataverse (gendercode Female is 2), as Dynamics' segment queries, Web API and exports write it; a choice in a JSON write or an MQL query may be given by it.",
            ),
        }),
      )
      .optional(),
    booleanLabels: z
      .object({ true: z.string(), false: z.string() })
      .optional()
      .describe(
        "A yes/no attribute's labels in Dynamics where they are not Yes and No (donotbulkemail: true is Do Not Allow), as its exports write them.",
      ),
    target: z.string().optional().describe('The entity a lookup points to.'),
    scale: z.number().int().optional().describe('Digits after the point of a decimal or money attribute.'),
    maxLength: z
      .number()
      .int()
      .optional()
      .describe(
        'The most characters a text attribute holds (its Dataverse MaxLength); longer values are refused.',
      ),
    custom: z.boolean(),
    computed: z.boolean().describe('Computed by the store (a full name): read, never written.'),
  })
  .meta({ id: 'Attribute' });

/** A relationship from one entity to another. */
export const relationshipSchema = z
  .object({
    name: z.string(),
    displayName: z.string(),
    to: z.string(),
    cardinality: z.enum(['manyToOne', 'oneToMany']),
    lookupEntity: z.string(),
    lookupAttribute: z.string(),
    reverse: z.string(),
    schemaName: z
      .string()
      .optional()
      .describe(
        'The relationship schema name in Dataverse (contact_customer_accounts), where Dataverse has the link.',
      ),
    schemaNames: z
      .array(z.string())
      .describe(
        "Every Dataverse name of the link, as MQL's TRAVERSE takes it: first <entity>_<target>_<lookup> (contact_account_parentcustomerid), then schemaName.",
      ),
  })
  .meta({ id: 'Relationship' });

/** An entity with its attributes and relationships. */
export const entitySchema = z
  .object({
    name: z.string(),
    displayName: z.string(),
    pluralDisplayName: z.string(),
    primaryAttribute: z.string(),
    custom: z.boolean(),
    attributes: z.array(attributeSchema),
    relationships: z.array(relationshipSchema),
  })
  .meta({ id: 'Entity' });

/** An operator of an attribute type, with the label the designer shows and the values it takes. */
export const operatorSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    values: z.enum(['none', 'one', 'oneOrMore', 'two', 'period', 'days']),
  })
  .meta({ id: 'Operator' });

/** The whole schema: entities, and the operators of each attribute type. */
export const schemaSchema = z
  .object({
    entities: z.array(entitySchema),
    operators: z.record(z.enum(attributeTypes), z.array(operatorSchema)),
  })
  .meta({ id: 'Schema' });

const optionInput = z.strictObject({ value: z.string(), label: z.string().optional() });

/** A custom attribute as a client sends it. */
export const attributeInputSchema = z
  .strictObject({
    name: z.string().describe('Lower-case letters, digits and `_`.'),
    displayName: z.string(),
    type: z.string().describe(`One of ${attributeTypes.join(', ')}.`),
    options: z.array(optionInput).optional().describe('The options of a choice or multi-choice.'),
    scale: z.number().optional(),
    maxLength: z
      .number()
      .optional()
      .describe(
        'For text: the most characters it holds, 100 unless said (as in Dataverse), at most 1,048,576.',
      ),
    target: z.string().optional().describe('For a lookup: the entity it points to.'),
    relationship: z
      .string()
      .optional()
      .describe("For a lookup: the one-to-many relationship's name on the target."),
    relationshipDisplayName: z.string().optional(),
  })
  .meta({
    id: 'NewAttribute',
    examples: [{ name: 'loyaltypoints', displayName: 'Loyalty Points', type: 'integer' }],
  });

/** A custom entity as a client sends it. */
export const entityInputSchema = z
  .strictObject({
    name: z.string(),
    displayName: z.string(),
    pluralDisplayName: z.string().optional(),
    primaryAttribute: z.string().optional(),
    attributes: z.array(attributeInputSchema).optional(),
    lookups: z
      .array(
        z.strictObject({
          attribute: z.string(),
          to: z.string(),
          relationship: z.string().optional(),
          displayName: z.string().optional(),
          relationshipDisplayName: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({
    id: 'NewEntity',
    examples: [
      {
        name: 'eventregistration',
        displayName: 'Event Registration',
        attributes: [{ name: 'eventname', displayName: 'Event', type: 'string' }],
        lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
      },
    ],
  });
