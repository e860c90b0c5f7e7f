import type { Problem } from '../schema/problem.ts';
import { seconds, TimeLimitError } from '../store/time-limit-error.ts';

export type EngineErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_DEFINITION'
  | 'INVALID_RECORD'
  | 'SEGMENT_IN_USE'
  | 'WRONG_STATE'
  | 'WRONG_TYPE'
  | 'UNKNOWN_CONTACTS'
  | 'TIMEOUT';

/**
 * A refused engine operation: a stable `code`, a message for people, and the problems or names it
 * concerns (every validation problem; the dependants that keep a segment from stopping). A `TIMEOUT`
 * says in `retryAfterSeconds` when the server may have room again.
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';

  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly details: readonly Problem[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/**
 * `work`, with the store's `TimeLimitError` told as a `TIMEOUT` that names what was stopped, the limit
 * and what to do. Every reading in flight ends within one limit, so that is when to try again.
 *
 * @example
 * await withinTimeLimit(store.read(…), 'The estimate', 'Narrow the definition.');
 */
export async function withinTimeLimit<T>(work: Promise<T>, what: string, advice: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof TimeLimitError)) throw error;
    const limit = seconds(error.limitMs);
    throw new EngineError(
      'TIMEOUT',
      `${what} took longer than the server's ${limit} s limit and was stopped. ${advice}`,
      [],
      limit,
    );
  }
}
