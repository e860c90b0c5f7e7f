import { sql } from 'kysely';
import { Random, seedFor } from '../../src/demo-data/index.ts';
import { Engine, ManualClock } from '../../src/engine/index.ts';
import type { Store } from '../../src/store/index.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { since, summarize } from '../harness/stats.ts';
import { mixedSegments } from '../segments.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';
import { writeKinds, writeWithEngine } from './write-kinds.ts';

/** Live segments in both copies: enough that a write does its usual membership work. */
const liveSegments = 10;

/**
 * What a power cut may cost, in time per write: the same single writes through the engine (with
 * `liveSegments` live segments) on two copies of the database, one with SQLite's `synchronous =
 * NORMAL` (Segmint's setting, the baseline) and one with `FULL`, alternating between them so both see
 * the same machine. In WAL mode NORMAL syncs the log only at checkpoints, so a power cut (not a
 * crash of the process, which loses nothing) may roll back the last commits; FULL syncs the log at
 * every commit.
 */
async function durability(dataset: SqliteDataset, settings: ScenarioSettings): Promise<ScenarioResult> {
  const clock = new ManualClock(dataset.now);
  const now = () => clock.now();
  const normal = await dataset.open('sync-normal', now);
  const full = await dataset.open('sync-full', now);
  try {
    await sql`pragma synchronous = FULL`.execute(full.db);
    const engines = {
      normal: await Engine.open(normal, { clock }),
      full: await Engine.open(full, { clock }),
    };
    for (const [label, engine] of Object.entries(engines)) {
      settings.log(`  going live with ${liveSegments} segments (${label})`);
      for (const segment of mixedSegments(liveSegments, seedFor(settings.seed, 'mixed-segments'))) {
        await engine.createSegment(segment.definition, segment.id);
        await engine.goLive(segment.id);
      }
    }
    const kinds = writeKinds(dataset.size, dataset.now).slice(0, 3);
    const timings = { normal: [] as number[], full: [] as number[] };
    for (const kind of kinds) {
      settings.log(`  timing ${kind.name} under NORMAL and FULL`);
      const random = new Random(seedFor(settings.seed, `durability ${kind.name}`));
      for (let i = 0; i < settings.warmup + settings.samples; i++) {
        const write = kind.next(random);
        const order = i % 2 === 0 ? (['normal', 'full'] as const) : (['full', 'normal'] as const);
        for (const mode of order) {
          const start = performance.now();
          await writeWithEngine(engines[mode], write);
          if (i >= settings.warmup) timings[mode].push(since(start));
        }
      }
    }
    const figure: Figure = {
      name: `a write (${kinds.map((k) => k.name).join(', ')}) with synchronous = FULL`,
      stats: summarize(timings.full),
      baseline: summarize(timings.normal),
      baselineLabel: 'synchronous = NORMAL (the setting Segmint uses)',
    };
    return {
      id: 'durability',
      title: 'What syncing every commit costs a write',
      description:
        'Single writes through the engine with live segments, on two copies of the database: SQLite in WAL mode with synchronous = FULL (the log synced at every commit) against NORMAL (synced at checkpoints), alternating.',
      figures: [figure],
      facts: { 'live segments': liveSegments },
    };
  } finally {
    await close(normal, full);
  }
}

async function close(...stores: Store[]): Promise<void> {
  for (const store of stores) await store.close();
}

export const durabilityScenario: Scenario = { id: 'durability', run: durability };
