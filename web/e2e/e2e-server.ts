/// <reference types="node" />
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (where `bin/segmint.js` is). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The admin token the end-to-end server accepts. */
export const e2eToken = 'e2e-admin-token-0123456789';

/** A Segmint server started for a test, and a client of its API with the token. */
export interface E2eServer {
  /** `http://127.0.0.1:PORT`, where the web app and the API are served. */
  readonly url: string;
  readonly token: string;
  /** Sends a JSON request with the token; throws with the answer when its status is not 2xx. */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its data directory. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else
      child.once('exit', () => {
        resolve();
      });
  });
}

/**
 * Starts `segmint serve` on a free port over a new, empty SQLite database (no demo data), serving the
 * built web app (`web/dist`, which the e2e global setup builds), with `e2eToken` as its admin token.
 * With `demo`, the first start loads the demo data as `npm start` does (no `--no-demo`).
 *
 * @example
 * const server = await startServer();
 * await page.goto(server.url);
 * await server.stop();
 */
export async function startServer(options: { readonly demo?: boolean } = {}): Promise<E2eServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'segmint-e2e-'));
  // The server runs from the TypeScript source, so the tests test the code in the tree, not a build.
  const env: NodeJS.ProcessEnv = { ...process.env, SEGMINT_ADMIN_TOKEN: e2eToken, SEGMINT_FROM_SOURCE: '1' };
  delete env.PORT;
  delete env.SEGMINT_PG_URL;
  const child = spawn(
    process.execPath,
    [
      'bin/segmint.js',
      'serve',
      ...['--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir],
      ...(options.demo === true ? [] : ['--no-demo']),
    ],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`segmint serve did not start within 60 s:\n${output.join('')}`));
    }, 60_000);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output.push(`${line}\n`);
      const found = /serving (http:\/\/\S+)/.exec(line);
      if (found?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(found[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`segmint serve exited with ${String(code)}:\n${output.join('')}`));
    });
  });

  const stopped = exited(child);
  return {
    url,
    token: e2eToken,
    async api<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${e2eToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return (text === '' ? undefined : JSON.parse(text)) as T;
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await stopped;
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
