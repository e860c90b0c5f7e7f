import type { Problem } from '../schema/problem.ts';

export type EngineErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_DEFINITION'
  | 'INVALID_RECORD'
  | 'SEGMENT_IN_USE'
  | 'WRONG_STATE'
  | 'WRONG_TYPE'
  | 'UNKNOWN_CONTACTS';

/**
 * A refused engine operation: a stable `code`, a message for people, and the problems or names it
 * concerns (every validation problem; the dependants that keep a segment from stopping).
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';

  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly details: readonly Problem[] = [],
  ) {
    super(message);
  }
}
