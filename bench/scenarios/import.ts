import { copyFileSync, createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { seedFor } from '../../src/demo-data/index.ts';
import { Engine, ManualClock, type Clock, type Drift } from '../../src/engine/index.ts';
import { defaultImportBatchSize, importCsv } from '../../src/extensions/csv-import/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { summarize, timed } from '../harness/stats.ts';
import { mixedSegments } from '../segments.ts';
import { csvHead, imported, plainInsert, writeCsvFiles, type ImportedEntity } from './import-files.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';

/** The import scenario's result, with what `verify` found afterwards (nothing, when all is right). */
export interface ImportScenarioResult extends ScenarioResult {
  readonly drift: readonly Drift[];
  /** Rows each side loaded in the last run, by entity. */
  readonly loaded: Readonly<Record<string, { readonly imported: number; readonly inserted: number }>>;
}

const liveSegments = 10;
/** Rows per transaction on both sides: what `segmint import` uses (importCsv's default). */
const batchSize = defaultImportBatchSize;
const target = 'within 1.5× of the plain insert (issue 5)';

/**
 * Import (issue 5's scenario 4): the dataset's contacts and interactions are written to CSV files, then
 * loaded into empty SQLite databases that hold the same accounts, `importRuns` times each way,
 * alternating which goes first: through `importCsv` (what `segmint import` runs) with 10 mixed segments
 * live, and as a plain `records.bulkInsert` of the same rows with no engine (the baseline). Both sides
 * read the same CSV file with the same parser and header mapping, in batches of the same size, one
 * transaction each, so the ratio is the engine's own cost: upsert by id and live maintenance. Both
 * are warmed up on the first rows of each file first, untimed.
 */
export async function importScenario(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<ImportScenarioResult> {
  const work = mkdtempSync(join(tmpdir(), 'segmint-bench-import-'));
  const clock = new ManualClock(dataset.now);
  const open = (name: string, from?: string) => {
    const filename = join(work, name);
    if (from !== undefined) copyFileSync(from, filename);
    return openStore({ kind: 'sqlite', filename, now: () => clock.now() });
  };
  try {
    settings.log('  writing the contacts and interactions as CSV');
    const accountsOnly = join(work, 'accounts.db');
    const template = await open('accounts.db');
    const options = { contacts: dataset.size.contacts, seed: dataset.seed, now: dataset.now };
    const files = await writeCsvFiles(work, options, template);
    await template.close();

    settings.log('  warming up both sides on the first rows of each file, untimed');
    const warm = await pair(open, accountsOnly, 'warm', clock, settings.seed);
    for (const entity of imported) {
      const head = await csvHead(files[entity], 3 * batchSize + 1, join(work, `warm-${entity}.csv`));
      await plainInsert(warm.plain, entity, head, batchSize);
      await importCsv(warm.engine, entity, createReadStream(head));
    }
    await warm.close();

    const times = { contact: [] as number[], interaction: [] as number[], total: [] as number[] };
    const base = { contact: [] as number[], interaction: [] as number[], total: [] as number[] };
    const loaded: Record<string, { imported: number; inserted: number }> = {};
    let drift: readonly Drift[] = [];
    let verifyMs = 0;
    for (let run = 0; run < settings.importRuns; run++) {
      const sides = await pair(open, accountsOnly, `run-${run}`, clock, settings.seed);
      let [ms, baseMs] = [0, 0];
      for (const entity of imported) {
        const plainSide = () => timed(() => plainInsert(sides.plain, entity, files[entity], batchSize));
        const importSide = () =>
          timed(() => importCsv(sides.engine, entity, createReadStream(files[entity])));
        settings.log(
          `  run ${run + 1}: ${entity}s, ${run % 2 === 0 ? 'plain insert first' : 'import first'}`,
        );
        const [plainRun, importRun] =
          run % 2 === 0
            ? [await plainSide(), await importSide()]
            : await importSide().then(async (i) => [await plainSide(), i] as const);
        const { result } = importRun;
        if (result.rejectedCount > 0)
          throw new Error(
            `the import refused ${entity} rows: ${JSON.stringify(result.rejected.slice(0, 3))}`,
          );
        times[entity].push(importRun.ms);
        base[entity].push(plainRun.ms);
        [ms, baseMs] = [ms + importRun.ms, baseMs + plainRun.ms];
        loaded[entity] = { imported: result.created + result.updated, inserted: plainRun.result };
      }
      times.total.push(ms);
      base.total.push(baseMs);
      if (run === settings.importRuns - 1) {
        settings.log('  verifying the live segments against a full evaluation');
        const verified = await timed(() => sides.engine.verify());
        [drift, verifyMs] = [verified.result, verified.ms];
      }
      await sides.close();
    }

    const rowsOf = (entity: ImportedEntity) => loaded[entity]?.imported ?? 0;
    const totalRows = imported.reduce((sum, entity) => sum + rowsOf(entity), 0);
    const figure = (name: string, rows: number, own: number[], baseline: number[]): Figure => ({
      name: `${name} (${rows.toLocaleString('en-US')} rows)`,
      stats: summarize(own),
      baseline: summarize(baseline),
      baselineLabel: 'the same CSV parsed, records.bulkInsert, no live segments',
      target,
      goal: { kind: 'ratio', max: 1.5 },
      note: `${Math.round(rows / (summarize(own).median / 1000))} rows/s imported, ${Math.round(rows / (summarize(baseline).median / 1000))} rows/s plain`,
    });
    const figures = [
      ...imported.map((entity) => figure(`${entity}s`, rowsOf(entity), times[entity], base[entity])),
      figure('contacts and interactions', totalRows, times.total, base.total),
    ];
    const facts: Record<string, string | number> = {
      'live segments': liveSegments,
      'rows per batch (one transaction each), both sides': batchSize,
      'CSV bytes': imported.map((e) => statSync(files[e]).size).reduce((a, b) => a + b, 0),
    };
    facts['verify: seconds'] = Math.round(verifyMs / 10) / 100;
    facts['verify: segments with drift'] = drift.length;
    return {
      id: 'import',
      title: `Import from CSV with ${liveSegments} live segments`,
      description: [
        `The dataset's contacts, then its interactions, are read from CSV files by importCsv (batches`,
        `of ${batchSize.toLocaleString('en-US')}, each one transaction that upserts by id and keeps`,
        `${liveSegments} mixed live segments right) into an empty database holding the accounts; the`,
        `baseline reads the same files with the same parser and header mapping and inserts the rows`,
        `with records.bulkInsert (batches of ${batchSize.toLocaleString('en-US')}, one transaction each)`,
        `into another, with no engine. ${settings.importRuns} run(s) on fresh databases, alternating`,
        `which side goes first, after an untimed warm-up of both on the first rows.`,
      ].join(' '),
      figures,
      facts,
      drift,
      loaded,
      problems: drift.map((d) => `drift in ${JSON.stringify(d)}`),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const importBench: Scenario = { id: 'import', run: importScenario };

/** Two fresh copies of the accounts-only database: one plain, one under an engine with the segments live. */
async function pair(
  open: (name: string, from?: string) => Promise<Store>,
  from: string,
  name: string,
  clock: Clock,
  seed: number,
) {
  const plain = await open(`${name}-plain.db`, from);
  const store = await open(`${name}-import.db`, from);
  const engine = await Engine.open(store, { clock });
  for (const segment of mixedSegments(liveSegments, seedFor(seed, 'import-segments'))) {
    await engine.createSegment(segment.definition, segment.id);
    await engine.goLive(segment.id);
  }
  return {
    plain,
    engine,
    /** Closes both and removes their files, so that a 1M-contact run keeps one pair on disk at a time. */
    async close() {
      await plain.close();
      await store.close();
      for (const side of ['plain', 'import'])
        for (const suffix of ['', '-wal', '-shm'])
          rmSync(join(dirname(from), `${name}-${side}.db${suffix}`), { force: true });
    },
  };
}
