import { Command, CommanderError } from 'commander';
import { registerDemo } from './commands/demo.ts';
import { registerEval } from './commands/eval.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerKey } from './commands/key.ts';
import { registerMql } from './commands/mql.ts';
import { registerSegment } from './commands/segment.ts';
import { registerServe } from './commands/serve.ts';
import { registerVerify } from './commands/verify.ts';
import { ExitCode, exitCodeHelp } from './exit-codes.ts';

/** The `segmint` command line, every command registered, throwing instead of exiting. */
export function buildProgram(version: string): Command {
  const program = new Command('segmint')
    .description('Dynamic marketing segments whose membership stays right by itself.')
    .version(version, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Every command takes --data-dir DIR (default ./data) or --pg URL (env SEGMINT_PG_URL), and --help.
${exitCodeHelp}`,
    );
  registerServe(program);
  registerImport(program);
  registerExport(program);
  registerSegment(program);
  registerMql(program);
  registerEval(program);
  registerVerify(program);
  registerDemo(program);
  registerKey(program);
  return program;
}

/**
 * Runs the command line on `argv` (as `process.argv`) and gives the exit code: the command's own, 0
 * for --help and --version, 64 for a usage error (commander has printed what is wrong).
 */
export async function runProgram(argv: readonly string[], version: string): Promise<ExitCode> {
  try {
    await buildProgram(version).parseAsync(argv);
    return (process.exitCode ?? ExitCode.ok) as ExitCode;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // --help, --version and `help <command>` end with 0; everything else commander refuses is usage.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
}
