import type { KeyScope } from './api-types.ts';
import type { components } from './generated/openapi.ts';

/**
 * A problem with a definition or a body: a stable code, what is wrong, and where, as a text path
 * (`query.blocks[1].where`). The OpenAPI document's `Problem`; the web app's own problems take its shape.
 */
export type Problem = components['schemas']['Problem'];

/** The body of every error answer, as the OpenAPI document gives it. */
type ErrorBody = components['schemas']['Error'];

/** Why a key was refused with 403: the scope it has and the scope the route needs. */
export interface ScopeRefusal {
  readonly held: KeyScope;
  readonly needed: KeyScope;
}

/** An error answer of the API (`{ error: { code, message, details } }`), or a failed request. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** On a 403: the key's scope and the one needed, when the server said them. */
    readonly refusal?: ScopeRefusal,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The validation problems the answer carries, if any. */
  get problems(): readonly Problem[] {
    return Array.isArray(this.details) ? (this.details as Problem[]) : [];
  }
}

/** "a read key", "an admin key". */
export function scopedKey(scope: KeyScope): string {
  return `${scope === 'admin' ? 'an' : 'a'} ${scope} key`;
}

// The server's 403 reads `The key "<name>" has the scope "read"; POST /api/segments needs "admin".`
const refusalPattern = /has the scope "(read|write|admin)"; [A-Z]+ \S+ needs "(read|write|admin)"\.$/;

/** The scopes a 403's message names, or undefined when it names none. */
export function scopeRefusalOf(message: string): ScopeRefusal | undefined {
  const match = refusalPattern.exec(message);
  if (match === null) return undefined;
  return { held: match[1] as KeyScope, needed: match[2] as KeyScope };
}

/**
 * An error answer as people read it: a 403 says which scope the key has and which it needs (not the
 * route's method and path), a 401 that the key is no longer accepted; other answers keep the server's
 * message, which already says what to do.
 */
function errorOf(status: number, code: string, message: string, details?: unknown): ApiError {
  if (status === 403) {
    const refusal = scopeRefusalOf(message);
    const readable =
      refusal === undefined
        ? 'Your API key may not do this. Sign in with a key that has a wider scope.'
        : `Your key has the ${refusal.held} scope; this needs ${scopedKey(refusal.needed)}.`;
    return new ApiError(status, code, readable, details, refusal);
  }
  if (status === 401) {
    return new ApiError(
      status,
      code,
      'Your API key is not accepted (it may have been revoked). Sign out and sign in with a valid key.',
      details,
    );
  }
  return new ApiError(status, code, message, details);
}

/** Reads an error answer into an `ApiError`, whatever its body. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    // Any JSON may come back (a proxy's, say), so every part of the documented shape may be missing.
    const body = JSON.parse(text) as { error?: Partial<ErrorBody['error']> } | null;
    if (body?.error?.message !== undefined) {
      const problems: readonly Problem[] | undefined = body.error.details;
      return errorOf(response.status, body.error.code ?? 'ERROR', body.error.message, problems);
    }
  } catch {
    // Not JSON: a proxy's page, say; fall through to the status line.
  }
  if (response.status === 401 || response.status === 403) return errorOf(response.status, 'HTTP_ERROR', '');
  return new ApiError(
    response.status,
    'HTTP_ERROR',
    `The server answered ${response.status} ${response.statusText}.`,
  );
}
