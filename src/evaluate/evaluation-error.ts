/** Why a definition could not be evaluated; a validated definition never raises these. */
export type EvaluationErrorCode =
  | 'UNKNOWN_ENTITY'
  | 'UNKNOWN_ATTRIBUTE'
  | 'UNKNOWN_RELATIONSHIP'
  | 'UNSUPPORTED_OPERATOR'
  | 'INVALID_VALUE'
  | 'INVALID_BLOCK';

/** Thrown when a definition that skipped validation, or a record of the wrong shape, cannot be evaluated. */
export class EvaluationError extends Error {
  readonly code: EvaluationErrorCode;
  /** Where in the definition: `query.blocks[0].where.children[1]`. */
  readonly path: string;

  constructor(code: EvaluationErrorCode, message: string, path: string) {
    super(`${message} (at ${path})`);
    this.name = 'EvaluationError';
    this.code = code;
    this.path = path;
  }
}
