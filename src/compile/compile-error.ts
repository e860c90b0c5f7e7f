/**
 * A definition the compiler cannot turn into SQL. Validation rejects every such definition first, so
 * this signals a caller that skipped validation; it carries the path of the node at fault.
 */
export class CompileError extends Error {
  override readonly name = 'CompileError';

  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${message} (at ${path})`);
  }
}
