import type { ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempFolder } from '../cli/run-cli.ts';
import { serveProcess } from '../cli/serve-process.ts';

/**
 * The package as a user gets it: the build that `npm ci` (through `prepare`) and `npm pack` make, and
 * the files `npm pack` puts in the tarball. Every other test runs the TypeScript source; these run
 * the JavaScript in dist/, as `segmint` does once installed.
 */

const built = { SEGMINT_FROM_SOURCE: '0' };
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const temp = tempFolder();
const running = new Set<ChildProcess>();

beforeAll(() => {
  // npm ci and npm install build it; a checkout without node_modules' prepare has not been built.
  if (!existsSync(join(repoRoot, 'dist', 'src', 'cli', 'main.js')))
    throw new Error('dist/ is missing: run `npm run build` (npm ci and npm install run it).');
});
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});
afterAll(() => {
  temp.cleanup();
});

describe('the built command line', () => {
  it('answers --help and --version from dist/, without tsx', async () => {
    const help = await runCli(['--help'], { env: built });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: segmint');
    const shown = await runCli(['--version'], { env: built });
    expect(shown.stdout.trim()).toBe(version);
  });

  it('serves the API, its version and the built web app from dist/ over a new database', async () => {
    const server = await serveProcess(['--no-demo', '--data-dir', join(temp.dir, 'data')], built, running);
    const health = await fetch(`${server.url}/api/health`);
    expect(await health.json()).toEqual({ ok: true, leader: true });
    const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      info: { version: string };
    };
    expect(openapi.info.version).toBe(version);
    const page = await fetch(`${server.url}/`);
    expect(await page.text()).toContain('<div id="root"');
    expect(await server.stop()).toBe(0);
  });
});

describe('npm pack', () => {
  it('puts the build, the web app and the docs in the tarball, and no sources, tests or benchmarks', async () => {
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: repoRoot,
    });
    const [packed] = JSON.parse(stdout) as { files: { path: string }[] }[];
    const files = (packed?.files ?? []).map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'bin/segmint.js',
        'dist/src/cli/main.js',
        'dist/src/store/backends/sqlite/sqlite-reader-worker.js',
        'web/dist/index.html',
        'docs/DESIGN.md',
      ]),
    );
    const stray = files.filter(
      (path) =>
        !/^(package\.json|README\.md|LICENSE|bin\/segmint\.js)$/.test(path) &&
        !/^(dist\/src|web\/dist|docs)\//.test(path),
    );
    expect(stray).toEqual([]);
    expect(files.filter((path) => /\.test\.|\.ts$/.test(path))).toEqual([]);
  });
});
