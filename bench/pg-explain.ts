import { parseArgs } from 'node:util';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { compileMemberInsert, compileQuery } from '../src/compile/index.ts';
import { parseDefinition } from '../src/definition/index.ts';
import { parseSize } from '../src/demo-data/index.ts';
import { Engine, ManualClock } from '../src/engine/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { preparePostgresDataset } from './harness/postgres-dataset.ts';
import { representativeSegments } from './segments.ts';

/**
 * `npx tsx bench/pg-explain.ts --pg URL [--size medium] [--schema NAME] [--keep] [--insert]`
 *
 * Prints PostgreSQL's `EXPLAIN (ANALYZE, BUFFERS)` of every representative segment's go-live query
 * (bench/segments.ts) over the generated dataset, to see what the planner does with the SQL the
 * compiler writes. The dataset is loaded into a new schema (dropped afterwards unless `--keep`, which
 * prints its name), or an already loaded one is reused with `--schema`. Each segment goes live first
 * (segments built from segments read the stored members); `--insert` explains the member insert a
 * first go-live runs instead of the select alone, inside a transaction rolled back.
 */

const benchNow = new Date('2026-11-01T12:00:00.000Z');
const { values } = parseArgs({
  options: {
    pg: { type: 'string' },
    size: { type: 'string', default: 'medium' },
    schema: { type: 'string' },
    keep: { type: 'boolean', default: false },
    insert: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const url = values.pg ?? process.env.SEGMINT_TEST_PG;
if (url === undefined) throw new Error('name a PostgreSQL server with --pg URL or SEGMINT_TEST_PG');
const log = (line: string) => process.stderr.write(`${line}\n`);
const clock = new ManualClock(benchNow);

let store: Store;
let cleanup: () => Promise<unknown> = () => Promise.resolve();
if (values.schema !== undefined) {
  store = await openStore({ kind: 'postgres', url, pgSchema: values.schema, now: () => clock.now() });
} else {
  const dataset = await preparePostgresDataset({
    url,
    contacts: parseSize(values.size),
    seed: 1,
    now: benchNow,
    clock: () => clock.now(),
    log,
  });
  log(`loaded into schema ${dataset.pgSchema} in ${Math.round(dataset.loadSeconds)} s`);
  store = dataset.store;
  cleanup = values.keep ? () => store.close() : () => dataset.cleanup();
}

try {
  const engine = await Engine.open(store, { clock });
  for (const segment of representativeSegments) {
    const existing = await store.segments.get(segment.id);
    if (existing?.state === 'live') continue;
    if (!existing) await engine.createSegment(segment.definition, segment.id);
    const start = performance.now();
    const result = await engine.goLive(segment.id);
    log(
      `${segment.id}: live with ${result.memberCount} members in ${Math.round(performance.now() - start)} ms`,
    );
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (values.schema !== undefined || values.keep) {
      const schema = values.schema ?? (await schemaOf(store));
      await client.query(`set search_path to "${schema.replaceAll('"', '""')}"`);
    }
    for (const segment of representativeSegments) {
      if (values.only !== undefined && !values.only.split(',').includes(segment.id)) continue;
      const parsed = parseDefinition(segment.definition);
      if (!parsed.ok || !parsed.value.query) throw new Error(`${segment.id} does not parse`);
      const options = {
        schema: store.schema(),
        dialect: 'postgres' as const,
        now: benchNow,
        timeZone: parsed.value.timeZone,
      };
      const compiled: CompiledQuery = values.insert
        ? compileMemberInsert(parsed.value.query, options, `${segment.id}-explain`)
        : compileQuery(parsed.value.query, options);
      await client.query('begin');
      const { rows } = await client.query(`explain (analyze, buffers) ${compiled.sql}`, [
        ...compiled.parameters,
      ]);
      await client.query('rollback');
      process.stdout.write(`\n=== ${segment.id}: ${segment.name}\n${compiled.sql}\n`);
      process.stdout.write(`${rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n')}\n`);
    }
  } finally {
    await client.end();
  }
} finally {
  await cleanup();
}

async function schemaOf(opened: Store): Promise<string> {
  const { rows } = await opened.db.executeQuery<{ schema: string }>(
    CompiledQuery.raw('select current_schema() as schema'),
  );
  return rows[0]?.schema ?? 'public';
}
