import { z } from 'zod';
import { maxIdLength } from '../../store/index.ts';

/** The most contact ids one member edit may name. */
export const maxIdsPerEdit = 10_000;

const ids = z.array(z.string().min(1).max(maxIdLength)).min(1).max(maxIdsPerEdit).describe('Contact ids.');
const query = z.looseObject({}).meta({
  description: 'A query (`{ blocks: [...] }`) run once.',
  allOf: [{ $ref: '#/components/schemas/Query' }],
});

/** A manual change of members: exactly one of the fields. */
export const memberEditSchema = z
  .union(
    [
      z.strictObject({ add: ids }),
      z.strictObject({ remove: ids }),
      z.strictObject({ addByQuery: query }),
      z.strictObject({ removeByQuery: query }),
      z.strictObject({ include: ids }),
      z.strictObject({ exclude: ids }),
      z.strictObject({ clear: ids }),
    ],
    {
      error:
        'Send exactly one of add, remove, addByQuery, removeByQuery (static segments) or include, exclude, clear (dynamic segments).',
    },
  )
  .meta({
    id: 'MemberEdit',
    description:
      'Static segments: `add`, `remove` (ids), `addByQuery`, `removeByQuery` (a query run once). Dynamic segments: `include` (always a member), `exclude` (never; exclusion wins), `clear` (back to the query).',
    examples: [{ add: ['0196…'] }, { exclude: ['0196…'] }],
  });

/** What a member edit answers. */
export const memberEditResultSchema = z.object({
  changed: z.array(z.string()).describe('The contacts whose membership changed.'),
  memberCount: z.number().int(),
});
