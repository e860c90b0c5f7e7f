import type { Readable } from 'node:stream';
import { z } from 'zod';
import { importCsv } from '../../extensions/csv-import/index.ts';
import { ApiError } from '../api-error.ts';
import type { ApiPlugin } from '../api-plugin.ts';
import { errorResponses, errorSchema } from '../schemas/error-schemas.ts';
import {
  answerWithProgress,
  importAnswer,
  ndjsonType,
  wantsProgressLines,
} from './import-progress-stream.ts';

const tags = ['Import'];

/** The media types a CSV body may come as (browsers send Excel's for a .csv file on Windows). */
const csvTypes = ['text/csv', 'application/csv', 'application/vnd.ms-excel'];

const importParams = z.object({
  entity: z
    .string()
    .min(1)
    .describe('The logical name of the entity to load: `contact`, `account`, a custom one …'),
});

const importQuery = z.object({
  batchSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .describe('Rows per transaction (1,000 by default); live segments are re-checked once per batch.'),
});

const csvBodySchema = z.any().meta({
  description:
    'The CSV file: a header row of logical or display names, then one record per row. A file exported from Dynamics 365 loads as it is.',
  examples: [
    'id,firstname,lastname,address1_city,interests\n,Ada,Lovelace,Atlantis,wine;travel\n',
    'First Name,Last Name,Address 1: City,Gender,Company Name\nAda,Lovelace,London,Female,Contoso\n',
  ],
});

const importResultSchema = z
  .object({
    created: z.number().int().describe('Rows that created a record.'),
    updated: z.number().int().describe('Rows whose `id` named an existing record, which they updated.'),
    rejected: z
      .array(
        z.object({
          line: z.number().int().describe('The line of the file the row starts on; line 1 is the header.'),
          reason: z.string().describe('The attribute and what is wrong with its value.'),
        }),
      )
      .describe('The refused rows in line order (the first 10,000; `rejectedCount` counts them all).'),
    rejectedCount: z.number().int(),
    ignoredColumns: z
      .array(
        z.object({
          column: z.string().describe('The header cell as the file has it.'),
          reason: z.string(),
        }),
      )
      .optional()
      .describe(
        "Columns that were not read, each with why: Dynamics' bookkeeping columns (`(Do Not Modify) Row Checksum` …) and computed attributes named by their display name (`Full Name`). Absent when every column was read.",
      ),
  })
  .meta({
    id: 'ImportResult',
    examples: [
      {
        created: 998,
        updated: 1,
        rejected: [{ line: 17, reason: 'birthdate: Birthday: expected a date written YYYY-MM-DD.' }],
        rejectedCount: 1,
      },
    ],
  });

const importProgressSchema = z
  .object({
    rows: z.number().int().describe('Data rows read and dealt with so far (the header not counted).'),
    created: z.number().int(),
    updated: z.number().int(),
    rejected: z.number().int().describe('Rows refused so far; the result lists them with their lines.'),
    bytes: z.number().int().describe('Bytes of the file read so far.'),
  })
  .meta({
    id: 'ImportProgress',
    description: 'How far an import has got, after each batch written.',
    examples: [{ rows: 3000, created: 2990, updated: 0, rejected: 10, bytes: 181_442 }],
  });

const importLineSchema = z
  .union([
    z.object({ progress: importProgressSchema }),
    z.object({ result: importResultSchema }),
    errorSchema,
  ])
  .meta({
    id: 'ImportLine',
    description:
      'One line of an import answered as NDJSON: `progress` after each batch, then `result` (or `error`, when the import failed after its first line).',
  });

const isStream = (body: unknown): body is Readable =>
  typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function';

/**
 * `POST /api/import/{entity}`: a CSV body whose header row holds logical or display names (a file as
 * Dynamics 365 exports it loads as it is: choices by label or Dataverse value, lookups by id or by the
 * primary name of the record they point to). The body streams
 * straight into the import (it is never held in memory whole), in batches that each keep the live
 * segments right; a bad header refuses the file (422) before any row is written, a bad row is
 * reported with its line and reason while the good rows load.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin returns a promise
export const importRoutes: ApiPlugin = async (app, { engine }) => {
  // Hand the request stream itself to the route: parsing happens as the bytes arrive.
  app.addContentTypeParser(csvTypes, (_request, payload, done) => {
    done(null, payload);
  });

  app.post(
    '/api/import/:entity',
    {
      config: { access: 'write' },
      schema: {
        tags,
        operationId: 'importCsv',
        summary: 'Load records from a CSV file: creates new ones, updates those whose id exists',
        description:
          'Send the file as the body with `Content-Type: text/csv`. The header row holds logical names (`id`, `firstname`, `address1_city` …) or display names (`First Name`, `Address 1: City`), in any case; a display name two attributes share is refused, naming both. A choice cell holds the option value, its label (`Female`) or its Dataverse integer value (`2`); multi-choice cells list them separated by `;`. A lookup cell holds the id of the record it points to or that record\'s primary name (an account\'s `name`, a contact\'s full name); a name several records share refuses the row. A file exported from Dynamics 365 loads as it is: `(Do Not Modify) Contact` is the id, its other bookkeeping columns and `Full Name` are skipped and listed in `ignoredColumns`. A row whose `id` exists updates that record (an empty cell clears a value); any other row creates one. To follow a long import, send `Accept: application/x-ndjson`: the answer is then a line `{"progress": {"rows", "created", "updated", "rejected", "bytes"}}` after each batch and a last line `{"result": …}` (the JSON answer\'s body); a file refused before any row is written gets the usual error answer, a failure after the first line is a last line `{"error": …}`.',
        consumes: csvTypes,
        // The body is the request stream itself (see the parser above): documented, never validated.
        body: csvBodySchema,
        params: importParams,
        querystring: importQuery,
        response: {
          200: {
            description:
              'What the import did. With `Accept: application/x-ndjson`, the answer is one JSON object per line as the import goes: a `progress` line after each batch, then the `result` line.',
            content: {
              'application/json': { schema: importResultSchema },
              [ndjsonType]: { schema: importLineSchema },
            },
          },
          ...errorResponses(400, 404, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      if (!isStream(body)) {
        throw new ApiError(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the CSV file as the body with Content-Type: text/csv.',
        );
      }
      const { batchSize } = request.query;
      const options = batchSize === undefined ? {} : { batchSize };
      if (wantsProgressLines(request))
        return answerWithProgress(request, reply, (onProgress) =>
          importCsv(engine, request.params.entity, body, { ...options, onProgress }),
        );
      return importAnswer(await importCsv(engine, request.params.entity, body, options));
    },
  );
};
