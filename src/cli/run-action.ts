import { InvalidArgumentError } from 'commander';
import type { ExitCode } from './exit-codes.ts';

/**
 * A command's action, loaded when the command runs: `--help` and usage errors never load the engine,
 * the database drivers or the HTTP stack, so they answer at once.
 *
 * Its result becomes the exit code, and a thrown error is reported (see `reportError`) and becomes
 * one too, so no command ends with a stack trace for a user's mistake.
 *
 * @example
 * command.action(runAction(() => import('../actions/verify.ts').then((m) => m.verify)));
 */
export function runAction<A extends unknown[]>(
  load: () => Promise<(...args: A) => Promise<ExitCode>>,
): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      const action = await load();
      process.exitCode = await action(...args);
    } catch (error) {
      const { reportError } = await import('./report-error.ts');
      process.exitCode = reportError(error);
    }
  };
}

/** An option parser for a whole number from `min` up; a bad value is a usage error (64). */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max)
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got "${text}".`);
    return value;
  };
}
