import type { Problem } from '../schema/index.ts';

/**
 * An error the HTTP layer itself raises (a bad cursor, a missing segment): the status, a stable `code`
 * and the problems in `details`. The error handler turns it into the error body like every other error.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly Problem[] = [],
  ) {
    super(message);
  }
}

/** A 404 for something the request names that does not exist. */
export function notFound(message: string): ApiError {
  return new ApiError(404, 'NOT_FOUND', message);
}

/** A 400 for one bad part of the request, pointing at it with `path` (`querystring.sort`). */
export function badRequest(code: string, message: string, path: string): ApiError {
  return new ApiError(400, code, message, [{ code, message, path }]);
}
