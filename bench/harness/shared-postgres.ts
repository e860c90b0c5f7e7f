import { Engine } from '../../src/engine/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { preparePostgresDataset, type PostgresDataset } from './postgres-dataset.ts';
import type { SqliteDataset } from './sqlite-dataset.ts';

/**
 * The generated dataset on PostgreSQL, loaded once per bench run and shared by the scenarios that read
 * it (go-live, then the writes, which change it), dropped by `closeSharedPostgres` at the end. With
 * `pgSchema` (`--pg-schema`), a schema an earlier run or `bench/pg-explain.ts --keep` loaded with the
 * same size and seed is used as it is and kept: it must not have been written to since it was loaded,
 * or member counts will differ from DuckDB's. Segments left in it are deleted first.
 */

/** The moment the stores of the shared dataset read as now; each scenario points it at its clock. */
let currentNow: () => Date = () => new Date();
let shared: Promise<PostgresDataset> | undefined;

/** What a scenario gets: the dataset, with the store's clock set to `now`. */
export async function sharedPostgresDataset(
  dataset: SqliteDataset,
  request: {
    readonly url: string;
    readonly pgSchema?: string | undefined;
    readonly log: (line: string) => void;
  },
  now: () => Date,
): Promise<PostgresDataset> {
  currentNow = now;
  shared ??= load(dataset, request);
  return shared;
}

/**
 * The PostgreSQL dataset for one scenario: the shared one when `settings.sharePostgres` (left for the
 * next scenario), or one of its own that `release` drops.
 */
export async function postgresFor(
  dataset: SqliteDataset,
  settings: {
    readonly pgUrl: string;
    readonly pgSchema?: string | undefined;
    readonly sharePostgres?: boolean | undefined;
    readonly log: (line: string) => void;
  },
  now: () => Date,
): Promise<{ readonly loaded: PostgresDataset; release(): Promise<void> }> {
  const request = { url: settings.pgUrl, pgSchema: settings.pgSchema, log: settings.log };
  if (settings.sharePostgres === true)
    return { loaded: await sharedPostgresDataset(dataset, request, now), release: () => Promise.resolve() };
  currentNow = now;
  const loaded = await load(dataset, request);
  return { loaded, release: () => loaded.cleanup() };
}

/** Opens another store on the shared dataset's schema (a second engine, as a second process would). */
export function openSharedStore(url: string, loaded: PostgresDataset): Promise<Store> {
  return openStore({ kind: 'postgres', url, pgSchema: loaded.pgSchema, now: () => currentNow() });
}

/** Drops the shared dataset (unless it was an existing schema) and forgets it. */
export async function closeSharedPostgres(): Promise<void> {
  const loaded = shared;
  shared = undefined;
  if (loaded) await (await loaded).cleanup();
}

async function load(
  dataset: SqliteDataset,
  request: {
    readonly url: string;
    readonly pgSchema?: string | undefined;
    readonly log: (line: string) => void;
  },
): Promise<PostgresDataset> {
  if (request.pgSchema === undefined) {
    request.log('  loading the same rows into PostgreSQL');
    return preparePostgresDataset({
      url: request.url,
      contacts: dataset.size.contacts,
      seed: dataset.seed,
      now: dataset.now,
      clock: () => currentNow(),
      log: request.log,
    });
  }
  const pgSchema = request.pgSchema;
  request.log(`  using the loaded PostgreSQL schema ${pgSchema}`);
  const store = await openStore({ kind: 'postgres', url: request.url, pgSchema, now: () => currentNow() });
  await deleteEverySegment(store);
  return { store, pgSchema, loadSeconds: 0, cleanup: () => store.close() };
}

/**
 * Stops and deletes every segment: newest first, and again for those still read by another (a segment
 * cannot be stopped while a live one reads it) until none is left.
 */
export async function deleteEverySegment(store: Store): Promise<void> {
  const engine = await Engine.open(store, { clock: { now: () => currentNow() } });
  let left = (await store.segments.list()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  while (left.length > 0) {
    const failed: typeof left = [];
    for (const segment of left) {
      try {
        if ((await store.segments.get(segment.id))?.state === 'live') await engine.stopSegment(segment.id);
        await engine.deleteSegment(segment.id);
      } catch {
        failed.push(segment);
      }
    }
    if (failed.length === left.length)
      throw new Error(`cannot delete segments ${failed.map((s) => s.id).join(', ')}`);
    left = failed;
  }
}
