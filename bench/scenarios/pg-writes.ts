import { Random, seedFor } from '../../src/demo-data/index.ts';
import { Engine, ManualClock, type Drift } from '../../src/engine/index.ts';
import type { Store } from '../../src/store/index.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import { deleteEverySegment, openSharedStore, postgresFor } from '../harness/shared-postgres.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { since, summarize, timed } from '../harness/stats.ts';
import { countingStatements } from '../harness/statement-count.ts';
import { mixedSegments } from '../segments.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';
import { writeKinds, writeWithEngine, writeWithStore, type Write, type WriteKind } from './write-kinds.ts';

/** The PostgreSQL write scenario's result, with what `verify` found afterwards (nothing, when all is right). */
export interface PostgresWritesResult extends ScenarioResult {
  readonly drift: readonly Drift[];
}

const target = 'median < 1 ms, p99 < 10 ms (issue 12, on PostgreSQL at 1M contacts)';
const baselineLabel = 'the same writes through the store alone, no live segments';
const clients = 16;
const engines = 2;

/**
 * Writes on PostgreSQL (issue 12): `segments` mixed segments go live through the engine on the
 * dataset loaded into PostgreSQL; then single writes of each kind are timed one after another (as the
 * SQLite write scenario does, without its baseline: a copy of a large PostgreSQL database per run is
 * too dear); then write throughput, for `concurrentSeconds` each: 1 client writing through 1 engine,
 * then 16 clients writing at once through 2 engines, 8 each, every engine with a store (and pool of
 * connections) of its own on the same database, as two server processes would have (two engines in
 * this process: processes would add only the cost of starting them). Ends with `verify`.
 */
export async function postgresWrites(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<PostgresWritesResult> {
  const title = `Writes on PostgreSQL with ${settings.segments} live segments, alone and concurrent`;
  if (settings.pgUrl === undefined)
    return {
      id: 'pg-write',
      title,
      description: 'Not run: no PostgreSQL server named (set SEGMINT_TEST_PG or pass --pg URL).',
      figures: [],
      facts: {},
      drift: [],
    };
  const url = settings.pgUrl;
  const seconds = settings.concurrentSeconds ?? 20;
  const clock = new ManualClock(dataset.now);
  const held = await postgresFor(dataset, { ...settings, pgUrl: url }, () => clock.now());
  const loaded = held.loaded;
  let second: Store | undefined;
  try {
    await deleteEverySegment(loaded.store);
    const engine = await Engine.open(loaded.store, { clock });
    const figures: Figure[] = [];
    const facts: Record<string, string | number> = { 'live segments': settings.segments };
    const kinds = writeKinds(dataset.size, dataset.now);
    // The baseline: the same kinds of write through the store alone, before any segment is live (so
    // nothing can drift), on the same server and tables: PostgreSQL's own cost of a durable write.
    const storeAlone = new Map<string, number[]>();
    for (const kind of kinds) {
      settings.log(`  timing ${kind.name} through the store alone on PostgreSQL`);
      const alone = await timeWrites(kind, `pg baseline ${kind.name}`, settings, (write) =>
        writeWithStore(loaded.store, write),
      );
      storeAlone.set(kind.name, alone.times);
      facts[`statements per write, ${kind.name}, store alone`] = alone.statementsPerWrite;
    }
    settings.log(`  going live with ${settings.segments} mixed segments on PostgreSQL`);
    const goLive: number[] = [];
    let members = 0;
    for (const segment of mixedSegments(settings.segments, seedFor(settings.seed, 'mixed-segments'))) {
      await engine.createSegment(segment.definition, segment.id);
      const { ms, result } = await timed(() => engine.goLive(segment.id));
      goLive.push(ms);
      members += result.memberCount;
    }
    const goLiveStats = summarize(goLive);
    figures.push({
      name: `go live, one of the ${settings.segments} mixed segments, on PostgreSQL`,
      stats: goLiveStats,
      note: `${round((goLiveStats.mean * goLiveStats.samples) / 1000)} s for all`,
    });
    facts['members in all live segments'] = members;

    const all: number[] = [];
    for (const kind of kinds) {
      settings.log(`  timing ${kind.name} on PostgreSQL`);
      const { times, statementsPerWrite } = await timeWrites(kind, `pg ${kind.name}`, settings, (write) =>
        writeWithEngine(engine, write),
      );
      facts[`statements per write, ${kind.name}, through the engine`] = statementsPerWrite;
      all.push(...times);
      figures.push({
        name: `${kind.name}, on PostgreSQL`,
        stats: summarize(times),
        baseline: summarize(storeAlone.get(kind.name) ?? []),
        baselineLabel,
        target,
      });
    }
    figures.push({
      name: 'every kind above together, on PostgreSQL',
      stats: summarize(all),
      baseline: summarize([...storeAlone.values()].flat()),
      baselineLabel,
      target,
    });

    settings.log(`  1 client through 1 engine for ${seconds} s`);
    const alone = await throughput([engine], 1, kinds, settings);
    second = await openSharedStore(url, loaded);
    const other = await Engine.open(second, { clock });
    settings.log(`  ${clients} clients through ${engines} engines for ${seconds} s`);
    const together = await throughput([engine, other], clients, kinds, settings);
    const perSecond = (run: Throughput) => Math.round(run.writes / (run.ms / 1000));
    figures.push({
      name: '1 client through 1 engine: each write',
      stats: summarize(alone.times),
      note: `${perSecond(alone)} writes/s`,
    });
    figures.push({
      name: `${clients} clients through ${engines} engines: each write`,
      stats: summarize(together.times),
      note: `${perSecond(together)} writes/s, ${round(perSecond(together) / perSecond(alone))}× 1 client`,
    });
    facts['throughput, 1 client through 1 engine, writes/s'] = perSecond(alone);
    facts[`throughput, ${clients} clients through ${engines} engines (8 each, one store each), writes/s`] =
      perSecond(together);
    facts['writes refused or failed while concurrent'] = together.failures;
    if (together.firstFailure !== undefined) facts['first failure'] = together.firstFailure;

    settings.log('  verifying every live segment against a full evaluation on PostgreSQL');
    const verified = await timed(() => engine.verify());
    facts['verify: seconds'] = round(verified.ms / 1000);
    facts['verify: segments with drift'] = verified.result.length;
    const problems = [
      ...verified.result.map((d) => `drift in ${JSON.stringify(d)}`),
      ...(together.failures > 0
        ? [`${together.failures} concurrent writes failed: ${together.firstFailure}`]
        : []),
    ];
    return {
      id: 'pg-write',
      title,
      description: [
        `${settings.segments} segments of mixed shapes live through the engine on the dataset in`,
        `PostgreSQL; single writes of each kind, ${settings.samples} timed after ${settings.warmup}`,
        `warm-up (the baseline: as many of each kind through the store alone, timed before any segment`,
        `went live, on the same tables: PostgreSQL's own cost of a durable one-row write here), then as many`,
        `through the engine once the segments are live (write, re-check of the affected segments, member and event`,
        `rows, one transaction in the database's writer lane). Then ${seconds} s of`,
        `writes of every kind in turn by 1 client through 1 engine, and ${seconds} s`,
        `by ${clients} clients at once through ${engines} engines (${clients / engines} each), each`,
        `engine with its own store and pool of connections on the same database, as two server`,
        `processes would have (two engines in one process). Ends with verify.`,
      ].join(' '),
      figures,
      facts,
      drift: verified.result,
      problems,
    };
  } finally {
    await second?.close();
    await held.release();
  }
}

/**
 * Times `samples` writes of `kind` after `warmup` untimed ones, made one after another by `write`, and
 * counts the statements (round trips) the timed ones sent.
 */
async function timeWrites(
  kind: WriteKind,
  stream: string,
  settings: ScenarioSettings,
  write: (write: Write) => Promise<void>,
): Promise<{ times: number[]; statementsPerWrite: number }> {
  const random = new Random(seedFor(settings.seed, stream));
  for (let i = 0; i < settings.warmup; i++) await write(kind.next(random));
  const { result: times, statements } = await countingStatements(async () => {
    const timed: number[] = [];
    for (let i = 0; i < settings.samples; i++) {
      const next = kind.next(random);
      const start = performance.now();
      await write(next);
      timed.push(since(start));
    }
    return timed;
  });
  return { times, statementsPerWrite: round(statements / Math.max(1, settings.samples)) };
}

export const postgresWriteScenario: Scenario = { id: 'pg-write', run: postgresWrites };

interface Throughput {
  readonly writes: number;
  readonly ms: number;
  readonly times: number[];
  readonly failures: number;
  readonly firstFailure?: string;
}

/**
 * `clients` writers at once, spread over `engineList` in turn, each making writes of every kind in
 * turn, one after another, until `concurrentSeconds` have passed.
 */
async function throughput(
  engineList: readonly Engine[],
  clientCount: number,
  kinds: readonly WriteKind[],
  settings: ScenarioSettings,
): Promise<Throughput> {
  const times: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const start = performance.now();
  const deadline = start + (settings.concurrentSeconds ?? 20) * 1000;
  const client = async (n: number) => {
    const engine = engineList[n % engineList.length];
    if (!engine) throw new Error('no engine');
    const random = new Random(seedFor(settings.seed, `client ${n} of ${clientCount}`));
    for (let i = 0; performance.now() < deadline; i++) {
      const kind = kinds[(i + n) % kinds.length];
      if (!kind) throw new Error('no write kind');
      const write: Write = kind.next(random);
      const began = performance.now();
      try {
        await writeWithEngine(engine, write);
        times.push(since(began));
      } catch (error) {
        failures += 1;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: clientCount }, (_, n) => client(n)));
  return { writes: times.length, ms: since(start), times, failures, firstFailure };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
