import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { startCli } from './run-cli.ts';

export interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything printed on stdout up to the line with the URL. */
  readonly stdout: string;
  stopped(): Promise<number | null>;
}

/**
 * Starts `segmint serve` on a free port of 127.0.0.1 and waits until it prints its URL. The process
 * is added to `running` (for the test file to kill what is left) until it has stopped.
 */
export async function serveProcess(
  args: readonly string[],
  env: Record<string, string>,
  running: Set<ChildProcess>,
): Promise<Served> {
  const child = startCli(['serve', '--port', '0', '--host', '127.0.0.1', ...args], { env });
  running.add(child);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /Segmint is serving (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then((code) => {
      reject(new Error(`serve exited (${String(code)}) before serving:\n${stdout}\n${stderr}`));
    });
  });
  return {
    child,
    url,
    stdout,
    stopped: async () => {
      const code = await exited;
      running.delete(child);
      return code;
    },
  };
}
