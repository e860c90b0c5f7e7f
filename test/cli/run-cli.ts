import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `bin/segmint.js` lives. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(repoRoot, 'bin', 'segmint.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment the binary runs in: this process's, without the variables that would point it at
 * another database or token, running the source (SEGMINT_FROM_SOURCE=1) unless `extra` says otherwise.
 */
export function cliEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const isolated = ['SEGMINT_PG_URL', 'SEGMINT_ADMIN_TOKEN', 'PORT', 'SEGMINT_DEBUG'];
  const inherited = Object.entries(process.env).filter(([name]) => !isolated.includes(name));
  return { ...Object.fromEntries(inherited), SEGMINT_FROM_SOURCE: '1', ...extra };
}

/**
 * Starts `node bin/segmint.js …args` in `cwd`, on the TypeScript source (SEGMINT_FROM_SOURCE=1): the
 * tests test the code in the tree, never a build that may be older (test/package checks the build).
 */
export function startCli(
  args: readonly string[],
  options: { cwd?: string; env?: Readonly<Record<string, string>> } = {},
): ChildProcess {
  return spawn(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: cliEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the real binary to its end and gives its exit code and output. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Readonly<Record<string, string>> } = {},
): Promise<CliRun> {
  const child = startCli(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** A fresh temp folder for one test file's data directories and inputs; `cleanup` removes it. */
export function tempFolder(): { dir: string; file(name: string, content: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'segmint-cli-'));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
