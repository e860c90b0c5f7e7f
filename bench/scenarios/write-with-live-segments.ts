import { Random, seedFor } from '../../src/demo-data/index.ts';
import { Engine, ManualClock, type Drift } from '../../src/engine/index.ts';
import type { Store } from '../../src/store/index.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { since, summarize, timed } from '../harness/stats.ts';
import { mixedSegments } from '../segments.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';
import { writeKinds, writeWithEngine, writeWithStore, type WriteKind } from './write-kinds.ts';

/** The write scenario's result, with what `verify` found afterwards (nothing, when all is right). */
export interface WriteScenarioResult extends ScenarioResult {
  readonly drift: readonly Drift[];
}

const target = 'median < 0.5 ms, p99 < 5 ms (issue 5, at 1M contacts)';

/**
 * A write with live segments (issue 3's closing figure, issue 5's scenario 2): `segments` mixed
 * segments go live through the engine, then single writes of each kind are timed through the engine,
 * each against the same write made by the store alone on an identical copy of the database with no
 * live segments, alternating one and the other so both see the same machine. Ends with `verify`.
 */
export async function writeWithLiveSegments(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<WriteScenarioResult> {
  const clock = new ManualClock(dataset.now);
  const now = () => clock.now();
  const live = await dataset.open('write-engine', now);
  const plain = await dataset.open('write-store', now);
  try {
    const engine = await Engine.open(live, { clock });
    const goLive = await goLiveAll(engine, settings);
    const figures: Figure[] = [goLive.figure];
    const facts: Record<string, string | number> = {
      'live segments': settings.segments,
      'members in all live segments': goLive.members,
    };
    const byGroup = new Map<string, { kinds: number; engine: number[]; store: number[] }>();
    for (const kind of writeKinds(dataset.size, dataset.now)) {
      settings.log(`  timing ${kind.name}`);
      const before = await live.events.lastSeq();
      const timings = await timeKind(kind, engine, plain, settings);
      const events = (await live.events.lastSeq()) - before;
      facts[`membership events per write, ${kind.name}`] = round(
        events / (settings.warmup + settings.samples),
      );
      figures.push(figure(kind.name, timings));
      const group = byGroup.get(kind.group) ?? { kinds: 0, engine: [], store: [] };
      group.kinds += 1;
      group.engine.push(...timings.engine);
      group.store.push(...timings.store);
      byGroup.set(kind.group, group);
    }
    for (const [group, timings] of byGroup) {
      if (timings.kinds > 1)
        figures.push(figure(`${group} (the ${timings.kinds} kinds above together)`, timings));
    }
    settings.log('  verifying every live segment against a full evaluation');
    const verified = await timed(() => engine.verify());
    facts['verify: seconds'] = round(verified.ms / 1000);
    facts['verify: segments with drift'] = verified.result.length;
    return {
      id: 'write-with-live-segments',
      title: `A write with ${settings.segments} live segments`,
      description: [
        `${settings.segments} segments of mixed shapes live through the engine; then single`,
        `writes of each kind, ${settings.samples} timed after ${settings.warmup} warm-up, each`,
        `through the engine (write, re-check of the affected segments, member and event rows, one`,
        `transaction) and, alternately, the same write by the store alone on an identical copy`,
        `with no live segments (the baseline).`,
      ].join(' '),
      figures,
      facts,
      drift: verified.result,
    };
  } finally {
    await live.close();
    await plain.close();
  }
}

export const writeScenario: Scenario = { id: 'write', run: writeWithLiveSegments };

async function goLiveAll(engine: Engine, settings: ScenarioSettings) {
  const times: number[] = [];
  let members = 0;
  settings.log(`  going live with ${settings.segments} mixed segments`);
  for (const segment of mixedSegments(settings.segments, seedFor(settings.seed, 'mixed-segments'))) {
    await engine.createSegment(segment.definition, segment.id);
    const { ms, result } = await timed(() => engine.goLive(segment.id));
    times.push(ms);
    members += result.memberCount;
  }
  const stats = summarize(times);
  const figure: Figure = {
    name: `go live, one of the ${settings.segments} mixed segments`,
    stats,
    note: `${round((stats.mean * stats.samples) / 1000)} s for all`,
  };
  return { figure, members };
}

async function timeKind(kind: WriteKind, engine: Engine, plain: Store, settings: ScenarioSettings) {
  const random = new Random(seedFor(settings.seed, kind.name));
  const timings = { engine: [] as number[], store: [] as number[] };
  for (let i = 0; i < settings.warmup + settings.samples; i++) {
    const write = kind.next(random);
    const timeStore = async () => {
      const start = performance.now();
      await writeWithStore(plain, write);
      return since(start);
    };
    const timeEngine = async () => {
      const start = performance.now();
      await writeWithEngine(engine, write);
      return since(start);
    };
    // Alternate which goes first, so neither always runs right after the other's work.
    let storeMs: number;
    let engineMs: number;
    if (i % 2 === 0) {
      storeMs = await timeStore();
      engineMs = await timeEngine();
    } else {
      engineMs = await timeEngine();
      storeMs = await timeStore();
    }
    if (i < settings.warmup) continue;
    timings.engine.push(engineMs);
    timings.store.push(storeMs);
  }
  return timings;
}

function figure(name: string, timings: { engine: number[]; store: number[] }): Figure {
  return {
    name,
    stats: summarize(timings.engine),
    baseline: summarize(timings.store),
    baselineLabel: 'store alone, no live segments',
    target,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
