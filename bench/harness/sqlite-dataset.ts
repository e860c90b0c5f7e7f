import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset, sizeOf, type DatasetSize } from '../../src/demo-data/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

/** A generated dataset loaded into an SQLite file, which each scenario copies so they never interfere. */
export interface SqliteDataset {
  readonly size: DatasetSize;
  readonly seed: number;
  /** The moment the data leads up to: every scenario's clock starts here. */
  readonly now: Date;
  readonly loadSeconds: number;
  readonly bytes: number;
  /** The loaded database file every copy is made from; read it, never write it. */
  readonly file: string;
  /** A fresh copy of the loaded database, opened on a clock that reads `clock()`. */
  open(name: string, clock: () => Date): Promise<Store>;
  /** Removes the working folder and every copy. */
  cleanup(): void;
}

export interface DatasetRequest {
  readonly contacts: number;
  readonly seed: number;
  readonly now: Date;
  /** A folder that keeps loaded datasets between runs, keyed by size, seed and the code that made them. */
  readonly cacheDir?: string | undefined;
  readonly log?: (line: string) => void;
}

const benchRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Generates the dataset and loads it with `records.bulkInsert`, batch by batch, into an SQLite file
 * in a temp folder (or reuses the one in `cacheDir` that the same code made from the same request).
 */
export async function prepareSqliteDataset(request: DatasetRequest): Promise<SqliteDataset> {
  const log = request.log ?? (() => undefined);
  const size = sizeOf(request.contacts);
  const work = mkdtempSync(join(tmpdir(), 'segmint-bench-'));
  const cached =
    request.cacheDir === undefined ? undefined : join(request.cacheDir, `${cacheKey(request)}.db`);
  let template = cached ?? join(work, 'dataset.db');
  let loadSeconds = 0;
  if (cached !== undefined && existsSync(cached)) {
    log(`reusing the loaded dataset ${cached}`);
    // Opening it applies any migration added since it was loaded, once, in place.
    await (await openStore({ kind: 'sqlite', filename: cached, now: () => request.now })).close();
  } else {
    const loading = cached === undefined ? template : join(work, 'loading.db');
    const start = performance.now();
    await loadInto(loading, request, size, log);
    loadSeconds = (performance.now() - start) / 1000;
    if (cached !== undefined) {
      // Copied beside its final name, then renamed: a cache folder on another disk never holds half a file.
      mkdirSync(dirname(cached), { recursive: true });
      copyFileSync(loading, `${cached}.partial`);
      renameSync(`${cached}.partial`, cached);
      rmSync(loading);
    }
    template = cached ?? loading;
  }
  let copies = 0;
  return {
    size,
    seed: request.seed,
    now: request.now,
    loadSeconds,
    bytes: statSync(template).size,
    file: template,
    async open(name, clock) {
      const file = join(work, `${name}-${copies++}.db`);
      copyFileSync(template, file);
      return openStore({ kind: 'sqlite', filename: file, now: clock });
    },
    cleanup() {
      rmSync(work, { recursive: true, force: true });
    },
  };
}

async function loadInto(
  file: string,
  request: DatasetRequest,
  size: DatasetSize,
  log: (line: string) => void,
) {
  const store = await openStore({ kind: 'sqlite', filename: file, now: () => request.now });
  try {
    const loaded: Record<string, number> = {};
    let lastLog = performance.now();
    await generateDataset(
      { contacts: size.contacts, seed: request.seed, now: request.now },
      async (entity, rows) => {
        const result = await store.records.bulkInsert(entity, rows);
        const first = result.rejected[0];
        if (first)
          throw new Error(
            `the generator made a ${entity} the store rejects: ${JSON.stringify(first.problems)}`,
          );
        loaded[entity] = (loaded[entity] ?? 0) + result.inserted;
        if (performance.now() - lastLog > 10_000) {
          lastLog = performance.now();
          log(
            `  loading: ${Object.entries(loaded)
              .map(([e, n]) => `${n} ${e}`)
              .join(', ')}`,
          );
        }
      },
    );
  } finally {
    // Closing the last connection checkpoints the WAL into the file, so a plain copy is complete.
    await store.close();
  }
}

/**
 * The store's files that decide what a loaded dataset holds: its tables and the bulk insert. Member,
 * event and segment code and the migrations are left out so that working on them keeps the cache; a
 * reused dataset is brought up to the current migrations when it is opened.
 */
const loadingStoreFiles = [
  'bulk-insert.ts',
  'column-codec.ts',
  'computed-values.ts',
  'entity-ddl.ts',
  'record-id.ts',
  'record-input.ts',
  'tables.ts',
];

/** Size, seed, moment and a hash of the code that generates and stores the rows. */
function cacheKey(request: DatasetRequest): string {
  const hash = createHash('sha1');
  hash.update(JSON.stringify([request.contacts, request.seed, request.now.toISOString()]));
  for (const folder of ['../src/demo-data', '../src/schema']) {
    const path = join(benchRoot, folder);
    for (const name of readdirSync(path).sort()) {
      if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(readFileSync(join(path, name)));
    }
  }
  for (const name of loadingStoreFiles) hash.update(readFileSync(join(benchRoot, '../src/store', name)));
  return `dataset-${request.contacts}-${request.seed}-${hash.digest('hex').slice(0, 10)}`;
}
