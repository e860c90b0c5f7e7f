import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { startCli } from './run-cli.ts';

/** A `segmint serve` process on a free port of 127.0.0.1. */
export interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything printed on stdout up to the line with the URL. */
  readonly stdout: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** True while the process runs. */
  alive(): boolean;
  /** Its exit code once it has stopped by itself or been killed (null: ended by a signal). */
  stopped(): Promise<number | null>;
  /** Stops it with SIGTERM (unless it has stopped already) and gives its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `segmint serve` on a free port of 127.0.0.1 with `env` added to its environment, and waits
 * until it prints its URL (at most `waitMs`). The process is in `running` (for the test file to kill
 * what is left) until it has stopped. Every test that runs a server process starts it here.
 */
export async function serveProcess(
  args: readonly string[],
  env: Record<string, string>,
  running: Set<ChildProcess>,
  waitMs = 60_000,
): Promise<Served> {
  const child = startCli(['serve', '--port', '0', '--host', '127.0.0.1', ...args], { env });
  running.add(child);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let output = '';
  let stdout = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`serve did not start within ${waitMs} ms:\n${output}`));
    }, waitMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (stdout.includes('Segmint is serving')) return;
      stdout += chunk;
      const match = /Segmint is serving (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${String(code)}) before serving:\n${output}`));
    });
  });
  const stopped = async () => {
    const code = await exited;
    running.delete(child);
    return code;
  };
  return {
    child,
    url,
    stdout,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    stopped,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return stopped();
    },
  };
}
