import { ExitCode } from './exit-codes.ts';

/**
 * A failure the user can fix, reported as `segmint: <message>` and the lines under it, never with a
 * stack trace.
 *
 * @example
 * throw new CliError(`There is no file "${path}".`);
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.failure,
    /** Lines printed under the message: every problem of a definition, say. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}
