import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContacts, idOf, startApi, type TestApi } from '../../src/api/api-test-kit.ts';
import { openStore, type Store, type StoreOptions } from '../../src/store/index.ts';
import type { TestBackend } from '../../src/store/test-backends.ts';
import { runCli } from '../cli/run-cli.ts';

/**
 * Issue 11, item 4: first names a spreadsheet would run as formulas (OWASP "CSV Injection") come out
 * of every member CSV neutralised, a single quote in front, through HTTP (`members.csv`) and the
 * command line (`segmint export`, `segmint segment members --format csv`), on SQLite and PostgreSQL;
 * numbers stay numbers; and the option to keep formulas writes them as they are.
 */

const formulas = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3', '\tx', '\rx'];

const pgUrl = process.env.SEGMINT_TEST_PG;

/** Where one backend's database lives, as the store opens it and as the command line finds it. */
interface Location {
  readonly label: string;
  readonly skip: boolean;
  setUp(): Promise<{ store: StoreOptions; cli: string[] }>;
  tearDown(): Promise<void>;
}

function sqliteLocation(): Location {
  let folder = '';
  return {
    label: 'on SQLite',
    skip: false,
    setUp() {
      folder = mkdtempSync(join(tmpdir(), 'segmint-csv-'));
      return Promise.resolve({
        store: { kind: 'sqlite', filename: join(folder, 'segmint.db') },
        cli: ['--data-dir', folder],
      });
    },
    tearDown() {
      if (folder !== '') rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

function postgresLocation(): Location {
  // A database of its own, so that the command line's `--pg` URL reaches the same tables.
  const database = `segmint_csv_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  let created = false;
  return {
    label: pgUrl
      ? 'on PostgreSQL'
      : 'on PostgreSQL (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)',
    skip: !pgUrl,
    async setUp() {
      await admin(`create database ${database}`);
      created = true;
      const url = new URL(pgUrl ?? '');
      url.pathname = `/${database}`;
      return { store: { kind: 'postgres', url: url.toString() }, cli: ['--pg', url.toString()] };
    },
    async tearDown() {
      if (created) await admin(`drop database if exists ${database} with (force)`);
    },
  };
}

/** A test backend over one given database, for `startApi`. */
function backendAt(label: string, options: StoreOptions): TestBackend {
  const stores: Store[] = [];
  return {
    name: options.kind,
    label,
    skip: false,
    freshOptions: () => options,
    async open(extra = {}) {
      const store = await openStore({ ...options, ...extra });
      stores.push(store);
      return store;
    },
    async cleanup() {
      await Promise.all(stores.splice(0).map((store) => store.close()));
    },
  };
}

/** A CSV's rows as records by column name. */
function records(csv: string): Record<string, string>[] {
  return parse<Record<string, string>>(csv, { columns: true });
}

for (const location of [sqliteLocation(), postgresLocation()]) {
  describe.skipIf(location.skip)(`spreadsheet formulas in member CSVs ${location.label}`, () => {
    let api: TestApi;
    let backend: TestBackend;
    let at: string[] = [];
    let segmentId = '';

    beforeAll(async () => {
      const { store, cli } = await location.setUp();
      at = cli;
      backend = backendAt(location.label, store);
      api = await startApi(backend);
      const ids = await createContacts(
        api,
        formulas.map((firstname) => ({
          firstname,
          lastname: 'Plain',
          // Numbers Segmint formats: a negative one is a number, not a formula.
          numberofchildren: -5,
          creditlimit: '-12.5',
        })),
      );
      const created = await api.call('POST', '/api/segments', { name: 'Everyone', type: 'static' });
      expect(created.status).toBe(201);
      segmentId = idOf(created);
      const live = await api.call('POST', `/api/segments/${segmentId}/go-live`);
      expect(live.status).toBe(200);
      const added = await api.call('POST', `/api/segments/${segmentId}/members`, {
        add: ids,
      });
      expect(added.status).toBe(200);
    });

    afterAll(async () => {
      await api.app.close();
      await backend.cleanup();
      await location.tearDown();
    });

    /** Each formula's first name as the CSV wrote it, and the numbers beside it. */
    function expectNeutralised(csv: string) {
      const rows = records(csv);
      expect(rows.map((row) => row.firstname).sort()).toEqual(formulas.map((f) => `'${f}`).sort());
      for (const row of rows) {
        expect(row.lastname).toBe('Plain');
        expect(row.numberofchildren).toBe('-5');
        expect(row.creditlimit).toBe('-12.5');
      }
      // No line of the file has a cell that begins a formula (a quoted cell's text included).
      expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
    }

    function expectKept(csv: string) {
      const rows = records(csv);
      expect(rows.map((row) => row.firstname).sort()).toEqual([...formulas].sort());
      expect(rows.every((row) => row.numberofchildren === '-5')).toBe(true);
    }

    it('neutralises them in GET members.csv, and keeps them with ?formulas=keep', async () => {
      const escaped = await api.call('GET', `/api/segments/${segmentId}/members.csv`);
      expect(escaped.status).toBe(200);
      expectNeutralised(escaped.body);
      expect(escaped.body).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
      expect(escaped.body).toContain(",'+cmd|' /C calc'!A0,");

      const explicit = await api.call('GET', `/api/segments/${segmentId}/members.csv?formulas=escape`);
      expect(explicit.body).toBe(escaped.body);

      const kept = await api.call('GET', `/api/segments/${segmentId}/members.csv?formulas=keep`);
      expect(kept.status).toBe(200);
      expectKept(kept.body);
      expect(kept.body).toContain(',@SUM(1+1),');

      const wrong = await api.call('GET', `/api/segments/${segmentId}/members.csv?formulas=yes`);
      expect(wrong.status).toBe(400);
    });

    it('documents the option in the OpenAPI document', async () => {
      const document = await api.call('GET', '/api/openapi.json');
      const paths = (
        document.json as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> }
      ).paths;
      const option = paths['/api/segments/{id}/members.csv']?.get?.parameters?.find(
        (p) => p.name === 'formulas',
      );
      expect(option).toMatchObject({ in: 'query', schema: { enum: ['escape', 'keep'], default: 'escape' } });
    });

    it('neutralises them in segmint export, to stdout and to a file, and keeps them with --keep-formulas', async () => {
      const toStdout = await runCli(['export', segmentId, ...at]);
      expect(toStdout.stderr).toBe('');
      expect(toStdout.code).toBe(0);
      expectNeutralised(toStdout.stdout);
      // The command line writes the very file the API streams.
      const http = await api.call('GET', `/api/segments/${segmentId}/members.csv`);
      expect(toStdout.stdout).toBe(http.body);

      const output = join(tmpdir(), `segmint-csv-${randomBytes(4).toString('hex')}.csv`);
      try {
        const toFile = await runCli(['export', segmentId, '--output', output, ...at]);
        expect(toFile.code).toBe(0);
        expectNeutralised(readFileSync(output, 'utf8'));
      } finally {
        rmSync(output, { force: true });
      }

      const kept = await runCli(['export', segmentId, '--keep-formulas', ...at]);
      expect(kept.code).toBe(0);
      expectKept(kept.stdout);
    });

    it('neutralises them in segmint segment members --format csv, and keeps them with --keep-formulas', async () => {
      const escaped = await runCli(['segment', 'members', segmentId, '--format', 'csv', ...at]);
      expect(escaped.stderr).toBe('');
      expect(escaped.code).toBe(0);
      expectNeutralised(escaped.stdout);

      const kept = await runCli([
        'segment',
        'members',
        segmentId,
        '--format',
        'csv',
        '--keep-formulas',
        ...at,
      ]);
      expect(kept.code).toBe(0);
      expectKept(kept.stdout);
    });
  });
}
