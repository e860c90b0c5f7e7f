import { compileQuery } from '../../src/compile/index.ts';
import { parseDefinition, type Query } from '../../src/definition/index.ts';
import { defaultWorkLimit, evaluateColumnar, type ColumnarImage } from '../../src/evaluate/columnar/index.ts';
import { Engine, ManualClock } from '../../src/engine/index.ts';
import type { Store } from '../../src/store/index.ts';
import { startDuckdb, type DuckdbProcess } from '../duckdb/duckdb-process.ts';
import { duckdbSegmentSql } from '../duckdb/duckdb-segments.ts';
import { loadImage } from '../harness/columnar-load.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { summarize } from '../harness/stats.ts';
import { representativeSegments, type BenchSegment } from '../segments.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';

/** The columnar scenario's result, with every member set that differs between the image, SQLite and DuckDB. */
export interface ColumnarScenarioResult extends ScenarioResult {
  /** Members by segment id: the image's, SQLite's (its compiled query alone) and DuckDB's count. */
  readonly counts: Readonly<Record<string, { image: number; sqlite: number; duckdb: number }>>;
  readonly mismatches: readonly string[];
}

/**
 * The columnar image (issue 16): built from every record of the loaded SQLite copy, then for each
 * representative segment its evaluation over the image timed beside the segment's compiled SQLite query
 * alone (ids read into JavaScript) and DuckDB answering the same question. The image's member ids must
 * equal SQLite's, and their number DuckDB's. Segment blocks read the stored members of the segments
 * before them: taken live through the engine (untimed) for SQLite, the image's own results for the image.
 */
export async function columnarScenario(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<ColumnarScenarioResult> {
  const clock = new ManualClock(dataset.now);
  const store = await dataset.open('columnar', () => clock.now());
  let duckdb: DuckdbProcess | undefined;
  try {
    const engine = await Engine.open(store, { clock });
    const loaded = await loadImage(store);
    const contacts = dataset.size.contacts;
    duckdb = await startDuckdb();
    await duckdb.load(dataset.file);
    const sqlOf = duckdbSegmentSql(dataset.now);
    const imageMembers = new Map<string, readonly string[]>();
    const figures: Figure[] = [];
    const counts: Record<string, { image: number; sqlite: number; duckdb: number }> = {};
    const mismatches: string[] = [];
    for (const segment of representativeSegments) {
      const sql = sqlOf[segment.id];
      if (sql === undefined) throw new Error(`no DuckDB SQL for ${segment.id}`);
      const { query, timeZone } = parsed(segment);
      await engine.createSegment(segment.definition, segment.id);
      await engine.goLive(segment.id);
      const times = { image: [] as number[], sqlite: [] as number[], duckdb: [] as number[] };
      let imageIds: readonly string[] = [];
      let work = 0;
      let sqliteIds: readonly string[] = [];
      let duckCount = 0;
      // Repeat -1 warms every side up, untimed: compiled kernels, SQLite's and DuckDB's caches.
      for (let repeat = -1; repeat < settings.goLiveRepeats; repeat++) {
        const timed = <T>(list: T[], value: T) => repeat >= 0 && list.push(value);
        const start = performance.now();
        ({ ids: imageIds, work } = evaluateOnImage(loaded.image, query, timeZone, clock.now(), imageMembers));
        timed(times.image, performance.now() - start);
        const alone = await sqlAlone(store, query, timeZone, clock.now());
        timed(times.sqlite, alone.ms);
        sqliteIds = alone.ids;
        const duck = await duckdb.members(segment.id, sql);
        timed(times.duckdb, duck.ms);
        duckCount = duck.count;
      }
      imageMembers.set(segment.id, imageIds);
      counts[segment.id] = { image: imageIds.length, sqlite: sqliteIds.length, duckdb: duckCount };
      const difference = differ(imageIds, sqliteIds);
      if (difference) mismatches.push(`${segment.id}: the image and SQLite differ (${difference})`);
      if (duckCount !== imageIds.length)
        mismatches.push(`${segment.id}: the image selects ${imageIds.length}, DuckDB ${duckCount}`);
      const image = summarize(times.image).median;
      const sqlite = summarize(times.sqlite).median;
      const duck = summarize(times.duckdb).median;
      figures.push({
        name: segment.name,
        stats: summarize(times.image),
        baseline: summarize(times.duckdb),
        baselineLabel: 'DuckDB: the same question, members stored as a table',
        target: 'within 2× DuckDB (issue 16)',
        goal: { kind: 'ratio', max: 2 },
        note: `${imageIds.length} members, ${difference ? 'MISMATCH' : 'SQLite and DuckDB agree'}; SQLite query alone ${fixed(sqlite)} ms (${fixed(sqlite / image)}× the image's time); ${workNote(work, image)}`,
      });
      settings.log(
        `  ${segment.id}: ${imageIds.length} members; image ${fixed(image)} ms (${workNote(work, image)}), SQLite query alone ${fixed(sqlite)} ms, DuckDB ${fixed(duck)} ms`,
      );
    }
    // The same segments estimated through an engine that keeps a columnar view (`EngineOptions.columnar`):
    // what `POST /api/segments/estimate` answers, beside the estimate by SQL and DuckDB's time above.
    settings.log("  building the engine's columnar view");
    const viewed = await Engine.open(store, { clock, columnar: true });
    const buildStart = performance.now();
    await viewed.columnar?.ready();
    const viewBuildMs = performance.now() - buildStart;
    for (const segment of representativeSegments) {
      const query = (segment.definition as { readonly query: unknown }).query;
      const timeZone = parsed(segment).timeZone;
      const times = { view: [] as number[], sql: [] as number[] };
      let viewCount = 0;
      let sqlCount = 0;
      for (let repeat = -1; repeat < settings.goLiveRepeats; repeat++) {
        const timed = <T>(list: T[], value: T) => repeat >= 0 && list.push(value);
        let start = performance.now();
        viewCount = await viewed.estimateQuery(query, timeZone);
        timed(times.view, performance.now() - start);
        start = performance.now();
        sqlCount = await engine.estimateQuery(query, timeZone);
        timed(times.sql, performance.now() - start);
      }
      // The members themselves compared once, untimed.
      const viewIds = [...(await viewed.evaluateQuery(query, timeZone))];
      const difference = differ(viewIds, [...(await engine.evaluateQuery(query, timeZone))]);
      if (difference || viewCount !== sqlCount || viewCount !== viewIds.length)
        mismatches.push(
          `${segment.id}: the estimate from the image and by SQL differ (${difference ?? `${viewCount} against ${sqlCount}`})`,
        );
      const duck = figures.find((f) => f.name === segment.name)?.baseline;
      const view = summarize(times.view).median;
      const sql = summarize(times.sql).median;
      figures.push({
        name: `estimate: ${segment.name}`,
        stats: summarize(times.view),
        ...(duck ? { baseline: duck } : {}),
        baselineLabel: 'DuckDB: the same question, members stored as a table',
        target: 'within 2× DuckDB (issue 16)',
        goal: { kind: 'ratio', max: 2 },
        note: `Engine.estimateQuery (POST /api/segments/estimate) with its columnar view; by SQL (reader process) ${fixed(sql)} ms (${fixed(sql / view)}× the view's time)`,
      });
      settings.log(`  estimate ${segment.id}: view ${fixed(view)} ms, SQL ${fixed(sql)} ms`);
    }
    // Go-live through the view: the evaluation and the members stored with their join events, in one
    // transaction. A copy of each segment goes live and is stopped and deleted, so every go-live is a
    // first one; the answered count shows the image (not SQL) decided them.
    const answeredBefore = viewed.columnar?.counts.answered ?? 0;
    for (const segment of representativeSegments) {
      const times: number[] = [];
      let members = 0;
      for (let repeat = -1; repeat < settings.goLiveRepeats; repeat++) {
        const id = `${segment.id}-view-copy-${repeat + 1}`;
        await viewed.createSegment(segment.definition, id);
        const start = performance.now();
        members = (await viewed.goLive(id)).memberCount;
        if (repeat >= 0) times.push(performance.now() - start);
        await viewed.stopSegment(id);
        await viewed.deleteSegment(id);
      }
      if (members !== counts[segment.id]?.sqlite)
        mismatches.push(`${segment.id}: went live through the view with ${members} members`);
      const duck = figures.find((f) => f.name === segment.name)?.baseline;
      const median = summarize(times).median;
      figures.push({
        name: `go live through the view: ${segment.name}`,
        stats: summarize(times),
        ...(duck ? { baseline: duck } : {}),
        baselineLabel: 'DuckDB: the same question, members stored as a table',
        target: 'within 2× DuckDB (issue 16)',
        goal: { kind: 'ratio', max: 2 },
        note: `Engine.goLive with its columnar view: ${members} members stored with a join event each, in runs (${fixed((median * 1000) / Math.max(1, members))} µs a member, evaluation included)`,
      });
      settings.log(`  go live ${segment.id} through the view: ${fixed(median)} ms, ${members} members`);
    }
    const goLivesAnswered = (viewed.columnar?.counts.answered ?? 0) - answeredBefore;
    const viewCounts = viewed.columnar?.counts;
    await viewed.stop();
    return {
      id: 'columnar',
      title: 'The columnar image beside the compiled SQLite query and DuckDB',
      description: [
        'Every record of the loaded SQLite copy is read through the store (pages of 10,000 by id, each',
        'added to the columns and dropped) into the columnar image (src/evaluate/columnar/). Each representative segment is then',
        `evaluated over the image ${settings.goLiveRepeats} time(s) after one untimed warm-up run of every side, beside its compiled SQLite query`,
        'alone (ids read into JavaScript, nothing stored) and DuckDB storing the same members as a table',
        '(bench/duckdb/). The image runs in this process on one thread; DuckDB in a child process on',
        'all its threads. The image must select exactly the ids SQLite selects. Then an engine opened with',
        'its columnar view (`columnar: true`) builds its own image and estimates each segment',
        '(`Engine.estimateQuery`, what POST /api/segments/estimate runs), beside the estimate by SQL;',
        'then a copy of each goes live through it (`Engine.goLive`: the evaluation, and the members',
        'stored with a join event each, logged in runs), once untimed and then timed, each copy stopped',
        'and deleted after.',
      ].join(' '),
      figures,
      facts: {
        'records read from SQLite a page at a time and added to the image, s': round(loaded.loadMs / 1000),
        'image arrays, bytes per contact': Math.round(loaded.image.bytes() / contacts),
        'memory the image keeps (V8 heap and buffers after a collection), bytes per contact': Math.round(
          loaded.retainedBytes / contacts,
        ),
        'memory the image keeps, MiB per million contacts': Math.round(
          ((loaded.retainedBytes / contacts) * 1e6) / 2 ** 20,
        ),
        "the engine's columnar view: build at open, s": round(viewBuildMs / 1000),
        "the engine's columnar view: estimates and go-lives answered / declined": `${viewCounts?.answered ?? 0} / ${viewCounts?.declined ?? 0}`,
        "the engine's columnar view: go-lives it answered": `${goLivesAnswered} of ${representativeSegments.length * (settings.goLiveRepeats + 1)}`,
        'member sets that differ': mismatches.length === 0 ? 'none' : mismatches.join('; '),
      },
      counts,
      mismatches,
      problems: mismatches,
    };
  } finally {
    duckdb?.close();
    await store.close();
  }
}

export const columnar: Scenario = { id: 'columnar', run: columnarScenario };

function parsed(segment: BenchSegment): { query: Query; timeZone: string } {
  const result = parseDefinition(segment.definition);
  if (!result.ok || !result.value.query) throw new Error(`${segment.id} does not parse`);
  return { query: result.value.query, timeZone: result.value.timeZone };
}

function evaluateOnImage(
  image: ColumnarImage,
  query: Query,
  timeZone: string,
  now: Date,
  stored: ReadonlyMap<string, readonly string[]>,
): { ids: readonly string[]; work: number } {
  const storedMembers = (id: string) => stored.get(id) ?? [];
  const members = evaluateColumnar(query, timeZone, image, { now, storedMembers });
  return { ids: members.ids(), work: members.work };
}

/** The work an evaluation spent (`WorkMeter`), as a share of the view's limit and in time per unit. */
function workNote(work: number, ms: number): string {
  const share = (100 * work) / defaultWorkLimit;
  return `${fixed(work / 1e6)} M units of work (${fixed(share)}% of the limit), ${fixed((ms * 1e6) / Math.max(1, work))} ns a unit`;
}

/** The segment's compiled SQLite query run alone, its ids read into JavaScript (as `query-alone.ts`). */
async function sqlAlone(store: Store, query: Query, timeZone: string, now: Date) {
  const start = performance.now();
  const compiled = compileQuery(query, { schema: store.schema(), dialect: store.kind, now, timeZone });
  const rows = await store.query(compiled);
  return { ms: performance.now() - start, ids: rows.map((row) => row.id) };
}

/** How two id lists differ as sets, or undefined when they hold the same ids. */
function differ(a: readonly string[], b: readonly string[]): string | undefined {
  const inB = new Set(b);
  const inA = new Set(a);
  const onlyA = a.filter((id) => !inB.has(id));
  const onlyB = b.filter((id) => !inA.has(id));
  if (onlyA.length === 0 && onlyB.length === 0) return undefined;
  return `${onlyA.length} only in the image, e.g. ${onlyA.slice(0, 3).join(', ')}; ${onlyB.length} only in SQLite, e.g. ${onlyB.slice(0, 3).join(', ')}`;
}

function fixed(n: number): string {
  return n < 10 ? n.toFixed(2) : Math.round(n).toString();
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
