import pg from 'pg';
import { generateDataset } from '../../src/demo-data/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { quotePgName as quotePgIdentifier } from '../../src/store/pg-copy.ts';

/** The generated dataset loaded into a PostgreSQL schema of its own, dropped again by `cleanup`. */
export interface PostgresDataset {
  readonly store: Store;
  /** The schema the bench made (`segmint_bench_…`). */
  readonly pgSchema: string;
  readonly loadSeconds: number;
  /** Closes the store and drops the schema with everything in it. */
  cleanup(): Promise<void>;
}

export interface PostgresDatasetRequest {
  readonly url: string;
  readonly contacts: number;
  readonly seed: number;
  readonly now: Date;
  readonly clock: () => Date;
  readonly log?: (line: string) => void;
}

/**
 * Loads the same generated rows as the SQLite dataset (same size, seed and moment, so the same ids and
 * values) into a new schema on the PostgreSQL server at `url`, through `records.bulkInsert` batch by
 * batch, and opens a store on it. The schema never clashes with another run's or a test's; it is
 * dropped on `cleanup`, and also when loading fails.
 */
export async function preparePostgresDataset(request: PostgresDatasetRequest): Promise<PostgresDataset> {
  const log = request.log ?? (() => undefined);
  const pgSchema = `segmint_bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const dropSchema = async () => {
    const client = new pg.Client({ connectionString: request.url });
    await client.connect();
    try {
      await client.query(`drop schema if exists ${quotePgIdentifier(pgSchema)} cascade`);
    } finally {
      await client.end();
    }
  };
  const start = performance.now();
  let store: Store | undefined;
  try {
    store = await openStore({ kind: 'postgres', url: request.url, pgSchema, now: request.clock });
    const opened = store;
    let lastLog = performance.now();
    const loaded: Record<string, number> = {};
    await generateDataset(
      { contacts: request.contacts, seed: request.seed, now: request.now },
      async (entity, rows) => {
        const result = await opened.records.bulkInsert(entity, rows);
        if (result.rejected.length > 0) throw new Error(`PostgreSQL refused a generated ${entity}`);
        loaded[entity] = (loaded[entity] ?? 0) + result.inserted;
        if (performance.now() - lastLog > 10_000) {
          lastLog = performance.now();
          log(`  loading PostgreSQL: ${JSON.stringify(loaded)}`);
        }
      },
    );
    await analyze(request.url, pgSchema);
  } catch (error) {
    await store?.close();
    await dropSchema();
    throw error;
  }
  const opened = store;
  return {
    store: opened,
    pgSchema,
    loadSeconds: (performance.now() - start) / 1000,
    async cleanup() {
      await opened.close();
      await dropSchema();
    },
  };
}

/**
 * Fresh planner statistics and visibility map after the bulk load (`vacuum analyze`), as an operator
 * runs after loading and as autovacuum does by itself soon after many inserts: without the visibility
 * map an index-only scan (of contact ids, say) must visit the table as well.
 */
async function analyze(url: string, pgSchema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`set search_path to ${quotePgIdentifier(pgSchema)}`);
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}
