import { Random, seedFor } from '../../src/demo-data/index.ts';
import { Engine, ManualClock, type Drift } from '../../src/engine/index.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { since, summarize, timed } from '../harness/stats.ts';
import {
  and,
  condition,
  contactBlock,
  didRecently,
  dynamic,
  related,
  type BenchSegment,
  type JsonObject,
} from '../segment-builders.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';

/** The clock scenario's result, with what `verify` found afterwards (nothing, when all is right). */
export interface ClockScenarioResult extends ScenarioResult {
  readonly drift: readonly Drift[];
}

// prettier-ignore
const behaviours = [
  'EmailOpened', 'EmailClicked', 'WebsiteVisited', 'FormSubmitted', 'EventRegistration', 'Purchase',
];
const cities = ['New York', 'San Francisco', 'Chicago', 'Raleigh', 'London', 'Austin', 'Seattle'];
const zones = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Europe/London'];

/** The kinds of time window the clock segments use, in turn. */
const windows = [
  'behaviour in the last days',
  'interaction in the last hours',
  'created in the last days',
  'birthday in the next days',
  'older than, in a city',
  'interaction today',
  'interaction in the last minutes',
  'created today',
] as const;

/**
 * `count` live segments whose membership moves with the clock: `inLast` on interactions.occurredon
 * (counted windows of days, plain windows of hours and minutes) and on contact.createdon, `today`,
 * `anniversaryInNext` on birthdate and `olderThan`, with seeded parameters and time zones.
 */
export function clockSegments(count: number, seed: number): BenchSegment[] {
  const random = new Random(seed);
  const segments: BenchSegment[] = [];
  const interaction = (...rows: JsonObject[]) => related('interactions', and(...rows));
  for (let i = 0; i < count; i++) {
    const id = `clock-${String(i).padStart(3, '0')}`;
    const kind = windows[i % windows.length] ?? 'interaction today';
    const type = condition('type', 'equals', [random.pick(behaviours)]);
    let where: JsonObject;
    switch (kind) {
      case 'behaviour in the last days':
        where = didRecently(random.pick(behaviours), random.pick([1, 2, 3]), random.pick([7, 14, 30, 90]));
        break;
      case 'interaction in the last hours':
        where = interaction(type, condition('occurredon', 'inLast', [random.pick([6, 12, 24, 48])], 'hours'));
        break;
      case 'created in the last days':
        where = condition('createdon', 'inLast', [random.pick([7, 30, 90, 365])], 'days');
        break;
      case 'birthday in the next days':
        where = condition('birthdate', 'anniversaryInNext', [random.pick([1, 7, 14, 30])]);
        break;
      case 'older than, in a city':
        where = and(
          condition('birthdate', 'olderThan', [random.int(21, 70)], 'years'),
          condition('address1_city', 'equals', [random.pick(cities)]),
        );
        break;
      case 'interaction today':
        where = interaction(type, condition('occurredon', 'today'));
        break;
      case 'interaction in the last minutes':
        where = interaction(condition('occurredon', 'inLast', [random.pick([30, 60, 120])], 'minutes'));
        break;
      case 'created today':
        where = condition('createdon', 'today');
        break;
    }
    segments.push(dynamic(id, `${kind} ${id}`, [contactBlock(and(where))], random.pick(zones)));
  }
  return segments;
}

const minuteTarget = '< 50 ms at 1M contacts (issue 5)';

/**
 * The clock (issue 5's scenario 3): `segments` clock segments go live, then the engine's clock tick
 * is timed after a minute has passed (many samples, the clock moved one minute before each) and
 * after a day has passed (fewer samples). Ends with `verify`.
 */
export async function clockScenario(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<ClockScenarioResult> {
  const clock = new ManualClock(dataset.now);
  const store = await dataset.open('clock', () => clock.now());
  try {
    const engine = await Engine.open(store, { clock });
    const segments = clockSegments(settings.segments, seedFor(settings.seed, 'clock-segments'));
    settings.log(`  going live with ${segments.length} clock segments`);
    const goLiveTimes: number[] = [];
    let members = 0;
    for (const segment of segments) {
      await engine.createSegment(segment.definition, segment.id);
      const { ms, result } = await timed(() => engine.goLive(segment.id));
      goLiveTimes.push(ms);
      members += result.memberCount;
    }
    const minuteSamples = Math.max(1, Math.ceil(settings.samples / 4));
    const minuteWarmup = Math.ceil(settings.warmup / 10);
    const daySamples = Math.max(1, Math.min(7, Math.ceil(settings.samples / 300)));
    settings.log(`  timing ${minuteSamples} ticks a minute apart, then ${daySamples} a day apart`);
    const minute = await ticks(engine, clock, { minutes: 1 }, minuteWarmup, minuteSamples);
    const day = await ticks(engine, clock, { days: 1 }, 0, daySamples);
    settings.log('  verifying every clock segment against a full evaluation');
    const verified = await timed(() => engine.verify());
    const goLive = summarize(goLiveTimes);
    const figures: Figure[] = [
      {
        name: `go live, one of the ${segments.length} clock segments`,
        stats: goLive,
        note: `${round((goLive.mean * goLive.samples) / 1000)} s for all`,
      },
      {
        name: 'clock tick, a minute after the last',
        stats: summarize(minute.times),
        note: `${round(minute.changes / minute.times.length)} membership changes per tick`,
        target: minuteTarget,
      },
      {
        name: 'clock tick, a day after the last',
        stats: summarize(day.times),
        note: `${round(day.changes / day.times.length)} membership changes per tick`,
      },
    ];
    return {
      id: 'clock',
      title: `The clock, with ${segments.length} time-window segments`,
      description: [
        `${segments.length} segments with time windows (inLast on interactions.occurredon in days,`,
        `hours and minutes and on contact.createdon; today; anniversaryInNext on birthdate;`,
        `olderThan) live through the engine on a manual clock. Each timed tick follows a move of`,
        `the clock by one minute (${minuteSamples} timed after ${minuteWarmup} warm-up) or by one`,
        `day (${daySamples}); a tick finds the records that crossed a window's edge by a range`,
        `scan and re-checks only their contacts, in one transaction.`,
      ].join(' '),
      figures,
      facts: {
        'live segments': segments.length,
        'members in all live segments at go-live': members,
        'verify: seconds': round(verified.ms / 1000),
        'verify: segments with drift': verified.result.length,
      },
      drift: verified.result,
    };
  } finally {
    await store.close();
  }
}

export const clock: Scenario = { id: 'clock', run: clockScenario };

async function ticks(
  engine: Engine,
  clock: ManualClock,
  step: { readonly minutes?: number; readonly days?: number },
  warmup: number,
  samples: number,
) {
  const times: number[] = [];
  let changes = 0;
  for (let i = 0; i < warmup + samples; i++) {
    clock.advance(step);
    const start = performance.now();
    const changed = await engine.tick();
    const ms = since(start);
    if (i < warmup) continue;
    times.push(ms);
    for (const ids of changed.values()) changes += ids.length;
  }
  return { times, changes };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
