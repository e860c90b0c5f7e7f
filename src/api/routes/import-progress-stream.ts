import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CsvImportProgress, CsvImportResult } from '../../extensions/csv-import/index.ts';
import { errorAnswer } from '../error-handler.ts';

/** The media type of an import answered line by line: one JSON object per line (NDJSON). */
export const ndjsonType = 'application/x-ndjson';

/** Whether the request's `Accept` header names NDJSON, asking for the import's progress as it goes. */
export function wantsProgressLines(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.split(',').some((range) => {
    const [type = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    // `q=0` says "not this one" (RFC 9110 §12.4.2).
    return type === ndjsonType && !parameters.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

/** The import's result as the route answers it (`ImportResult` in the OpenAPI document). */
export function importAnswer(result: CsvImportResult) {
  const { ignoredColumns, ...counts } = result;
  return {
    ...counts,
    rejected: [...result.rejected],
    ...(ignoredColumns ? { ignoredColumns: [...ignoredColumns] } : {}),
  };
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * Runs an import whose answer is NDJSON (`application/x-ndjson`): a `{ "progress": … }` line after each
 * batch is written, then one `{ "result": … }` line. A failure before the first line (a bad header, an
 * unknown entity) is thrown, so that it is the usual error answer with its 4xx status; once lines have
 * gone out the status is 200, so a later failure is the last line, `{ "error": … }`, as an error body.
 */
export async function answerWithProgress(
  request: FastifyRequest,
  reply: FastifyReply,
  run: (onProgress: (progress: CsvImportProgress) => void) => Promise<CsvImportResult>,
): Promise<FastifyReply> {
  let lines: PassThrough | undefined;
  const open = () => {
    if (lines === undefined) {
      lines = new PassThrough();
      // No proxy or browser may hold the lines back to send them together.
      void reply
        .type(`${ndjsonType}; charset=utf-8`)
        .header('cache-control', 'no-store')
        .header('x-accel-buffering', 'no')
        .send(lines);
    }
    return lines;
  };
  try {
    const result = await run((progress) => {
      open().write(line({ progress }));
    });
    open().end(line({ result: importAnswer(result) }));
  } catch (error) {
    if (lines === undefined) throw error;
    const { status, body } = errorAnswer(error);
    if (status >= 500) request.log.error({ err: error }, 'import failed after its first progress line');
    lines.end(line(body));
  }
  return reply;
}
