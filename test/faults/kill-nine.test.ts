import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { defaultImportBatchSize } from '../../src/extensions/csv-import/index.ts';
import { runCli, startCli, tempFolder } from '../cli/run-cli.ts';
import {
  call,
  contactSegment,
  databases,
  pgClient,
  serve,
  serverUrl,
  sleep,
  succeeded,
} from './fault-kit.ts';

/**
 * Issue 12, "Faults": `kill -9` of a process in the middle of an import or a go-live loses no committed
 * row, and `segmint verify` passes after the restart. On SQLite (a data directory) and on PostgreSQL
 * (where SEGMINT_TEST_PG names a server; each case in a database of its own).
 *
 * - Import: `segmint import` of a CSV big enough to run for seconds (1,000 rows a transaction, as
 *   `segmint import` commits them) with live segments reading the imported attributes; the test polls
 *   the contact table from its own connection, and once a few batches have committed, sends SIGKILL.
 *   Every row it saw is still there and whole, what is there is a prefix of the file in whole batches,
 *   the live segments hold exactly the members those rows make, `segmint verify` exits 0, and
 *   importing the file again to the end leaves every live segment exact.
 * - Go-live: `segmint segment go-live` of a segment over tens of thousands of contacts, killed once its
 *   go-live transaction is seen under way (PostgreSQL: its `insert into "sm_member"`/`"sm_event"`
 *   running in `pg_stat_activity`; SQLite: the write lock held for a while, probed with `begin
 *   immediate`). The segment is then a draft with no members or events, or live with exactly its
 *   members, never live with some; verify exits 0; going live again works.
 */

const token = 'faults-kill-token';
const temp = tempFolder();
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});
afterAll(() => {
  temp.cleanup();
});

const cities = ['Atlantis', 'Paris', 'Raleigh', 'Lemuria'];
const interestSets = [['wine'], ['music', 'travel'], [], ['craftbeer', 'wine']];

/** Row `i` (from 1) of the import file, as the test expects to read it back. */
interface ContactRow {
  readonly id: string;
  readonly firstname: string;
  readonly lastname: string;
  readonly emailaddress1: string;
  readonly address1_city: string;
  readonly numberofchildren: number;
  readonly interests: readonly string[];
}

function contactRow(i: number): ContactRow {
  return {
    id: `imp-${String(i).padStart(7, '0')}`,
    firstname: `First${i}`,
    lastname: `Last${i}`,
    emailaddress1: `c${i}@example.test`,
    address1_city: cities[i % cities.length] ?? 'Paris',
    numberofchildren: i % 5,
    interests: interestSets[i % interestSets.length] ?? [],
  };
}

function contactsCsv(rows: number): string {
  const lines = ['id,firstname,lastname,emailaddress1,address1_city,numberofchildren,interests'];
  for (let i = 1; i <= rows; i++) {
    const r = contactRow(i);
    lines.push(
      [
        r.id,
        r.firstname,
        r.lastname,
        r.emailaddress1,
        r.address1_city,
        r.numberofchildren,
        r.interests.join(';'),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The live segments of the import case, each with the test's own judgement of membership. */
const importSegments = [
  {
    id: 'atl',
    definition: contactSegment('Atlantis', 'address1_city', 'equals', ['Atlantis']),
    member: (r: ContactRow) => r.address1_city === 'Atlantis',
  },
  {
    id: 'kids',
    definition: contactSegment('Two children or more', 'numberofchildren', 'greaterOrEqual', [2]),
    member: (r: ContactRow) => r.numberofchildren >= 2,
  },
  {
    id: 'wine',
    definition: contactSegment('Wine', 'interests', 'containsAnyOf', ['wine']),
    member: (r: ContactRow) => r.interests.includes('wine'),
  },
];

/** A go-live with work to do: most contacts, by three conditions. */
const heavyDefinition = {
  name: 'Most contacts',
  type: 'dynamic',
  query: {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'or',
          children: [
            { kind: 'condition', attribute: 'emailaddress1', operator: 'contains', values: ['1'] },
            { kind: 'condition', attribute: 'lastname', operator: 'endsWith', values: ['7'] },
            { kind: 'condition', attribute: 'interests', operator: 'containsAnyOf', values: ['wine'] },
          ],
        },
      },
    ],
  },
};
const heavyMember = (r: ContactRow) =>
  r.emailaddress1.includes('1') || r.lastname.endsWith('7') || r.interests.includes('wine');

/** The test's own connection to the database a case works on. */
interface Db {
  rows<T>(sql: string): Promise<T[]>;
  /** True when the write transaction that stores the members of the go-live by process `pid` is under way. */
  goLiveUnderWay(pid: number): Promise<boolean>;
  /** What the killed process left behind, for the log (SQLite: the write-ahead log's size). */
  leftBehind(): string;
  close(): Promise<void>;
}

interface Backend {
  readonly name: string;
  readonly skip: boolean;
  /** Rows of the import file: enough for several seconds of importing. */
  readonly importRows: number;
  /** Contacts for the go-live case. */
  readonly goLiveRows: number;
  /** A new empty database: the command-line options that name it, and a way to read it. */
  fresh(name: string): Promise<{ readonly at: string[]; readonly open: () => Db }>;
}

/** The ids of the child processes of `pid` (Linux's /proc; none where it cannot be read). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter((id) => id.trim() !== '')
        .map(Number),
    );
  } catch {
    return [];
  }
}

/** True while process `pid` runs. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sqliteDb(file: string): Db {
  let db: Database.Database | undefined;
  const connection = () => (db ??= new Database(file, { timeout: 0 }));
  let busySince: number | undefined;
  let readerOf: number | undefined;
  return {
    rows: <T>(sql: string) => Promise.resolve(connection().prepare(sql).all() as T[]),
    leftBehind() {
      const wal = `${file}-wal`;
      return existsSync(wal)
        ? `a ${statSync(wal).size.toLocaleString('en-US')}-byte write-ahead log`
        : 'no WAL';
    },
    goLiveUnderWay(pid) {
      // On SQLite `segmint segment go-live` first checks the segment in a short write transaction,
      // then evaluates it in a reader process (a child of its own), then stores the members in a
      // second write transaction. So: the write lock held while the process has (or has had) a child
      // is that second transaction; held 150 ms or more, it is a go-live evaluated in its write
      // transaction (no reader).
      if (childrenOf(pid).length > 0) readerOf = pid;
      const db = connection();
      try {
        db.exec('begin immediate');
        db.exec('rollback');
        busySince = undefined;
        return Promise.resolve(false);
      } catch (error) {
        if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error;
        busySince ??= Date.now();
        return Promise.resolve(readerOf === pid || Date.now() - busySince >= 150);
      }
    },
    close() {
      db?.close();
      db = undefined;
      return Promise.resolve();
    },
  };
}

function postgresDb(url: string): Db {
  let client: Promise<pg.Client> | undefined;
  const connection = () => (client ??= pgClient(url));
  return {
    async rows<T>(sql: string) {
      return (await (await connection()).query(sql)).rows as T[];
    },
    leftBehind: () => 'its sessions ended',
    async goLiveUnderWay() {
      const { rows } = await (
        await connection()
      ).query<{ n: number }>(
        // Its member or event insert running, or (whatever its SQL) a write transaction holding the
        // writer lane's advisory lock for 20 ms or more, as only the go-live's own does.
        `select count(*)::int as n from pg_stat_activity a
          where a.datname = current_database() and a.pid <> pg_backend_pid()
            and ((a.state = 'active' and a.query ~* 'insert into "sm_(member|event)"')
              or (a.state in ('active', 'idle in transaction') and now() - a.xact_start >= interval '20 ms'
                  and exists (select 1 from pg_locks l
                               where l.pid = a.pid and l.locktype = 'advisory' and l.granted)))`,
      );
      return (rows[0]?.n ?? 0) > 0;
    },
    async close() {
      const open = client;
      client = undefined;
      if (open) await (await open).end();
    },
  };
}

const dbs = databases();
afterAll(async () => {
  if (serverUrl) await dbs.dropAll();
});

const backends: Backend[] = [
  {
    name: 'SQLite',
    skip: false,
    importRows: 16_000,
    goLiveRows: 15_000,
    fresh(name) {
      const dataDir = join(temp.dir, name);
      return Promise.resolve({
        at: ['--data-dir', dataDir],
        open: () => sqliteDb(join(dataDir, 'segmint.db')),
      });
    },
  },
  {
    name: 'PostgreSQL',
    skip: !serverUrl,
    importRows: 8_000,
    goLiveRows: 12_000,
    async fresh(name) {
      const db = await dbs.fresh(`segmint_faults_${name.replaceAll('-', '_')}`);
      return { at: ['--pg', db.url, '--data-dir', join(temp.dir, name)], open: () => postgresDb(db.url) };
    },
  },
];

/** Makes segments (going live those in `live`) and loads `csv` through a short-lived `segmint serve`. */
async function setUp(
  at: readonly string[],
  segments: readonly { id: string; definition: object; live: boolean }[],
  csv?: string,
): Promise<void> {
  const server = await serve(at, token, running);
  const must = async (method: string, path: string, body?: unknown) => {
    const answer = await call(server.url, token, method, path, body, 120_000);
    if (!succeeded(answer))
      throw new Error(`setup: ${answer.request} answered ${answer.status}: ${answer.body}`);
  };
  for (const { id, definition, live } of segments) {
    await must('POST', '/api/segments', { id, ...definition });
    if (live) await must('POST', `/api/segments/${id}/go-live`);
  }
  if (csv !== undefined) {
    const response = await fetch(`${server.url}/api/import/contact`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv; charset=utf-8' },
      body: csv,
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`setup: the import answered ${response.status}: ${text}`);
  }
  expect(await server.stop(), `setup serve exit code:\n${server.output()}`).toBe(0);
}

/** The imported contacts as stored, in id order. */
interface StoredContact {
  id: string;
  firstname: string | null;
  lastname: string | null;
  emailaddress1: string | null;
  address1_city: string | null;
  numberofchildren: number | string | null;
  interests: string | readonly string[] | null;
}

async function storedContacts(db: Db): Promise<StoredContact[]> {
  return db.rows<StoredContact>(
    `select id, firstname, lastname, emailaddress1, address1_city, numberofchildren, interests
       from contact where id like 'imp-%' order by id`,
  );
}

/** What is wrong with a stored contact compared with its row of the file ('' when it is whole). */
function wholeRowProblem(stored: StoredContact): string {
  const i = Number(stored.id.slice('imp-'.length));
  const want = contactRow(i);
  const interests = (
    stored.interests === null
      ? []
      : typeof stored.interests === 'string'
        ? (stored.interests.match(/[a-z]+/g) ?? [])
        : [...stored.interests]
  ).sort();
  const got = {
    id: stored.id,
    firstname: stored.firstname,
    lastname: stored.lastname,
    emailaddress1: stored.emailaddress1,
    address1_city: stored.address1_city,
    numberofchildren: stored.numberofchildren === null ? null : Number(stored.numberofchildren),
    interests,
  };
  const expected = { ...want, interests: [...want.interests].sort() };
  return JSON.stringify(got) === JSON.stringify(expected)
    ? ''
    : `${stored.id}: stored ${JSON.stringify(got)}, the file has ${JSON.stringify(expected)}`;
}

/** Each segment whose stored members differ from what the stored contacts make it ('' when none). */
async function membershipProblems(
  db: Db,
  segments: readonly { id: string; member: (r: ContactRow) => boolean }[],
): Promise<string> {
  const contacts = (await storedContacts(db)).map((c) => contactRow(Number(c.id.slice('imp-'.length))));
  const problems: string[] = [];
  for (const { id, member } of segments) {
    const wanted = new Set(contacts.filter(member).map((c) => c.id));
    const stored = new Set(
      (
        await db.rows<{ contact_id: string }>(`select contact_id from sm_member where segment_id = '${id}'`)
      ).map((r) => r.contact_id),
    );
    const missing = [...wanted].filter((c) => !stored.has(c));
    const extra = [...stored].filter((c) => !wanted.has(c));
    const [segment] = await db.rows<{ member_count: number | string }>(
      `select member_count from sm_segment where id = '${id}'`,
    );
    if (missing.length > 0 || extra.length > 0)
      problems.push(
        `${id}: ${missing.length} missing (${missing.slice(0, 3).join(', ')}), ${extra.length} extra`,
      );
    if (Number(segment?.member_count) !== stored.size)
      problems.push(`${id}: member_count ${String(segment?.member_count)}, ${stored.size} member rows`);
  }
  return problems.join('\n');
}

/** Runs `segmint verify` on `at`; its output for the failure message. */
async function verified(at: readonly string[]): Promise<{ code: number | null; output: string }> {
  const run = await runCli(['verify', ...at]);
  return { code: run.code, output: `segmint verify:\n${run.stdout}${run.stderr}` };
}

/** Starts a command and gives a way to wait for its end (exit code and signal) and its output. */
function start(args: readonly string[]) {
  const child = startCli(args);
  running.add(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const ended = once(child, 'exit').then(([code, signal]) => {
    running.delete(child);
    return { code: code as number | null, signal: signal as NodeJS.Signals | null };
  });
  const state = { ended: false };
  void ended.then(() => (state.ended = true));
  return { child, ended, running: () => !state.ended, output: () => output };
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(
    backend.skip
      ? `kill -9 on ${backend.name} (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)`
      : `kill -9 on ${backend.name}`,
    () => {
      it('in the middle of `segmint import`: every committed row stays, whole; verify passes; importing again leaves every live segment exact', async () => {
        const { at, open } = await backend.fresh('kill-import');
        await setUp(
          at,
          importSegments.map(({ id, definition }) => ({ id, definition, live: true })),
        );
        const rows = backend.importRows;
        const file = temp.file(`import-${backend.name}.csv`, contactsCsv(rows));
        const db = open();
        try {
          const importing = start(['import', 'contact', file, ...at]);
          // Poll from a second connection until a few batches have committed, then kill -9.
          let seen: string[] = [];
          const deadline = Date.now() + 90_000;
          while (importing.running() && Date.now() < deadline) {
            seen = (await db.rows<{ id: string }>(`select id from contact where id like 'imp-%'`)).map(
              (r) => r.id,
            );
            if (seen.length >= 3 * defaultImportBatchSize) break;
            await sleep(50);
          }
          expect(
            importing.running(),
            `the import ended before 3 batches were seen (${seen.length} rows); make the file bigger:\n${importing.output()}`,
          ).toBe(true);
          importing.child.kill('SIGKILL');
          const ended = await importing.ended;
          expect(ended.signal, `the import was killed, not finished:\n${importing.output()}`).toBe('SIGKILL');
          await db.close();
          console.info(
            `kill -9 of import on ${backend.name}: ${seen.length} rows seen committed before the kill`,
          );

          // Every row seen committed is there; what is there is whole rows, a prefix of the file in
          // whole batches.
          const after = await storedContacts(db);
          const present = new Set(after.map((r) => r.id));
          const lost = seen.filter((id) => !present.has(id));
          expect(
            lost.length === 0 ? '' : `${lost.length} committed rows lost: ${lost.slice(0, 5).join(', ')}`,
          ).toBe('');
          expect(after.length, 'rows after the kill').toBeGreaterThanOrEqual(seen.length);
          expect(after.length, 'rows after the kill').toBeLessThan(rows);
          expect(after.length % defaultImportBatchSize, 'rows after the kill are whole batches').toBe(0);
          expect(after.map((r) => r.id)).toEqual(
            Array.from({ length: after.length }, (_, i) => contactRow(i + 1).id),
          );
          const broken = after.map(wholeRowProblem).filter((p) => p !== '');
          expect(broken.slice(0, 5).join('\n')).toBe('');
          expect(await membershipProblems(db, importSegments)).toBe('');
          await db.close();

          const check = await verified(at);
          expect(check.code, check.output).toBe(0);

          // The same file again, to the end: the rows already in are updated, the rest created.
          const again = await runCli(['import', 'contact', file, ...at]);
          expect(again.code, `${again.stdout}${again.stderr}`).toBe(0);
          expect(again.stdout).toContain(
            `${(rows - after.length).toLocaleString('en-US')} created, ${after.length.toLocaleString('en-US')} updated, 0 rejected`,
          );
          const complete = await storedContacts(db);
          expect(complete.length).toBe(rows);
          expect(
            complete
              .map(wholeRowProblem)
              .filter((p) => p !== '')
              .slice(0, 5)
              .join('\n'),
          ).toBe('');
          expect(await membershipProblems(db, importSegments)).toBe('');
          await db.close();
          const final = await verified(at);
          expect(final.code, final.output).toBe(0);
        } finally {
          await db.close();
        }
      }, 180_000);

      it('in the middle of `segmint segment go-live`: a draft with no members or live with exactly its members; verify passes; going live again works', async () => {
        const { at, open } = await backend.fresh('kill-golive');
        const attempts = ['most-1', 'most-2', 'most-3'];
        await setUp(
          at,
          [
            { id: 'atl', definition: importSegments[0]?.definition ?? {}, live: true },
            ...attempts.map((id) => ({ id, definition: heavyDefinition, live: false })),
          ],
          contactsCsv(backend.goLiveRows),
        );
        const db = open();
        try {
          let killedUnderWay = 0;
          let leftDraft = 0;
          for (const id of attempts) {
            const goingLive = start(['segment', 'go-live', id, ...at]);
            let underWay = false;
            const deadline = Date.now() + 60_000;
            while (goingLive.running() && Date.now() < deadline) {
              underWay = await db.goLiveUnderWay(goingLive.child.pid ?? 0);
              if (underWay) break;
              await sleep(2);
            }
            const children = childrenOf(goingLive.child.pid ?? 0);
            if (underWay) goingLive.child.kill('SIGKILL');
            const ended = await goingLive.ended;
            // Its reader process (SQLite) does not outlive it.
            const orphansBy = Date.now() + 10_000;
            while (children.some(isRunning) && Date.now() < orphansBy) await sleep(100);
            expect(
              children.filter(isRunning),
              `${id}: child processes still running 10 s after the go-live was killed`,
            ).toEqual([]);
            const leftBehind = db.leftBehind();
            await db.close();
            const killed = ended.signal === 'SIGKILL';
            if (killed) killedUnderWay += 1;

            // Never live with some of its members: a draft with none, or live with exactly them.
            const [segment] = await db.rows<{ state: string; member_count: number | string }>(
              `select state, member_count from sm_segment where id = '${id}'`,
            );
            const [events] = await db.rows<{ n: number | string }>(
              `select count(*) as n from sm_event where segment_id = '${id}'`,
            );
            if (segment?.state === 'live') {
              expect(await membershipProblems(db, [{ id, member: heavyMember }]), `${id}: live`).toBe('');
              expect(Number(events?.n), `${id}: joined events of a live segment`).toBe(
                Number(segment.member_count),
              );
            } else {
              leftDraft += 1;
              expect(segment?.state, `${id}: state after kill -9 (${killed ? 'killed' : 'finished'})`).toBe(
                'draft',
              );
              const [members] = await db.rows<{ n: number | string }>(
                `select count(*) as n from sm_member where segment_id = '${id}'`,
              );
              expect(Number(members?.n), `${id}: members of a draft`).toBe(0);
              expect(Number(segment?.member_count), `${id}: member_count of a draft`).toBe(0);
              expect(Number(events?.n), `${id}: events of a draft`).toBe(0);
            }
            await db.close();
            console.info(
              `kill -9 of go-live on ${backend.name}: ${id} ${killed ? `killed under way, leaving ${leftBehind}` : 'finished first'}; it is ${String(segment?.state)}`,
            );
            if (killed && segment?.state !== 'live') break;
          }
          const check = await verified(at);
          expect(check.code, check.output).toBe(0);
          expect(killedUnderWay, 'go-lives killed while their transaction was under way').toBeGreaterThan(0);
          expect(leftDraft, 'go-lives killed before their commit').toBeGreaterThan(0);

          // Going live again works, with exactly the members.
          for (const id of attempts) {
            const [segment] = await db.rows<{ state: string }>(
              `select state from sm_segment where id = '${id}'`,
            );
            await db.close();
            if (segment?.state === 'live') continue;
            const again = await runCli(['segment', 'go-live', id, ...at]);
            expect(again.code, `${again.stdout}${again.stderr}`).toBe(0);
            const expected = Array.from({ length: backend.goLiveRows }, (_, i) => contactRow(i + 1)).filter(
              heavyMember,
            ).length;
            expect(again.stdout).toContain(`is live with ${expected.toLocaleString('en-US')} members`);
            // Exactly its members (verify already passed after the kill; this is the same check, direct).
            expect(await membershipProblems(db, [{ id, member: heavyMember }])).toBe('');
            await db.close();
          }
        } finally {
          await db.close();
        }
      }, 180_000);
    },
  );
}
