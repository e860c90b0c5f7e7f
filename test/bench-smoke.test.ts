import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareSqliteDataset, type SqliteDataset } from '../bench/harness/sqlite-dataset.ts';
import { clockScenario, clockSegments } from '../bench/scenarios/clock.ts';
import { columnarScenario } from '../bench/scenarios/columnar.ts';
import { goLiveScenario } from '../bench/scenarios/go-live.ts';
import { importScenario } from '../bench/scenarios/import.ts';
import { everyone, membersScenario } from '../bench/scenarios/members.ts';
import { memoryScenario } from '../bench/scenarios/memory.ts';
import type { ScenarioSettings } from '../bench/scenarios/scenario.ts';
import { writeKinds } from '../bench/scenarios/write-kinds.ts';
import { writeWithLiveSegments } from '../bench/scenarios/write-with-live-segments.ts';
import { mixedSegments, representativeSegments, segmentProblems } from '../bench/segments.ts';
import { generateDataset } from '../src/demo-data/index.ts';

/**
 * The benchmarks still work: each scenario runs at a tiny size and produces its figures, DuckDB
 * answers every go-live question with the same member count, and PostgreSQL does too where
 * SEGMINT_TEST_PG names a server. No time is asserted; the timings of a test run on a shared machine
 * mean nothing.
 */
const pgUrl = process.env.SEGMINT_TEST_PG;

describe('the benchmarks at a tiny size', () => {
  const now = new Date('2026-11-01T12:00:00.000Z');
  const settings: ScenarioSettings = {
    segments: 10,
    samples: 5,
    warmup: 2,
    goLiveRepeats: 1,
    importRuns: 1,
    seed: 1,
    log: () => undefined,
  };
  let dataset: SqliteDataset;

  beforeAll(async () => {
    dataset = await prepareSqliteDataset({ contacts: 300, seed: 1, now });
  });
  afterAll(() => {
    dataset.cleanup();
  });

  it('times every write kind through the engine and the store, and leaves no drift', async () => {
    const result = await writeWithLiveSegments(dataset, settings);
    const timed = new Map(result.figures.map((figure) => [figure.name, figure]));
    for (const kind of writeKinds(dataset.size, now)) {
      expect(timed.get(kind.name)?.stats.samples, kind.name).toBe(settings.samples);
      expect(timed.get(kind.name)?.baseline?.samples, kind.name).toBe(settings.samples);
    }
    expect(result.drift).toEqual([]);
  });

  it('takes every representative segment live on SQLite, and DuckDB counts the same members', async () => {
    const result = await goLiveScenario(dataset, settings);
    expect(result.figures.map((f) => f.name)).toEqual(representativeSegments.map((s) => s.name));
    expect(result.figures.every((f) => f.baseline?.samples === settings.goLiveRepeats)).toBe(true);
    expect(result.mismatches).toEqual([]);
    expect(Object.keys(result.counts)).toEqual(representativeSegments.map((s) => s.id));
    expect(Object.values(result.counts).some((count) => count.duckdb > 0)).toBe(true);
    expect(result.postgres).toBe(false);
  });

  it.skipIf(pgUrl === undefined)(
    pgUrl === undefined
      ? 'takes them live on PostgreSQL too (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)'
      : 'takes them live on PostgreSQL too, with the same members as SQLite and DuckDB',
    async () => {
      const result = await goLiveScenario(dataset, { ...settings, pgUrl });
      expect(result.postgres).toBe(true);
      expect(result.mismatches).toEqual([]);
      for (const [id, count] of Object.entries(result.counts)) expect(count.postgres, id).toBe(count.sqlite);
      const onPostgres = result.figures.filter((f) => f.name.endsWith(', on PostgreSQL'));
      expect(onPostgres).toHaveLength(representativeSegments.length);
    },
  );

  it('evaluates every representative segment on the columnar image, with the members SQLite and DuckDB select', async () => {
    const result = await columnarScenario(dataset, settings);
    // Each segment on the image alone, then estimated and gone live through an engine's columnar view.
    expect(result.figures.map((f) => f.name)).toEqual([
      ...representativeSegments.map((s) => s.name),
      ...representativeSegments.map((s) => `estimate: ${s.name}`),
      ...representativeSegments.map((s) => `go live through the view: ${s.name}`),
    ]);
    expect(result.mismatches).toEqual([]);
    const goLives = representativeSegments.length * (settings.goLiveRepeats + 1);
    expect(result.facts["the engine's columnar view: estimates and go-lives answered / declined"]).toBe(
      // One untimed warm-up estimate of each segment, then the timed ones, then its members once; and
      // each go-live, the untimed one included.
      `${representativeSegments.length * (settings.goLiveRepeats + 2) + goLives} / 0`,
    );
    expect(result.facts["the engine's columnar view: go-lives it answered"]).toBe(`${goLives} of ${goLives}`);
    expect(Object.values(result.counts).some((count) => count.image > 0)).toBe(true);
    expect(result.facts['image arrays, bytes per contact']).toBeGreaterThan(0);
  });

  it('times clock ticks a minute and a day apart, and leaves no drift', async () => {
    const result = await clockScenario(dataset, settings);
    expect(result.figures.map((f) => f.stats.samples)).toEqual([settings.segments, 2, 1]);
    expect(result.drift).toEqual([]);
  });

  it('times member pages and a full export of every member, and leaves no drift', async () => {
    const result = await membersScenario(dataset, settings);
    expect(result.figures).toHaveLength(6);
    for (const figure of result.figures) expect(figure.stats.samples, figure.name).toBeGreaterThan(0);
    expect(result.exportedRows).toBe(dataset.size.contacts);
    expect(result.drift).toEqual([]);
  });

  it('imports every contact and interaction from CSV and bulk-inserts them, and leaves no drift', async () => {
    const result = await importScenario(dataset, settings);
    expect(result.loaded).toEqual({
      contact: { imported: dataset.size.contacts, inserted: dataset.size.contacts },
      interaction: { imported: dataset.size.interactions, inserted: dataset.size.interactions },
    });
    expect(result.figures.every((f) => f.baseline !== undefined)).toBe(true);
    expect(result.drift).toEqual([]);
  });

  it('reports the peak resident memory', async () => {
    const result = await memoryScenario();
    expect(result.facts['peak resident memory, MiB']).toBeGreaterThan(0);
  });

  it('defines only segments that validate', () => {
    expect(segmentProblems(representativeSegments)).toEqual([]);
    expect(segmentProblems(mixedSegments(100, 7))).toEqual([]);
    expect(segmentProblems(clockSegments(100, 7))).toEqual([]);
    expect(segmentProblems([everyone])).toEqual([]);
  });

  it('generates the same rows from the same seed', async () => {
    const rowsOf = async (seed: number) => {
      const rows: unknown[] = [];
      await generateDataset({ contacts: 40, seed, now, batchSize: 7 }, async (entity, batch) => {
        rows.push(...batch.map((row) => [entity, row]));
        return Promise.resolve();
      });
      return rows;
    };
    const first = await rowsOf(3);
    expect(first).toHaveLength(40 + 2 + 8 + 200);
    expect(await rowsOf(3)).toEqual(first);
    expect(await rowsOf(4)).not.toEqual(first);
  });
});
