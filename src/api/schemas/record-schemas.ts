import { z } from 'zod';
import { maxIdLength } from '../../store/index.ts';

/** A record as the API answers it: `id` and every attribute of its entity by logical name. */
export const recordSchema = z.looseObject({ id: z.string() }).meta({
  id: 'Record',
  description: 'A record: its `id` and every attribute of its entity by logical name (null when empty).',
  examples: [{ id: '0196…', firstname: 'Ada', lastname: 'Lovelace', address1_city: 'Atlantis' }],
});

/** What a client sends to create or change a record: attribute values by logical name, `id` optional. */
export const recordInputSchema = z.record(z.string(), z.unknown()).meta({
  id: 'RecordValues',
  description:
    'Attribute values by logical name (null clears one on PATCH); `id` may be given on create, else one is made.',
  examples: [
    { firstname: 'Ada', lastname: 'Lovelace', emailaddress1: 'ada@example.com', address1_city: 'Atlantis' },
  ],
});

/** Path parameters naming an entity. */
export const entityParams = z.object({
  entity: z.string().min(1).describe('The logical name: contact, account, …'),
});

/** Path parameters naming a record. */
export const recordIdParams = z.object({ id: z.string().min(1).max(maxIdLength) });

/** Path parameters naming a record of an entity. */
export const entityRecordParams = entityParams.extend(recordIdParams.shape);

/** The query of a paged list: `search`, `sort` (`fullname`, `-fullname`), `limit` and `cursor`. */
export const listQuery = z.object({
  search: z.string().max(200).optional().describe('Text the name or email contains (case-insensitive).'),
  sort: z
    .string()
    .regex(/^-?[a-z0-9_]+$/, 'A sort is an attribute name, with "-" before it for descending order.')
    .optional()
    .describe(
      'A text attribute to sort by, e.g. `fullname`; `-fullname` sorts descending. By id when absent.',
    ),
  limit: z.coerce.number().int().min(1).max(1000).default(50).describe('Items per page (1 to 1000).'),
  cursor: z.string().max(2000).optional().describe('The `nextCursor` of the previous page.'),
});

/** A page of records. */
export const recordPageSchema = z
  .object({
    items: z.array(recordSchema),
    total: z.number().int().describe('How many match, over every page.'),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
  })
  .meta({ id: 'RecordPage' });
