import { CompiledQuery } from 'kysely';
import { Engine, ManualClock } from '../../src/engine/index.ts';
import { startDuckdb, type DuckdbProcess } from '../duckdb/duckdb-process.ts';
import { duckdbSegmentSql } from '../duckdb/duckdb-segments.ts';
import type { PostgresDataset } from '../harness/postgres-dataset.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import { postgresFor } from '../harness/shared-postgres.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { summarize, timed } from '../harness/stats.ts';
import { representativeSegments, type BenchSegment } from '../segments.ts';
import { timeQueryAlone } from './query-alone.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';

/** The go-live scenario's result, with every disagreement on a member count (none, when all is right). */
export interface GoLiveScenarioResult extends ScenarioResult {
  /** Member counts by segment id: Segmint on SQLite, on PostgreSQL (when run) and DuckDB's rows. */
  readonly counts: Readonly<Record<string, { sqlite: number; postgres?: number; duckdb: number }>>;
  /** One line per segment whose counts differ, or whose DuckDB rows repeat an id. */
  readonly mismatches: readonly string[];
  /** Whether PostgreSQL ran (a server was named by `--pg` or SEGMINT_TEST_PG). */
  readonly postgres: boolean;
}

const duckdbLabel = 'DuckDB: the same question, members stored as a table';

/**
 * Go live (issue 5's scenario 1): for each representative segment, the time of the engine's go-live
 * (validate, evaluate over every contact, store the members, log a joined event each) on SQLite and, when
 * a server is named, on PostgreSQL over the same generated rows; beside it DuckDB answering the same
 * question over the same rows (loaded from the SQLite file into an in-memory DuckDB in a child process)
 * and storing the member ids as a table. The three run alternately, segment by segment and repeat by
 * repeat. Each segment goes live `goLiveRepeats` times: the extra copies are stopped and deleted, the
 * last stays live so that the segments that read it can go live after it. Every member count must equal
 * DuckDB's; a difference is reported in `mismatches`, never hidden.
 */
export async function goLiveScenario(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<GoLiveScenarioResult> {
  const clock = new ManualClock(dataset.now);
  const store = await dataset.open('go-live', () => clock.now());
  let postgres: PostgresDataset | undefined;
  let release = () => Promise.resolve();
  let duckdb: DuckdbProcess | undefined;
  const facts: Record<string, string | number> = {};
  try {
    const engine = await Engine.open(store, { clock });
    duckdb = await startDuckdb();
    const loaded = await duckdb.load(dataset.file);
    facts['DuckDB'] = `${duckdb.version}, in memory, ${duckdb.threads} threads, in a child process`;
    facts['DuckDB load from the SQLite file, s'] = round(loaded.ms / 1000);
    if (settings.pgUrl !== undefined) {
      const held = await postgresFor(dataset, { ...settings, pgUrl: settings.pgUrl }, () => clock.now());
      postgres = held.loaded;
      release = () => held.release();
      facts['PostgreSQL'] =
        `schema ${postgres.pgSchema} (${settings.pgSchema === undefined ? 'loaded by this run, dropped at its end' : 'loaded before, reused'})`;
      facts['PostgreSQL memory settings'] = await postgresMemory(postgres);
      if (postgres.loadSeconds > 0)
        facts['PostgreSQL load through records.bulkInsert (COPY), then vacuum analyze, s'] = Math.round(
          postgres.loadSeconds,
        );
    } else {
      facts['PostgreSQL'] = 'not run: no server named (set SEGMINT_TEST_PG or pass --pg URL)';
    }
    const pgEngine = postgres ? await Engine.open(postgres.store, { clock }) : undefined;
    const sqlOf = duckdbSegmentSql(dataset.now);
    const sqliteFigures: Figure[] = [];
    const pgFigures: Figure[] = [];
    const counts: Record<string, { sqlite: number; postgres?: number; duckdb: number }> = {};
    const mismatches: string[] = [];
    for (const segment of representativeSegments) {
      const sql = sqlOf[segment.id];
      if (sql === undefined) throw new Error(`no DuckDB SQL for ${segment.id}`);
      const times = { sqlite: [] as number[], postgres: [] as number[], duckdb: [] as number[] };
      const queryAlone: number[] = [];
      const count: { sqlite: number; postgres?: number; duckdb: number } = { sqlite: 0, duckdb: 0 };
      for (let repeat = settings.goLiveRepeats - 1; repeat >= 0; repeat--) {
        const sqlite = await goLiveOnce(engine, segment, repeat);
        times.sqlite.push(sqlite.ms);
        count.sqlite = sqlite.members;
        const duck = await duckdb.members(segment.id, sql);
        times.duckdb.push(duck.ms);
        count.duckdb = duck.count;
        if (duck.distinct !== duck.count)
          mismatches.push(
            `${segment.id}: DuckDB's rows repeat ids (${duck.count} rows, ${duck.distinct} ids)`,
          );
        const query = await timeQueryAlone(store, segment, clock.now());
        queryAlone.push(query.ms);
        if (query.members !== sqlite.members)
          mismatches.push(
            `${segment.id}: the query alone selects ${query.members}, go-live stored ${sqlite.members}`,
          );
        if (pgEngine) {
          const pg = await goLiveOnce(pgEngine, segment, repeat);
          times.postgres.push(pg.ms);
          count.postgres = pg.members;
        }
      }
      counts[segment.id] = count;
      const agree =
        count.sqlite === count.duckdb && (count.postgres === undefined || count.postgres === count.duckdb);
      if (!agree) mismatches.push(`${segment.id}: members ${JSON.stringify(count)}`);
      const note = `${count.sqlite} members${agree ? ', DuckDB agrees' : `; MISMATCH ${JSON.stringify(count)}`}`;
      const alone = summarize(queryAlone).median;
      const baseline = summarize(times.duckdb);
      sqliteFigures.push({
        name: segment.name,
        stats: summarize(times.sqlite),
        baseline,
        baselineLabel: duckdbLabel,
        target: 'SQLite within 2× DuckDB (issue 5)',
        goal: { kind: 'ratio', max: 2 },
        note: `${note}; its SQL alone ${fixed(alone)} ms (${fixed(alone / baseline.median)}× DuckDB)`,
      });
      if (pgEngine)
        pgFigures.push({
          name: `${segment.name}, on PostgreSQL`,
          stats: summarize(times.postgres),
          baseline: summarize(times.sqlite),
          baselineLabel: 'the same go-live on SQLite',
          target: 'PostgreSQL within 2× SQLite (issue 12)',
          goal: { kind: 'ratio', max: 2 },
          note: `${note}; ${fixed(summarize(times.postgres).median / baseline.median)}× DuckDB`,
        });
      settings.log(
        `  ${segment.id}: ${count.sqlite} members; SQLite ${ms(times.sqlite)}, ` +
          `${pgEngine ? `PostgreSQL ${ms(times.postgres)}, ` : ''}DuckDB ${ms(times.duckdb)}, ` +
          `SQLite query alone ${ms(queryAlone)}`,
      );
    }
    facts['segments timed'] = representativeSegments.length;
    facts['member counts that differ from DuckDB'] = mismatches.length === 0 ? 'none' : mismatches.join('; ');
    return {
      id: 'go-live',
      title: `Go live, on SQLite${postgres ? ' and PostgreSQL' : ''}, beside DuckDB`,
      description: [
        `Each representative segment goes live ${settings.goLiveRepeats} time(s) through the engine`,
        `on a loaded copy: validation, evaluation over every contact, member rows and a joined event`,
        `per member (logged in runs of up to 256 a row), one transaction (the first go-live of a`,
        `segment with a clock condition also`,
        `builds the index it needs). "Its SQL alone" is the segment's compiled SQLite query run by`,
        `itself, ids read into JavaScript, nothing stored: the evaluation part of the go-live.`,
        `The baseline is DuckDB answering the same question with`,
        `hand-written SQL (bench/duckdb/duckdb-segments.ts) over the same rows loaded into an`,
        `in-memory DuckDB, and storing the member ids as a table (CREATE TABLE … AS), timed in its`,
        `process; segments built from segments read those tables as Segmint reads stored members.`,
        `Engines alternate repeat by repeat.${postgres ? ' PostgreSQL: the same rows in a schema of their own on the local server.' : ''}`,
      ].join(' '),
      figures: [...sqliteFigures, ...pgFigures],
      facts,
      counts,
      mismatches,
      problems: mismatches,
      postgres: postgres !== undefined,
    };
  } finally {
    duckdb?.close();
    await store.close();
    // Shared, the PostgreSQL dataset stays for the scenarios after this one (run.ts drops it at the end).
    await release();
  }
}

export const goLive: Scenario = { id: 'go-live', run: goLiveScenario };

/** One go-live of `segment` (a copy of it when `repeat` > 0, stopped and deleted afterwards). */
async function goLiveOnce(engine: Engine, segment: BenchSegment, repeat: number) {
  // Copies go live first and are removed; the segment itself goes live last and stays for its readers.
  const id = repeat === 0 ? segment.id : `${segment.id}-copy-${repeat}`;
  await engine.createSegment(segment.definition, id);
  const { ms, result } = await timed(() => engine.goLive(id));
  if (repeat > 0) {
    await engine.stopSegment(id);
    await engine.deleteSegment(id);
  }
  return { ms, members: result.memberCount };
}

function ms(times: readonly number[]): string {
  return `${Math.round(summarize(times).median)} ms`;
}

function fixed(n: number): string {
  return n < 10 ? n.toFixed(2) : Math.round(n).toString();
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The server's `shared_buffers` and `work_mem`: whether a go-live reads the contacts from PostgreSQL's
 * own buffers or from the operating system's cache depends on the first (docs/SCALING.md).
 */
async function postgresMemory(postgres: PostgresDataset): Promise<string> {
  const { rows } = await postgres.store.db.executeQuery<{ shared: string; work: string }>(
    CompiledQuery.raw(
      "select current_setting('shared_buffers') as shared, current_setting('work_mem') as work",
    ),
  );
  const row = rows[0];
  return row ? `shared_buffers ${row.shared}, work_mem ${row.work}` : 'unknown';
}
