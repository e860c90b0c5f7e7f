import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseSize } from '../src/demo-data/index.ts';
import { describeMachine } from './harness/machine.ts';
import { markdownReport } from './harness/report.ts';
import type { BenchRun, ScenarioResult } from './harness/results.ts';
import { prepareSqliteDataset } from './harness/sqlite-dataset.ts';
import { clock } from './scenarios/clock.ts';
import { columnar } from './scenarios/columnar.ts';
import { durabilityScenario } from './scenarios/durability.ts';
import { goLive } from './scenarios/go-live.ts';
import { importBench } from './scenarios/import.ts';
import { members } from './scenarios/members.ts';
import { memory, peakRssMiB } from './scenarios/memory.ts';
import type { Scenario, ScenarioSettings } from './scenarios/scenario.ts';
import { postgresImportScenario } from './scenarios/pg-import.ts';
import { postgresWriteScenario } from './scenarios/pg-writes.ts';
import { startup } from './scenarios/startup.ts';
import { writeScenario } from './scenarios/write-with-live-segments.ts';
import { closeSharedPostgres } from './harness/shared-postgres.ts';
import { delayProxy, type DelayProxy } from './harness/delay-proxy.ts';

/**
 * `npm run bench -- [--size small|medium|large|tiny|N] [--json] [--scenarios write,go-live,clock,…]
 * [--samples N] [--warmup N] [--segments N] [--repeats N] [--import-runs N] [--seed N] [--cache DIR] [--out FILE] [--pg URL]
 * [--pg-schema NAME] [--pg-delay-ms N] [--concurrent-seconds N] [--startup-runs N]`
 *
 * Generates the dataset, loads it into SQLite, runs the scenarios one after another (each on its own
 * copy of the database), writes BENCHMARKS.md and, with `--json`, prints the run as JSON on stdout.
 * Progress goes to stderr. When `--pg` or SEGMINT_TEST_PG names a PostgreSQL server, the go-live
 * scenario also runs there, and so do the PostgreSQL write and import scenarios (`pg-write`,
 * `pg-import`), on the same rows loaded once into a schema of their own (dropped afterwards; with
 * `--pg-schema`, a schema loaded before by `bench/pg-explain.ts --keep` is used and kept). A problem a scenario finds (a member
 * count DuckDB disagrees with) is written into the report and fails the command. `startup` times the
 * `segmint` command itself (built, and from source through tsx): `--scenarios startup --size small`.
 * `--pg-delay-ms N` reaches PostgreSQL through a proxy that holds each packet N ms each way, as a
 * database across a network would (`harness/delay-proxy.ts`).
 */

/** In the order they run, whatever order `--scenarios` names them in: memory last, to see them all. */
const scenarios: readonly Scenario[] = [
  goLive,
  columnar,
  writeScenario,
  durabilityScenario,
  clock,
  members,
  importBench,
  postgresWriteScenario,
  postgresImportScenario,
  startup,
  memory,
];
/** The moment every generated dataset leads up to, fixed so that runs on different days agree. */
const benchNow = new Date('2026-11-01T12:00:00.000Z');

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'small' },
    json: { type: 'boolean', default: false },
    scenarios: { type: 'string', default: scenarios.map((s) => s.id).join(',') },
    samples: { type: 'string', default: '2000' },
    warmup: { type: 'string', default: '200' },
    segments: { type: 'string', default: '100' },
    repeats: { type: 'string', default: '3' },
    'import-runs': { type: 'string' },
    seed: { type: 'string', default: '1' },
    cache: { type: 'string' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    pg: { type: 'string' },
    'pg-schema': { type: 'string' },
    'pg-delay-ms': { type: 'string' },
    'concurrent-seconds': { type: 'string', default: '20' },
    'startup-runs': { type: 'string', default: '5' },
  },
});

const log = (line: string) => process.stderr.write(`${line}\n`);
const whole = (name: string, text: string | undefined) => {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`--${name} takes a whole number; got "${text}"`);
  return n;
};
let proxy: DelayProxy | undefined;
/** The server's URL, or the URL of a proxy that delays what goes to it (`--pg-delay-ms`). */
async function pgUrlFor(url: string | undefined, delay: string | undefined): Promise<string | undefined> {
  if (url === undefined || delay === undefined) return url;
  proxy = await delayProxy(url, whole('pg-delay-ms', delay));
  log(`reaching PostgreSQL through a proxy that holds each packet ${delay} ms each way`);
  return proxy.url;
}
const settings: ScenarioSettings = {
  segments: whole('segments', values.segments),
  samples: Math.max(1, whole('samples', values.samples)),
  warmup: whole('warmup', values.warmup),
  goLiveRepeats: Math.max(1, whole('repeats', values.repeats)),
  importRuns: Math.max(1, whole('import-runs', values['import-runs'] ?? values.repeats)),
  seed: whole('seed', values.seed),
  pgUrl: await pgUrlFor(values.pg ?? process.env.SEGMINT_TEST_PG, values['pg-delay-ms']),
  pgSchema: values['pg-schema'],
  sharePostgres: true,
  concurrentSeconds: Math.max(1, whole('concurrent-seconds', values['concurrent-seconds'])),
  startupRuns: Math.max(1, whole('startup-runs', values['startup-runs'])),
  log,
};
const chosen = values.scenarios.split(',').map((id) => {
  const scenario = scenarios.find((s) => s.id === id.trim());
  if (!scenario)
    throw new RangeError(`no scenario "${id}"; there are ${scenarios.map((s) => s.id).join(', ')}`);
  return scenario;
});
chosen.sort((a, b) => scenarios.indexOf(a) - scenarios.indexOf(b));

const machine = describeMachine();
const revision = gitRevision();
const startedAt = new Date().toISOString();
const contacts = parseSize(values.size);
log(
  `generating and loading ${contacts.toLocaleString('en-US')} contacts (seed ${settings.seed}) into SQLite`,
);
const dataset = await prepareSqliteDataset({
  contacts,
  seed: settings.seed,
  now: benchNow,
  cacheDir: values.cache,
  log,
});
log(`loaded in ${Math.round(dataset.loadSeconds)} s`);
const results: ScenarioResult[] = [];
try {
  for (const scenario of chosen) {
    log(`scenario ${scenario.id}`);
    const result = await scenario.run(dataset, settings);
    const facts = { ...result.facts, 'peak resident memory of the process by its end, MiB': peakRssMiB() };
    results.push({ ...result, facts });
  }
} finally {
  dataset.cleanup();
  await closeSharedPostgres();
  await proxy?.close();
}

const run: BenchRun = {
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  startedAt,
  revision,
  machine,
  backend: 'SQLite (better-sqlite3, WAL, a file in a temp folder)',
  seed: settings.seed,
  size: dataset.size,
  loadSeconds: dataset.loadSeconds,
  datasetBytes: dataset.bytes,
  scenarios: results,
  peakRssMiB: peakRssMiB(),
};
writeFileSync(values.out, markdownReport(run));
log(`wrote ${values.out}`);
const problems = results.flatMap((result) => (result.problems ?? []).map((p) => `${result.id}: ${p}`));
for (const problem of problems) log(`PROBLEM ${problem}`);
if (problems.length > 0) process.exitCode = 1;
if (values.json) process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);

/** The commit checked out and whether files differ from it, or undefined outside a git checkout. */
function gitRevision(): string | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    const changed = git('status', '--porcelain', '--untracked-files=no').length > 0;
    return `${git('rev-parse', '--short', 'HEAD')}${changed ? ' with uncommitted changes' : ''}`;
  } catch {
    return undefined;
  }
}
