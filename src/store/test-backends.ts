import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from './open-store.ts';
import { quotePgIdentifier } from './backends/postgres/postgres-connection.ts';
import type { Store, StoreOptions } from './store.ts';

/**
 * The backends every store test runs on: SQLite always, PostgreSQL where `SEGMINT_TEST_PG` names a
 * server. Each hands out fresh, empty databases (an in-memory SQLite or a file in a temp folder; a new
 * PostgreSQL schema) and removes them all in `cleanup`.
 *
 * @example
 * for (const backend of testBackends()) {
 *   describe.skipIf(backend.skip)(backend.label, () => {
 *     afterAll(() => backend.cleanup());
 *     it('…', async () => { const store = await backend.open(); … });
 *   });
 * }
 */
export interface TestBackend {
  readonly name: 'sqlite' | 'postgres';
  /** A test name that says, when skipped, why. */
  readonly label: string;
  readonly skip: boolean;
  /** Options for a new empty database; `file` puts SQLite in a file so it can be reopened. */
  freshOptions(options?: { readonly file?: boolean }): StoreOptions;
  /** Opens a new empty database, closed again by `cleanup`. */
  open(options?: { readonly now?: () => Date }): Promise<Store>;
  /** Closes every store `open` opened and removes every database this backend made. */
  cleanup(): Promise<void>;
}

const pgUrl = process.env.SEGMINT_TEST_PG;

/** A backend of in-memory (or temporary-file) SQLite databases. */
export function sqliteBackend(): TestBackend {
  const folders: string[] = [];
  const stores: Store[] = [];
  const backend: TestBackend = {
    name: 'sqlite',
    label: 'on SQLite',
    skip: false,
    freshOptions({ file = false } = {}) {
      if (!file) return { kind: 'sqlite', filename: ':memory:' };
      const folder = mkdtempSync(join(tmpdir(), 'segmint-test-'));
      folders.push(folder);
      return { kind: 'sqlite', filename: join(folder, 'segmint.db') };
    },
    async open(options = {}) {
      const store = await openStore({ ...backend.freshOptions(), ...options });
      stores.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(stores.splice(0).map((store) => store.close()));
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    },
  };
  return backend;
}

function postgresBackend(url: string | undefined): TestBackend {
  const schemas: string[] = [];
  const stores: Store[] = [];
  const backend: TestBackend = {
    name: 'postgres',
    label: url
      ? 'on PostgreSQL'
      : 'on PostgreSQL (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)',
    skip: !url,
    freshOptions() {
      if (!url) throw new Error('SEGMINT_TEST_PG is not set');
      const pgSchema = `segmint_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
      schemas.push(pgSchema);
      return { kind: 'postgres', url, pgSchema };
    },
    async open(options = {}) {
      const store = await openStore({ ...backend.freshOptions(), ...options });
      stores.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(stores.splice(0).map((store) => store.close()));
      if (!url || schemas.length === 0) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const schema of schemas.splice(0))
          await client.query(`drop schema if exists ${quotePgIdentifier(schema)} cascade`);
      } finally {
        await client.end();
      }
    },
  };
  return backend;
}

/** A fresh pair of backends for one test file. */
export function testBackends(): TestBackend[] {
  return [sqliteBackend(), postgresBackend(pgUrl)];
}
