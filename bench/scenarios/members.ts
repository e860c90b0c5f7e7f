import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { encodeCursor } from '../../src/api/cursor.ts';
import { listRecords, type ListRequest } from '../../src/api/record-listing.ts';
import { dialects } from '../../src/compile/index.ts';
import { Engine, ManualClock, memberCsv, type Drift } from '../../src/engine/index.ts';
import type { StoreSession } from '../../src/store/index.ts';
import type { Figure, ScenarioResult } from '../harness/results.ts';
import type { SqliteDataset } from '../harness/sqlite-dataset.ts';
import { summarize, timed } from '../harness/stats.ts';
import { and, condition, contactBlock, dynamic } from '../segment-builders.ts';
import type { Scenario, ScenarioSettings } from './scenario.ts';

/** The members scenario's result, with what `verify` found afterwards (nothing, when all is right). */
export interface MembersScenarioResult extends ScenarioResult {
  readonly drift: readonly Drift[];
  /** Data lines (not the header) the last export wrote. */
  readonly exportedRows: number;
}

/** Every contact (the generator gives each one a creation time). */
export const everyone = dynamic('bench-everyone', 'Everyone', [
  contactBlock(and(condition('createdon', 'containsData'))),
]);
/** As the API pages members (its default page is 50). */
const pageSize = 50;
const pageTarget = '< 10 ms (issue 5)';

/**
 * Members (issue 5's scenario 5): a segment holding every contact goes live, then the API's member
 * page (`listRecords`, which `GET /api/segments/{id}/members` answers with: a keyset page and the
 * count) is timed first and deep in the list, by id and by full name (a segment this large walks the
 * contact index on the sort key), and every member is exported as the API's CSV export does it
 * (`memberCsv`: batches of 5,000 members, one chunk of lines each) into a sink that drops the bytes.
 */
export async function membersScenario(
  dataset: SqliteDataset,
  settings: ScenarioSettings,
): Promise<MembersScenarioResult> {
  const clock = new ManualClock(dataset.now);
  const store = await dataset.open('members', () => clock.now());
  try {
    const engine = await Engine.open(store, { clock });
    await engine.createSegment(everyone.definition, everyone.id);
    const live = await timed(() => engine.goLive(everyone.id));
    const members = live.result.memberCount;
    settings.log(`  ${members} members live in ${Math.round(live.ms)} ms`);
    const samples = Math.max(1, Math.min(settings.samples, 500));
    const sortedSamples = Math.max(1, Math.min(settings.samples, 50));
    const deep = Math.floor(members * 0.9);
    const deepById = await memberAt(store, everyone.id, deep, 'id');
    const deepByName = await memberAt(store, everyone.id, deep, 'fullname');
    const page = async (name: string, request: ListRequest, n: number): Promise<Figure> => {
      settings.log(`  timing ${name}`);
      const times: number[] = [];
      for (let i = 0; i < n + Math.ceil(n / 10); i++) {
        const { ms, result } = await timed(() => listRecords(engine, 'contact', request, everyone.id));
        if (result.items.length === 0) throw new Error(`${name}: an empty page`);
        if (i >= Math.ceil(n / 10)) times.push(ms);
      }
      return { name, stats: summarize(times), target: pageTarget, goal: { kind: 'median', maxMs: 10 } };
    };
    const figures: Figure[] = [
      { name: 'go live, every contact a member', stats: summarize([live.ms]), note: `${members} members` },
      await page(`first page of ${pageSize}, by id`, { limit: pageSize }, samples),
      await page(
        `page of ${pageSize} at member ${deep}, by id`,
        { limit: pageSize, cursor: encodeCursor({ s: 'id', i: deepById.id }) },
        samples,
      ),
      await page(
        `first page of ${pageSize}, by full name`,
        { limit: pageSize, sort: 'fullname' },
        sortedSamples,
      ),
      await page(
        `page of ${pageSize} at member ${deep}, by full name`,
        {
          limit: pageSize,
          sort: 'fullname',
          cursor: encodeCursor({ s: 'fullname', k: deepByName.key, i: deepByName.id }),
        },
        sortedSamples,
      ),
    ];
    settings.log('  timing the CSV export of every member');
    const exports: number[] = [];
    let exported = { rows: 0, bytes: 0 };
    for (let i = 0; i < settings.goLiveRepeats; i++) {
      const { ms, result } = await timed(() => exportMembers(store, everyone.id));
      exports.push(ms);
      exported = result;
    }
    const exportStats = summarize(exports);
    figures.push({
      name: 'CSV export of every member',
      stats: exportStats,
      note: `${exported.rows} rows, ${round(exported.bytes / 2 ** 20)} MiB, ${Math.round(exported.rows / (exportStats.median / 1000))} rows/s`,
      target: '< 5 s for 1M members (issue 5); judged scaled linearly to 1M rows',
      goal: { kind: 'perMillion', maxMs: 5000, rows: exported.rows },
    });
    const verified = await timed(() => engine.verify());
    return {
      id: 'members',
      title: 'Members of a segment of every contact',
      description: [
        `A segment of every contact goes live; then a page of ${pageSize} members as the API`,
        `answers it (keyset page and member count), first and at 90% of the list, by id and by`,
        `full name (warm-up of a tenth of the samples first), and a full CSV export the way the`,
        `API streams it, into a sink that drops the bytes.`,
      ].join(' '),
      figures,
      facts: {
        members,
        'exported CSV rows': exported.rows,
        'verify: seconds': round(verified.ms / 1000),
        'verify: segments with drift': verified.result.length,
      },
      drift: verified.result,
      exportedRows: exported.rows,
    };
  } finally {
    await store.close();
  }
}

export const members: Scenario = { id: 'members', run: membersScenario };

/** The member at `position` in the order of `by` (id, or the folded full name then id): a deep cursor. */
async function memberAt(store: StoreSession, segmentId: string, position: number, by: 'id' | 'fullname') {
  const key =
    by === 'id'
      ? sql<string>`''`
      : sql<string>`coalesce(${dialects[store.kind].lower(sql.ref('fullname'))}, '')`;
  const { rows } = await sql<{ id: string; key: string }>`select id, ${key} as key from contact
    where id in (select contact_id from sm_member where segment_id = ${segmentId})
    order by ${by === 'id' ? sql`id` : sql`key, id`} limit 1 offset ${position}`.execute(store.db);
  const row = rows[0];
  if (!row) throw new Error(`no member at ${position}`);
  return row;
}

/** Every member as CSV, as `GET /api/segments/{id}/members.csv` streams it, into a sink that drops it. */
async function exportMembers(store: StoreSession, segmentId: string) {
  const counted = { rows: 0, bytes: 0 };
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      counted.bytes += chunk.length;
      done();
    },
  });
  await pipeline(
    Readable.from(
      memberCsv(store, segmentId, (members) => {
        counted.rows += members;
      }),
    ),
    sink,
  );
  return counted;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
