import { appendFileSync, createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvLine } from '../../src/api/csv.ts';
import { Engine, importCsv, ManualClock, type Drift } from '../../src/engine/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { generateDataset, seedFor, type GeneratedEntity } from '../generator/index.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { summarize, timed } from '../harness/stats.ts';
import { mixedSegments } from '../segments.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';

/** The import scenario's result, with what `verify` found afterwards (nothing, when all is right). */
export interface ImportScenarioResult extends ScenarioResult {
  readonly drift: readonly Drift[];
  /** Rows each side loaded, by entity. */
  readonly loaded: Readonly<Record<string, { readonly imported: number; readonly inserted: number }>>;
}

type Row = Readonly<Record<string, unknown>>;
const imported = ['contact', 'interaction'] as const;
const liveSegments = 10;

/**
 * Import (issue 5's scenario 4): the dataset's contacts and interactions are written to CSV files,
 * then loaded twice into empty SQLite databases that hold the same accounts: through `importCsv` (what
 * `segmint import` runs) with 10 mixed segments live, and as a plain `records.bulkInsert` of the same
 * rows with no engine (the baseline, fed straight from the generator so that only the inserts count).
 */
export async function importScenario(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<ImportScenarioResult> {
  const work = mkdtempSync(join(tmpdir(), 'segmint-bench-import-'));
  const clock = new ManualClock(dataset.now);
  const now = () => clock.now();
  const options = { contacts: dataset.size.contacts, seed: dataset.seed, now: dataset.now };
  const plain = await openStore({ kind: 'sqlite', filename: join(work, 'plain.db'), now });
  const target = await openStore({ kind: 'sqlite', filename: join(work, 'import.db'), now });
  try {
    settings.log('  writing the contacts and interactions as CSV');
    const files = await writeCsvFiles(work, options, plain, target);

    settings.log('  plain bulk insert, no live segments');
    const baseline: Record<string, number> = { contact: 0, interaction: 0 };
    const inserted: Record<string, number> = { contact: 0, interaction: 0 };
    await generateDataset(options, async (entity, rows) => {
      if (!isImported(entity)) return;
      const { ms, result } = await timed(() => plain.records.bulkInsert(entity, rows));
      if (result.rejected.length > 0) throw new Error(`the plain insert refused a ${entity} row`);
      baseline[entity] = (baseline[entity] ?? 0) + ms;
      inserted[entity] = (inserted[entity] ?? 0) + result.inserted;
    });

    settings.log(`  importing through the engine with ${liveSegments} live segments`);
    const engine = await Engine.open(target, { clock });
    for (const segment of mixedSegments(liveSegments, seedFor(settings.seed, 'import-segments'))) {
      await engine.createSegment(segment.definition, segment.id);
      await engine.goLive(segment.id);
    }
    const times: Record<string, number> = {};
    const loaded: Record<string, { imported: number; inserted: number }> = {};
    for (const entity of imported) {
      const { ms, result } = await timed(() => importCsv(engine, entity, createReadStream(files[entity])));
      if (result.rejectedCount > 0)
        throw new Error(`the import refused ${entity} rows: ${JSON.stringify(result.rejected.slice(0, 3))}`);
      times[entity] = ms;
      loaded[entity] = { imported: result.created + result.updated, inserted: inserted[entity] ?? 0 };
    }
    settings.log('  verifying the live segments against a full evaluation');
    const verified = await timed(() => engine.verify());

    const figures: Figure[] = [];
    const facts: Record<string, string | number> = {
      'live segments': liveSegments,
      'CSV bytes': imported.map((e) => statSync(files[e]).size).reduce((a, b) => a + b, 0),
    };
    const add = (name: string, rows: number, ms: number, baseMs: number) => {
      figures.push({
        name: `${name} (${rows} rows)`,
        stats: summarize([ms]),
        baseline: summarize([baseMs]),
        baselineLabel: 'records.bulkInsert, no live segments',
        target: 'within 1.5× of the plain insert (issue 5)',
      });
      facts[`${name}: import rows/s`] = Math.round(rows / (ms / 1000));
      facts[`${name}: plain insert rows/s`] = Math.round(rows / (baseMs / 1000));
    };
    let rows = 0;
    let ms = 0;
    let baseMs = 0;
    for (const entity of imported) {
      const n = loaded[entity]?.imported ?? 0;
      add(`${entity}s`, n, times[entity] ?? 0, baseline[entity] ?? 0);
      rows += n;
      ms += times[entity] ?? 0;
      baseMs += baseline[entity] ?? 0;
    }
    add('contacts and interactions', rows, ms, baseMs);
    facts['verify: seconds'] = Math.round(verified.ms / 10) / 100;
    facts['verify: segments with drift'] = verified.result.length;
    return {
      id: 'import',
      title: `Import from CSV with ${liveSegments} live segments`,
      description: [
        `The dataset's contacts, then its interactions, are read from CSV files by importCsv`,
        `(batches of 1,000, each one transaction that keeps ${liveSegments} mixed live segments`,
        `right) into an empty database holding the accounts; the baseline inserts the same rows`,
        `with records.bulkInsert (batches of 5,000) into another, with no engine. One sample each.`,
      ].join(' '),
      figures,
      facts,
      drift: verified.result,
      loaded,
    };
  } finally {
    await plain.close();
    await target.close();
    rmSync(work, { recursive: true, force: true });
  }
}

export const importBench: Scenario = { id: 'import', run: importScenario };

function isImported(entity: GeneratedEntity): entity is (typeof imported)[number] {
  return (imported as readonly string[]).includes(entity);
}

/**
 * Generates the dataset once: accounts go into both databases (untimed), contacts and interactions to
 * one CSV file each, with a header of the logical names the first batch uses.
 */
async function writeCsvFiles(
  work: string,
  options: { contacts: number; seed: number; now: Date },
  ...stores: Store[]
): Promise<Record<(typeof imported)[number], string>> {
  const files = { contact: join(work, 'contacts.csv'), interaction: join(work, 'interactions.csv') };
  const columns = new Map<string, string[]>();
  await generateDataset(options, async (entity, rows: readonly Row[]) => {
    if (entity === 'account') {
      for (const store of stores) {
        const result = await store.records.bulkInsert(entity, rows);
        if (result.rejected.length > 0) throw new Error('an account was refused');
      }
      return;
    }
    if (!isImported(entity)) return;
    let header = columns.get(entity);
    if (!header) {
      header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
      columns.set(entity, header);
      appendFileSync(files[entity], csvLine(header));
    }
    const known = new Set(header);
    const lines: string[] = [];
    for (const row of rows) {
      const extra = Object.keys(row).find((key) => !known.has(key));
      if (extra !== undefined) throw new Error(`${entity}.${extra} is not in the first batch's header`);
      lines.push(csvLine(header.map((c) => row[c])));
    }
    appendFileSync(files[entity], lines.join(''));
  });
  return files;
}
