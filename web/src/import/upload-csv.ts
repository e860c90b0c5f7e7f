import { ApiError, type ApiClient } from '../api/index.ts';

/** `POST /api/import/{entity}`'s answer. */
export interface ImportResult {
  readonly created: number;
  readonly updated: number;
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
  readonly rejectedCount: number;
  readonly ignoredColumns?: readonly { readonly column: string; readonly reason: string }[];
}

/** How far an upload is: bytes sent of the total. */
export interface UploadProgress {
  readonly sent: number;
  readonly total: number;
}

/**
 * Sends `csv` to `POST /api/import/{entity}` with XMLHttpRequest, whose upload progress `fetch` does
 * not report; `onProgress` hears of every chunk sent. An error answer rejects with an `ApiError`.
 */
export function uploadCsv(
  api: ApiClient,
  entity: string,
  csv: string,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', api.url(`/api/import/${encodeURIComponent(entity)}`));
    for (const [name, value] of Object.entries(api.headers({ 'content-type': 'text/csv' })))
      request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : csv.length });
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
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as ImportResult);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
        ?.error;
      reject(
        new ApiError(
          request.status,
          error?.code ?? 'HTTP_ERROR',
          error?.message ?? `The server answered ${request.status}.`,
          error?.details,
        ),
      );
    };
    request.send(csv);
  });
}
