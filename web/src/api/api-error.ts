/** A problem with a definition or a body, as the API reports it: what is wrong and where. */
export interface Problem {
  readonly code: string;
  readonly message: string;
  readonly path: readonly (string | number)[] | string;
}

/** An error answer of the API (`{ error: { code, message, details } }`), or a failed request. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The validation problems the answer carries, if any. */
  get problems(): readonly Problem[] {
    return Array.isArray(this.details) ? (this.details as Problem[]) : [];
  }
}

/** Reads an error answer into an `ApiError`, whatever its body. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body.error?.message !== undefined) {
      return new ApiError(
        response.status,
        body.error.code ?? 'ERROR',
        body.error.message,
        body.error.details,
      );
    }
  } catch {
    // Not JSON: a proxy's page, say; fall through to the status line.
  }
  return new ApiError(
    response.status,
    'HTTP_ERROR',
    `The server answered ${response.status} ${response.statusText}.`,
  );
}
