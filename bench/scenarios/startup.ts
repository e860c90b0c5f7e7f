import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../../src/engine/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { summarize } from '../harness/stats.ts';
import { representativeSegments } from '../segments.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repoRoot, 'bin', 'segmint.js');
const builtMain = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
/** The segments made live in the database the commands start on. */
const liveSegments = representativeSegments.slice(0, 3);
const token = 'bench-startup-token-0123456789';

/**
 * Startup (issue 15): how long a user waits for the `segmint` command. Each figure is timed from the
 * spawn of `node bin/segmint.js` on the build (`dist/`, what an installed `segmint` runs) and, as the
 * baseline, on the TypeScript source through tsx (SEGMINT_FROM_SOURCE=1, how every command ran before
 * the build), alternating, on a copy of the dataset with a few live segments: `--help`; `segment list`
 * to its exit; `serve` until `/api/health` has answered. A build older than the source is rebuilt first.
 */
export async function startupScenario(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<ScenarioResult> {
  buildWhenStale(settings.log);
  const runs = Math.max(1, settings.startupRuns ?? 5);
  const dataDir = mkdtempSync(join(tmpdir(), 'segmint-startup-'));
  try {
    await prepareDatabase(dataset, join(dataDir, 'segmint.db'));
    const location = ['--data-dir', dataDir];
    const commands = {
      help: () => ['--help'],
      list: () => ['segment', 'list', ...location],
      serve: () => ['serve', '--port', '0', '--host', '127.0.0.1', '--no-demo', ...location],
    };
    const times = { built: emptyTimes(), source: emptyTimes() };
    const nodeAlone = emptyTimings();
    for (let run = 0; run < runs; run++) {
      settings.log(`  run ${run + 1} of ${runs}`);
      record(nodeAlone, await timeExit(process.execPath, ['-e', '0'], {}));
      for (const mode of ['built', 'source'] as const) {
        const env = { SEGMINT_FROM_SOURCE: mode === 'source' ? '1' : '0' };
        record(times[mode].help, await timeExit(process.execPath, [bin, ...commands.help()], env));
        record(times[mode].list, await timeExit(process.execPath, [bin, ...commands.list()], env));
        record(times[mode].serve, await timeServe([bin, ...commands.serve()], env));
      }
    }
    const cpuFact = (key: keyof Times) =>
      `${medianMs(times.built[key].cpu)} / ${medianMs(times.source[key].cpu)}`;
    const figure = (name: string, key: keyof Times, target?: { text: string; maxMs: number }): Figure => ({
      name,
      stats: summarize(times.built[key].wall),
      baseline: summarize(times.source[key].wall),
      baselineLabel: 'the source through tsx',
      ...(target && { target: target.text, goal: { kind: 'median', maxMs: target.maxMs } }),
    });
    return {
      id: 'startup',
      title: 'Startup of the segmint command',
      description:
        `Wall time from spawning \`node bin/segmint.js\` to its exit (\`--help\`, \`segment list\`) or to the answer of ` +
        `\`/api/health\` (\`serve\`), on a copy of the dataset with ${liveSegments.length} live segments; the build ` +
        `(dist/, as installed) against the source through tsx (SEGMINT_FROM_SOURCE=1), alternating, ${runs} runs each.`,
      figures: [
        figure('segmint --help', 'help', { text: '< 300 ms (issue 15)', maxMs: 300 }),
        figure('segmint segment list, to its exit', 'list'),
        figure('segmint serve, until /api/health answers', 'serve', {
          text: '< 2 s (issue 15)',
          maxMs: 2000,
        }),
      ],
      facts: {
        'Node alone starting and exiting (node -e 0), median ms, wall / CPU': `${medianMs(nodeAlone.wall)} / ${medianMs(nodeAlone.cpu)}`,
        'CPU time (user + system) of --help, median ms, built / source': cpuFact('help'),
        'CPU time of segment list, median ms, built / source': cpuFact('list'),
        'CPU time of serve until /api/health answered, median ms, built / source': cpuFact('serve'),
        'load average (1 min) at the end': Math.round((loadavg()[0] ?? 0) * 100) / 100,
      },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const startup: Scenario = { id: 'startup', run: startupScenario };

/** A command's wall time and, where Linux's /proc says, the CPU time it used (user + system). */
interface Timing {
  readonly ms: number;
  readonly cpuMs?: number;
}

/** The wall and CPU times of one command's runs. */
interface Timings {
  readonly wall: number[];
  readonly cpu: number[];
}

interface Times {
  readonly help: Timings;
  readonly list: Timings;
  readonly serve: Timings;
}

function emptyTimings(): Timings {
  return { wall: [], cpu: [] };
}

function emptyTimes(): Times {
  return { help: emptyTimings(), list: emptyTimings(), serve: emptyTimings() };
}

function record(into: Timings, timing: Timing): void {
  into.wall.push(timing.ms);
  if (timing.cpuMs !== undefined) into.cpu.push(timing.cpuMs);
}

function medianMs(samples: readonly number[]): string {
  return samples.length === 0 ? '?' : Math.round(summarize(samples).median).toString();
}

/** The database the commands start on: the dataset with a few segments live, as a user's would be. */
async function prepareDatabase(dataset: SqliteDataset, file: string): Promise<void> {
  copyFileSync(dataset.file, file);
  const store = await openStore({ kind: 'sqlite', filename: file });
  try {
    const engine = await Engine.open(store);
    for (const segment of liveSegments) {
      await engine.createSegment(segment.definition, segment.id);
      await engine.goLive(segment.id);
    }
    await engine.stop();
  } finally {
    await store.close();
  }
}

/** Builds dist/ (`npm run build:server`) when it is missing or older than the source it is timed for. */
function buildWhenStale(log: (line: string) => void): void {
  const builtAt = existsSync(builtMain) ? statSync(builtMain).mtimeMs : 0;
  const newer = newestFile(join(repoRoot, 'src'));
  if (newer.mtimeMs <= builtAt) return;
  log(
    `  building dist/ first (npm run build:server): ${builtAt === 0 ? 'it is missing' : `${newer.path} is newer`}`,
  );
  execFileSync('npm', ['run', 'build:server'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}

function newestFile(dir: string): { path: string; mtimeMs: number } {
  let newest = { path: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}

/** This process's environment, without what would point a command at another database or port. */
function commandEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const isolated = ['SEGMINT_PG_URL', 'PORT', 'SEGMINT_DEBUG'];
  const inherited = Object.entries(process.env).filter(([name]) => !isolated.includes(name));
  return { ...Object.fromEntries(inherited), SEGMINT_ADMIN_TOKEN: token, ...extra };
}

/** Milliseconds from spawn to exit, and its CPU time; a failing command fails the scenario. */
async function timeExit(command: string, args: string[], env: Record<string, string>): Promise<Timing> {
  const cpuBefore = cpuTimeMs('self', 'children');
  const start = performance.now();
  const child = spawn(command, args, { env: commandEnv(env), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${String(code)}:\n${stderr}`);
  const cpuAfter = cpuTimeMs('self', 'children');
  return cpuBefore === undefined || cpuAfter === undefined ? { ms } : { ms, cpuMs: cpuAfter - cpuBefore };
}

/** Milliseconds from spawning `serve` to the answer of /api/health, and its CPU time until then. */
async function timeServe(args: string[], env: Record<string, string>): Promise<Timing> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { env: commandEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        const found = /Segmint is serving (http:\/\/\S+)/.exec(output);
        if (found?.[1]) resolve(found[1]);
      });
      child.once('exit', (code) => {
        reject(new Error(`serve exited (${String(code)}) before serving:\n${output}`));
      });
    });
    const health = await fetch(`${url}/api/health`);
    if (!health.ok) throw new Error(`/api/health answered ${health.status}`);
    await health.text();
    const ms = performance.now() - start;
    const cpuMs = child.pid === undefined ? undefined : cpuTimeMs(child.pid, 'own');
    return { ms, ...(cpuMs !== undefined && { cpuMs }) };
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * CPU time from Linux's /proc, in ms (clock ticks of 1/100 s): a process's own (utime + stime), or
 * that of its children that have ended (cutime + cstime); undefined elsewhere. On a busy machine it
 * says what the wall time would be on an idle one better than the wall time does.
 */
function cpuTimeMs(pid: number | 'self', whose: 'own' | 'children'): number | undefined {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // The fields after the command's name in parentheses, from the third (state): utime is the 14th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const first = whose === 'own' ? 11 : 13;
    return (Number(fields[first]) + Number(fields[first + 1])) * 10;
  } catch {
    return undefined;
  }
}
