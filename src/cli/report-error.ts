import { EngineError } from '../engine/index.ts';
import { StoreError } from '../store/index.ts';
import { CliError } from './cli-error.ts';
import { ExitCode } from './exit-codes.ts';
import { counted } from './output.ts';
import { problemLines } from './problem-lines.ts';

/**
 * Prints a failed command's error to stderr and gives its exit code. Errors a user can fix (the CLI's
 * own, the engine's refusals, the store's) print their message and details only; anything else is a
 * bug or an outage, printed with its stack when `SEGMINT_DEBUG` is set.
 */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): ExitCode {
  const lines: string[] = [];
  let code: ExitCode = ExitCode.failure;
  if (error instanceof CliError) {
    lines.push(error.message, ...error.details.map((line) => `  ${line}`));
    code = error.exitCode;
  } else if (error instanceof EngineError) {
    lines.push(...engineErrorLines(error));
  } else if (error instanceof StoreError) {
    lines.push(error.message);
  } else if (error instanceof Error) {
    lines.push(error.message);
    if (process.env.SEGMINT_DEBUG) lines.push(error.stack ?? '');
    else lines.push('(set SEGMINT_DEBUG=1 to see where it happened)');
  } else {
    lines.push(String(error));
  }
  const [first = '', ...rest] = lines;
  stderr.write(`segmint: ${first}\n${rest.map((line) => `${line}\n`).join('')}`);
  return code;
}

/**
 * An engine refusal; with problems, a heading and one line per problem (the engine's message repeats
 * the first problem, which the list shows anyway): `"Bad" cannot go live (2 problems):`.
 */
function engineErrorLines(error: EngineError): string[] {
  if (error.details.length === 0) return [error.message];
  const heading = error.message.replace(/: .*$/s, '').replace(/\.$/, '');
  return [
    `${heading} (${counted(error.details.length, 'problem')}):`,
    ...problemLines(error.details).map((line) => `  ${line}`),
  ];
}
