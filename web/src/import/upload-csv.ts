import { ApiError, type ApiClient } from '../api/index.ts';
import type { components } from '../api/generated/openapi.ts';

/** `POST /api/import/{entity}`'s answer: records created and updated, the rejected rows. */
export type ImportResult = components['schemas']['ImportResult'];

/** How far the server has got with an import: rows read so far, and what became of them. */
export type ImportProgress = components['schemas']['ImportProgress'];

/** One line of the import's NDJSON answer: progress, the result, or an error after the first line. */
type ImportLine = components['schemas']['ImportLine'];

/** How far an upload is: bytes sent of the total, and the server's progress once it has said any. */
export interface UploadProgress {
  readonly sent: number;
  readonly total: number;
  readonly imported?: ImportProgress;
}

const ndjsonType = 'application/x-ndjson';

/** The error an error body (`{ error: { code, message, details } }`) or a bare status stands for. */
function apiErrorOf(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
    ?.error;
  return new ApiError(
    status,
    error?.code ?? 'HTTP_ERROR',
    error?.message ?? `The server answered ${status}.`,
    error?.details,
  );
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends `csv` to `POST /api/import/{entity}` with XMLHttpRequest, whose upload progress `fetch` does
 * not report, asking for the answer as NDJSON so that the server's progress lines arrive as it writes
 * each batch. `onProgress` hears of every chunk sent and every line read. Resolves with the result
 * line; an error answer (or an error line) rejects with an `ApiError`.
 */
export function uploadCsv(
  api: ApiClient,
  entity: string,
  csv: string,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    let progress: UploadProgress = { sent: 0, total: csv.length };
    const report = (next: Partial<UploadProgress>) => {
      progress = { ...progress, ...next };
      onProgress(progress);
    };
    let result: ImportResult | undefined;
    let failure: ApiError | undefined;
    // How much of the answer's text has been read as whole lines.
    let read = 0;
    const readLines = (final: boolean) => {
      const text = request.responseText;
      const end = final ? text.length : text.lastIndexOf('\n') + 1;
      for (const line of text.slice(read, end).split('\n')) {
        if (line.trim() === '') continue;
        const value = parsed(line) as ImportLine | undefined;
        if (value === undefined) continue;
        if ('progress' in value) report({ imported: value.progress });
        else if ('result' in value) result = value.result;
        else failure = apiErrorOf(request.status, value);
      }
      read = Math.max(read, end);
    };
    const streamed = () => request.getResponseHeader('content-type')?.startsWith(ndjsonType) === true;

    request.open('POST', api.url(`/api/import/${encodeURIComponent(entity)}`));
    for (const [name, value] of Object.entries(
      api.headers({ 'content-type': 'text/csv', accept: `${ndjsonType}, application/json` }),
    ))
      request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      report({ sent: event.loaded, total: event.lengthComputable ? event.total : csv.length });
    };
    request.onprogress = () => {
      if (request.status >= 200 && request.status < 300 && streamed()) readLines(false);
    };
    request.onerror = () => {
      reject(
        new ApiError(
          0,
          'NETWORK',
          'The Segmint server cannot be reached. Check that it is running, then try again.',
        ),
      );
    };
    request.onload = () => {
      if (request.status < 200 || request.status >= 300) {
        reject(apiErrorOf(request.status, parsed(request.responseText)));
        return;
      }
      // A server (or proxy) that answers plain JSON gives the result as the whole body.
      if (streamed()) readLines(true);
      else result = parsed(request.responseText) as ImportResult | undefined;
      if (failure !== undefined) reject(failure);
      else if (result !== undefined) resolve(result);
      else reject(new ApiError(request.status, 'INCOMPLETE', 'The server’s answer ended before the result.'));
    };
    request.send(csv);
  });
}
