import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { seedFor } from '../../src/demo-data/index.ts';
import { Engine, ManualClock, type Drift } from '../../src/engine/index.ts';
import { defaultImportBatchSize, importCsv } from '../../src/extensions/csv-import/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { quotePgName as quotePgIdentifier } from '../../src/store/pg-copy.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { summarize, timed } from '../harness/stats.ts';
import { mixedSegments } from '../segments.ts';
import { writeCsvFiles } from './import-files.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';

/** The PostgreSQL import scenario's result, with what `verify` found afterwards. */
export interface PostgresImportResult extends ScenarioResult {
  readonly drift: readonly Drift[];
}

const liveSegments = 10;
const target = 'within 1.5× a plain COPY of the same rows (issue 12)';

/**
 * Import on PostgreSQL (issue 12): the dataset's contacts are written to a CSV file, then loaded into
 * fresh schemas that hold the same accounts, through `importCsv` (what `segmint import` runs: batches
 * of 1,000 rows, each one transaction that upserts by id, loads the new rows with COPY and keeps the
 * live segments right), once with 10 mixed segments live and once with none. The baseline is a plain
 * COPY of the very rows the import stored (copied out of its table as COPY text, untimed) into a third
 * schema's empty table, in one statement and one transaction: PostgreSQL's own bulk load, with no
 * parsing, checking or segment upkeep. Each run uses fresh schemas; the sides alternate which goes
 * first.
 */
export async function postgresImport(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<PostgresImportResult> {
  const title = `Import on PostgreSQL by COPY, with ${liveSegments} live segments and without`;
  if (settings.pgUrl === undefined)
    return {
      id: 'pg-import',
      title,
      description: 'Not run: no PostgreSQL server named (set SEGMINT_TEST_PG or pass --pg URL).',
      figures: [],
      facts: {},
      drift: [],
    };
  const url = settings.pgUrl;
  const work = mkdtempSync(join(tmpdir(), 'segmint-bench-pg-import-'));
  const clock = new ManualClock(dataset.now);
  const schemas: string[] = [];
  const stores: Store[] = [];
  const open = async (name: string) => {
    const pgSchema = `segmint_bench_${name}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
    schemas.push(pgSchema);
    const store = await openStore({ kind: 'postgres', url, pgSchema, now: () => clock.now() });
    stores.push(store);
    return { store, pgSchema };
  };
  try {
    const times = { live: [] as number[], bare: [] as number[], copy: [] as number[] };
    let drift: readonly Drift[] = [];
    let rows = 0;
    let csvBytes = 0;
    for (let run = 0; run < settings.importRuns; run++) {
      const plain = await open('copy');
      const bare = await open('bare');
      const live = await open('live');
      settings.log(`  run ${run + 1}: writing the contacts as CSV, the accounts into three schemas`);
      const folder = mkdtempSync(join(work, `run-${run}-`));
      const files = await writeCsvFiles(
        folder,
        { contacts: dataset.size.contacts, seed: dataset.seed, now: dataset.now },
        plain.store,
        bare.store,
        live.store,
      );
      csvBytes = statSync(files.contact).size;
      const bareEngine = await Engine.open(bare.store, { clock });
      const liveEngine = await Engine.open(live.store, { clock });
      for (const segment of mixedSegments(liveSegments, seedFor(settings.seed, 'import-segments'))) {
        await liveEngine.createSegment(segment.definition, segment.id);
        await liveEngine.goLive(segment.id);
      }
      await vacuumAnalyze(url, [plain.pgSchema, bare.pgSchema, live.pgSchema]);
      const importInto = async (engine: Engine, label: string) => {
        settings.log(`  run ${run + 1}: importing contacts ${label}`);
        const { ms, result } = await timed(() =>
          importCsv(engine, 'contact', createReadStream(files.contact)),
        );
        if (result.rejectedCount > 0)
          throw new Error(`the import refused rows: ${JSON.stringify(result.rejected.slice(0, 3))}`);
        rows = result.created + result.updated;
        return ms;
      };
      const copyText = join(folder, 'contacts.copy');
      const plainCopy = async () => {
        settings.log(`  run ${run + 1}: a plain COPY of the same rows`);
        return copyFile(url, plain.pgSchema, copyText);
      };
      if (run % 2 === 0) {
        times.live.push(await importInto(liveEngine, `with ${liveSegments} live segments`));
        await copyOut(url, live.pgSchema, copyText);
        times.copy.push(await plainCopy());
        times.bare.push(await importInto(bareEngine, 'with no live segment'));
      } else {
        times.bare.push(await importInto(bareEngine, 'with no live segment'));
        await copyOut(url, bare.pgSchema, copyText);
        times.copy.push(await plainCopy());
        times.live.push(await importInto(liveEngine, `with ${liveSegments} live segments`));
      }
      if (run === settings.importRuns - 1) {
        settings.log('  verifying the live segments against a full evaluation');
        drift = await liveEngine.verify();
      }
      for (const store of stores.splice(0)) await store.close();
      await dropSchemas(url, schemas.splice(0));
      rmSync(folder, { recursive: true, force: true });
    }
    const copyStats = summarize(times.copy);
    const rate = (ms: number) => `${Math.round(rows / (ms / 1000))} rows/s`;
    const figure = (name: string, own: number[]): Figure => ({
      name: `contacts (${rows.toLocaleString('en-US')} rows), ${name}`,
      stats: summarize(own),
      baseline: copyStats,
      baselineLabel: 'a plain COPY of the same rows, one statement',
      target,
      goal: { kind: 'ratio', max: 1.5 },
      note: `${rate(summarize(own).median)} imported, ${rate(copyStats.median)} by the plain COPY`,
    });
    return {
      id: 'pg-import',
      title,
      description: [
        `The dataset's contacts are read from a CSV file (${Math.round(csvBytes / 2 ** 20)} MiB) by importCsv`,
        `(batches of ${defaultImportBatchSize.toLocaleString('en-US')}, each one transaction that upserts`,
        `by id, loads the new rows with one COPY and keeps the live segments right) into a fresh`,
        `PostgreSQL schema holding the accounts, with ${liveSegments} mixed segments live and with none;`,
        `the baseline is a plain COPY (one statement, one transaction) of the very rows the import stored,`,
        `into an empty table of a third schema. ${settings.importRuns} run(s) on fresh schemas.`,
      ].join(' '),
      figures: [
        figure(`with ${liveSegments} live segments`, times.live),
        figure('with no live segment', times.bare),
      ],
      facts: {
        'live segments': liveSegments,
        'rows per batch (one transaction each)': defaultImportBatchSize,
        'verify: segments with drift': drift.length,
      },
      drift,
      problems: drift.map((d) => `drift in ${JSON.stringify(d)}`),
    };
  } finally {
    for (const store of stores) await store.close();
    await dropSchemas(url, schemas);
    rmSync(work, { recursive: true, force: true });
  }
}

export const postgresImportScenario: Scenario = { id: 'pg-import', run: postgresImport };

async function withClient<T>(
  url: string,
  pgSchema: string | undefined,
  fn: (client: pg.Client) => Promise<T>,
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (pgSchema !== undefined) await client.query(`set search_path to ${quotePgIdentifier(pgSchema)}`);
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The contact table of `pgSchema` as COPY text in `file`. */
function copyOut(url: string, pgSchema: string, file: string): Promise<void> {
  return withClient(url, pgSchema, (client) =>
    pipeline(client.query(copyTo('copy contact to stdout')), createWriteStream(file)),
  );
}

/** `file` (COPY text) into the contact table of `pgSchema`, in one transaction; its time in ms. */
function copyFile(url: string, pgSchema: string, file: string): Promise<number> {
  return withClient(url, pgSchema, async (client) => {
    const start = performance.now();
    await client.query('begin');
    await pipeline(createReadStream(file), client.query(copyFrom('copy contact from stdin')));
    await client.query('commit');
    return performance.now() - start;
  });
}

async function vacuumAnalyze(url: string, pgSchemas: readonly string[]): Promise<void> {
  for (const pgSchema of pgSchemas)
    await withClient(url, pgSchema, (client) => client.query('vacuum analyze'));
}

async function dropSchemas(url: string, pgSchemas: readonly string[]): Promise<void> {
  if (pgSchemas.length === 0) return;
  await withClient(url, undefined, async (client) => {
    for (const pgSchema of pgSchemas)
      await client.query(`drop schema if exists ${quotePgIdentifier(pgSchema)} cascade`);
  });
}
