/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './e2e-server.ts';

/** The newest modification time under `path` (a file or a folder). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/**
 * Builds the web app once before the end-to-end tests (`npm run build:web`), unless `web/dist` is newer
 * than every source of it, so that the server they start serves the app as it is now.
 */
export default function buildWebApp(): void {
  const built = join(repoRoot, 'web', 'dist', 'index.html');
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts'].map((p) => join(repoRoot, p));
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newest))) return;
  process.stdout.write('e2e: building the web app (npm run build:web) …\n');
  execFileSync('npm', ['run', 'build:web'], { cwd: repoRoot, stdio: 'inherit' });
}
