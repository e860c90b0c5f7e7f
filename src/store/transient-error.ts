import { backends } from './backends/index.ts';

/**
 * Database errors that say "not now" rather than "never": another transaction holds a lock or won a
 * race, the server is restarting, the connection dropped. The request did nothing (its transaction
 * rolled back), so the client may send it again; the API answers 503 with `Retry-After`, not 500.
 * Each backend's `errors` names its driver's; every backend is asked, since the callers (the HTTP
 * error handler) do not know which database an error came from, and their codes never overlap.
 */

/** Node's codes of a connection that failed or dropped. */
const transientNodeCodes: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/** True when `error` is a transient database failure (see the top of this file). */
export function isTransientDatabaseError(error: unknown): boolean {
  const code = codeOf(error);
  if (code !== undefined && transientNodeCodes.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return Object.values(backends).some((backend) => backend.errors.transient(code, message));
}

/** True when `error` ended a transaction that can be run again as it was (`ErrorCodes.conflict`). */
export function isRetryableConflict(error: unknown): boolean {
  const code = codeOf(error);
  if (code === undefined) return false;
  return Object.values(backends).some((backend) => backend.errors.conflict(code));
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
