import { Engine, ManualClock } from '../../src/engine/index.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { summarize, timed } from '../harness/stats.ts';
import { representativeSegments } from '../segments.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';

/**
 * Go live (issue 5's scenario 1, on SQLite): for each representative segment, the time of the
 * engine's go-live (validate, evaluate over every contact, store the members, log a joined event
 * each). Each segment goes live `goLiveRepeats` times: the extra copies are stopped and deleted, the
 * last one stays live so that the segments that read it can go live after it. DuckDB and PostgreSQL
 * will stand beside these figures (issue 5).
 */
export async function goLiveScenario(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<ScenarioResult> {
  const clock = new ManualClock(dataset.now);
  const store = await dataset.open('go-live', () => clock.now());
  try {
    const engine = await Engine.open(store, { clock });
    const figures: Figure[] = [];
    for (const segment of representativeSegments) {
      const times: number[] = [];
      let members = 0;
      for (let repeat = settings.goLiveRepeats - 1; repeat >= 0; repeat--) {
        // Copies go live first and are removed; the segment itself goes live last and stays for its readers.
        const id = repeat === 0 ? segment.id : `${segment.id}-copy-${repeat}`;
        await engine.createSegment(segment.definition, id);
        const { ms, result } = await timed(() => engine.goLive(id));
        times.push(ms);
        members = result.memberCount;
        if (repeat > 0) {
          await engine.stopSegment(id);
          await engine.deleteSegment(id);
        }
      }
      const { name } = segment;
      figures.push({
        name,
        stats: summarize(times),
        note: `${members} members; first go-live ${Math.round(times[0] ?? 0)} ms`,
        target: 'within 2× DuckDB (issue 5)',
      });
      settings.log(`  ${name}: ${members} members, ${Math.round(summarize(times).median)} ms`);
    }
    return {
      id: 'go-live',
      title: 'Go live, on SQLite',
      description: [
        `Each representative segment goes live ${settings.goLiveRepeats} time(s) through the`,
        `engine on a loaded copy: validation, evaluation over every contact, member rows and a`,
        `joined event per member, one transaction. The first go-live of a segment with a clock`,
        `condition also builds the index it needs.`,
      ].join(' '),
      figures,
      facts: { 'segments timed': representativeSegments.length },
    };
  } finally {
    await store.close();
  }
}

export const goLive: Scenario = { id: 'go-live', run: goLiveScenario };
