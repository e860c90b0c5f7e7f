import { z } from 'zod';
import { maxIdLength } from '../../store/index.ts';
import { formulaCellChoices } from '../../engine/index.ts';

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

/** The querystring of the CSV export: what it does with text a spreadsheet would read as a formula. */
export const memberCsvQuery = z.object({
  formulas: z
    .enum(formulaCellChoices)
    .default('escape')
    .describe(
      'What to do with a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return, which a spreadsheet would run as a formula (OWASP "CSV Injection"). `escape` (the default) writes it with a single quote `\'` in front and quotes any text holding `;` or a tab, so the file is safe to open in a spreadsheet; numbers, booleans and dates are never changed. `keep` writes every cell as it is (RFC 4180 only), for a program that reads the CSV rather than a spreadsheet.',
    ),
});
