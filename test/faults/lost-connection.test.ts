import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, Socket, type Server } from 'node:net';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Random } from '../live/random.ts';
import { runCli, tempFolder } from '../cli/run-cli.ts';
import {
  call,
  contactSegment,
  databases,
  notA503,
  pgClient,
  serve,
  serverUrl,
  shown,
  sleep,
  succeeded,
  type Answer,
} from './fault-kit.ts';

/**
 * Issue 12, "Faults": a lost database connection mid-request answers 503 (with Retry-After and a JSON
 * error) or succeeds, never 500 and never a hang; the process reconnects, so the next requests
 * succeed; nothing is half-written (each write told 503 happened whole or not at all, and `segmint
 * verify` exits 0). All with a real `segmint serve --pg` process.
 *
 * How the test finds the server's sessions: each case runs in a PostgreSQL database of its own (made
 * and dropped here), so every session on that database but the test's own is the server's: its pool,
 * its LISTEN connection and its leader-lock connection. `pg_stat_activity.datname` names them without
 * guessing (the server also sets `application_name = 'segmint'`, but every Segmint process of every
 * parallel test file does the same, so that alone would reach other files' servers).
 *
 * The PostgreSQL server going away for good is played by a TCP proxy in this process between `serve`
 * and PostgreSQL: the proxy closes (connections refused, open ones cut) or stalls (connections
 * accepted, nothing answered) and comes back, while the machine's PostgreSQL server keeps running for
 * every other test.
 */

const token = 'faults-admin-token';
const temp = tempFolder();
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});
afterAll(() => {
  temp.cleanup();
});

const cities = ['Atlantis', 'Paris', 'Lemuria'];
/** A contact's state as the writers set it: both fields change in every write. */
interface ContactState {
  readonly city: string;
  readonly kids: number;
}
/** The live segments a contact in `state` belongs to, by id, sorted. */
const segmentsOf = (state: ContactState) =>
  [...(state.city === 'Atlantis' ? ['atl'] : []), ...(state.kids >= 2 ? ['kids'] : [])].sort();

/** A write whose outcome the client was not told for sure (a 503): `before` (null: absent) or `after`. */
interface Uncertain {
  readonly id: string;
  readonly before: ContactState | null;
  readonly after: ContactState;
  readonly answer: Answer;
}

/** What the clients saw and what they know the contacts hold. */
interface Traffic {
  readonly answers: Answer[];
  /** Contacts whose every write was answered for sure, with the state they must hold. */
  readonly known: Map<string, ContactState>;
  readonly uncertain: Uncertain[];
}

async function setUp(base: string, writers: number): Promise<Map<string, ContactState>> {
  const must = async (method: string, path: string, body?: unknown) => {
    const answer = await call(base, token, method, path, body);
    if (!succeeded(answer))
      throw new Error(`setup: ${answer.request} answered ${answer.status}: ${answer.body}`);
  };
  await must('POST', '/api/segments', {
    id: 'atl',
    ...contactSegment('Atlantis', 'address1_city', 'equals', ['Atlantis']),
  });
  await must('POST', '/api/segments', {
    id: 'kids',
    ...contactSegment('Two children or more', 'numberofchildren', 'greaterOrEqual', [2]),
  });
  await must('POST', '/api/segments/atl/go-live');
  await must('POST', '/api/segments/kids/go-live');
  const known = new Map<string, ContactState>();
  for (let w = 0; w < writers; w++)
    for (let k = 0; k < 4; k++) {
      const id = `w${w}-${k}`;
      const state = { city: cities[(w + k) % cities.length] ?? 'Paris', kids: (w + k) % 5 };
      await must('POST', '/api/contacts', {
        id,
        firstname: 'Ann',
        lastname: id,
        address1_city: state.city,
        numberofchildren: state.kids,
      });
      known.set(id, state);
    }
  return known;
}

/** A state that differs from `from` in both fields, so that half a write would show. */
function nextState(random: Random, from: ContactState | null): ContactState {
  const city = random.pick(cities.filter((c) => c !== from?.city));
  const kids = random.pick([0, 1, 2, 3, 4].filter((k) => k !== from?.kids));
  return { city, kids };
}

/**
 * `writers` clients that create and change contacts of their own (so that each knows what its contacts
 * must hold) and `readers` clients that read members and contacts, one request after another each,
 * until `until` resolves.
 */
async function traffic(
  base: string,
  known: Map<string, ContactState>,
  writers: number,
  readers: number,
  until: Promise<unknown>,
  round: number,
): Promise<Traffic> {
  const state = { done: false };
  void until.finally(() => {
    state.done = true;
  });
  const answers: Answer[] = [];
  const uncertain: Uncertain[] = [];
  const writer = async (w: number) => {
    const random = new Random(1000 * round + 100 + w);
    let created = 0;
    while (!state.done) {
      const mine = [...known.keys()].filter((id) => id.startsWith(`w${w}-`));
      if (random.chance(0.3) || mine.length === 0) {
        const id = `w${w}-r${round}-new-${created++}`;
        const after = nextState(random, null);
        const answer = await call(base, token, 'POST', '/api/contacts', {
          id,
          firstname: 'New',
          lastname: id,
          address1_city: after.city,
          numberofchildren: after.kids,
        });
        answers.push(answer);
        if (succeeded(answer)) known.set(id, after);
        else if (answer.status === 503) uncertain.push({ id, before: null, after, answer });
      } else {
        const id = random.pick(mine);
        const before = known.get(id) ?? null;
        const after = nextState(random, before);
        const answer = await call(base, token, 'PATCH', `/api/contacts/${id}`, {
          address1_city: after.city,
          numberofchildren: after.kids,
        });
        answers.push(answer);
        if (succeeded(answer)) known.set(id, after);
        else if (answer.status === 503) {
          // Left alone from now on, so that what it holds at the end is this write's doing or not.
          known.delete(id);
          uncertain.push({ id, before, after, answer });
        }
      }
    }
  };
  const reader = async (r: number) => {
    const random = new Random(1000 * round + 200 + r);
    while (!state.done) {
      const id = random.pick([...known.keys()]);
      const path = random.pick([
        `/api/segments/${random.pick(['atl', 'kids'])}/members?limit=20`,
        `/api/contacts/${id}/segments`,
        `/api/contacts/${id}`,
        '/api/segments',
      ]);
      answers.push(await call(base, token, 'GET', path));
    }
  };
  await Promise.all([
    ...Array.from({ length: writers }, (_, w) => writer(w)),
    ...Array.from({ length: readers }, (_, r) => reader(r)),
  ]);
  return { answers, known, uncertain };
}

/** The contacts the writers made, with their segments, read in one statement (one snapshot). */
async function storedContacts(
  client: pg.Client,
): Promise<Map<string, { state: ContactState; segments: string[]; firstname: string | null }>> {
  const { rows } = await client.query<{
    id: string;
    address1_city: string | null;
    numberofchildren: number | null;
    firstname: string | null;
    segments: string[];
  }>(
    `select c.id, c.address1_city, c.numberofchildren, c.firstname,
            coalesce((select array_agg(m.segment_id order by m.segment_id) from sm_member m
                      where m.contact_id = c.id), '{}') as segments
       from contact c where c.id like 'w%'`,
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        state: { city: row.address1_city ?? '', kids: Number(row.numberofchildren) },
        segments: row.segments,
        firstname: row.firstname,
      },
    ]),
  );
}

/** Every problem with what the database holds for the writers' contacts, one a line ('' when none). */
async function halfWritten(client: pg.Client, seen: Traffic): Promise<string> {
  const stored = await storedContacts(client);
  const problems: string[] = [];
  const same = (a: ContactState | null, b: ContactState | null) =>
    a === null || b === null ? a === b : a.city === b.city && a.kids === b.kids;
  const membershipOf = (id: string) => {
    const row = stored.get(id);
    if (row && row.segments.join(',') !== segmentsOf(row.state).join(','))
      problems.push(
        `${id}: holds ${JSON.stringify(row.state)} but is a member of [${row.segments.join(', ')}], not [${segmentsOf(row.state).join(', ')}]`,
      );
  };
  for (const [id, state] of seen.known) {
    const row = stored.get(id);
    if (!same(row?.state ?? null, state))
      problems.push(`${id}: answered 2xx for ${JSON.stringify(state)}, holds ${JSON.stringify(row?.state)}`);
    membershipOf(id);
  }
  for (const { id, before, after, answer } of seen.uncertain) {
    const row = stored.get(id);
    const now = row?.state ?? null;
    if (!same(now, before) && !same(now, after))
      problems.push(
        `${id}: ${answer.request} answered 503; it holds ${JSON.stringify(now)}, neither before (${JSON.stringify(before)}) nor after`,
      );
    if (before === null && row && row.firstname !== 'New')
      problems.push(`${id}: created by a write answered 503, it lacks its first name`);
    membershipOf(id);
  }
  const accounted = new Set([...seen.known.keys(), ...seen.uncertain.map((u) => u.id)]);
  for (const id of stored.keys())
    if (!accounted.has(id)) problems.push(`${id}: stored, though no write of it was answered`);
  return problems.join('\n');
}

/** The server's sessions on `database`: every one but the asking client's own. */
async function serverSessions(
  client: pg.Client,
): Promise<{ pid: number; application_name: string; state: string | null; query: string }[]> {
  const { rows } = await client.query<{
    pid: number;
    application_name: string;
    state: string | null;
    query: string;
  }>(
    `select pid, application_name, state, query from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  );
  return rows;
}

/** Terminates every session of the server and waits (up to 5 s each) until each is gone. */
async function terminateServerSessions(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ terminated: boolean }>(
    `select pg_terminate_backend(pid, 5000) as terminated from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  );
  return rows.filter((row) => row.terminated).length;
}

/** Answers that are neither a 2xx nor a proper 503 (Retry-After, JSON error). */
const wrongAnswers = (answers: readonly Answer[]) =>
  answers.filter((a) => !succeeded(a) && notA503(a) !== '');

/** A few writes and reads, all at once, that must all succeed. */
async function nextRequests(
  base: string,
  known: Map<string, ContactState>,
  round: number,
): Promise<Answer[]> {
  const ids = [...known.keys()].slice(0, 4);
  return Promise.all([
    call(base, token, 'POST', '/api/contacts', {
      id: `w-after-${round}`,
      firstname: 'After',
      address1_city: 'Atlantis',
      numberofchildren: 3,
    }),
    ...ids.map((id) => call(base, token, 'GET', `/api/contacts/${id}/segments`)),
    call(base, token, 'GET', '/api/segments/atl/members?limit=5'),
    call(base, token, 'GET', '/api/segments'),
  ]);
}

describe.skipIf(!serverUrl)(
  serverUrl
    ? 'a lost PostgreSQL connection under `segmint serve --pg`'
    : 'a lost PostgreSQL connection (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)',
  () => {
    const dbs = databases();
    afterAll(async () => {
      await dbs.dropAll();
    });

    it('with requests in flight: each answers 2xx or 503 + Retry-After, the next ones succeed, nothing is half-written, verify passes', async () => {
      const db = await dbs.fresh('segmint_faults_lost');
      const at = ['--pg', db.url, '--data-dir', join(temp.dir, 'lost')];
      const server = await serve(at, token, running);
      const writers = 6;
      const known = await setUp(server.url, writers);
      const admin = await pgClient(db.url);
      try {
        const sessionsBefore = await serverSessions(admin);
        expect(sessionsBefore.length, 'the server has sessions on its database').toBeGreaterThan(0);
        // All of them Segmint's (it names its sessions), none another client's.
        expect(sessionsBefore.filter((s) => !s.application_name.startsWith('segmint'))).toEqual([]);

        let all: Answer[] = [];
        const uncertain: Uncertain[] = [];
        const kills: number[] = [];
        for (let round = 0; round < 3; round++) {
          // Traffic for 0.7 s, the sessions terminated 0.4 s into it.
          const flowing = traffic(server.url, known, writers, 3, sleep(700), round);
          await sleep(400);
          const killedAt = Date.now();
          const terminated = await terminateServerSessions(admin);
          kills.push(killedAt);
          expect(terminated, `round ${round}: sessions terminated`).toBeGreaterThan(0);
          // The requests in flight at the kill end (answered), then the traffic stops.
          const seen = await flowing;
          all = all.concat(seen.answers);
          uncertain.push(...seen.uncertain);

          expect(
            server.alive(),
            `the server is still running after round ${round}:\n${server.output()}`,
          ).toBe(true);
          const wrong = wrongAnswers(seen.answers);
          expect(
            wrong.length === 0 ? '' : `round ${round}: ${wrong.length} wrong answers:\n${shown(wrong)}`,
          ).toBe('');

          // The very next requests succeed: the pool has reconnected.
          const next = await nextRequests(server.url, known, round);
          const failed = next.filter((a) => !succeeded(a));
          expect(failed.length === 0 ? '' : `round ${round}: right after the kill:\n${shown(failed)}`).toBe(
            '',
          );
          known.set(`w-after-${round}`, { city: 'Atlantis', kids: 3 });
        }

        const inFlight = all.filter((a) => kills.some((t) => a.startedAt <= t && a.endedAt >= t));
        expect(inFlight.length, 'requests in flight when the sessions were terminated').toBeGreaterThan(0);
        const busy = all.filter((a) => a.status === 503);
        console.info(
          `lost connection: ${all.length} answers, ${inFlight.length} in flight at a kill, ${busy.length} answered 503 (${uncertain.length} writes), ${all.filter(succeeded).length} 2xx`,
        );
        expect((await serverSessions(admin)).length, 'the server connected again').toBeGreaterThan(0);

        // Nothing half-written: each contact holds what its last answered write said, or (told 503)
        // the state before or after that write, whole; and its membership agrees with it.
        const seen: Traffic = { answers: all, known, uncertain };
        expect(await halfWritten(admin, seen)).toBe('');
      } finally {
        await admin.end();
      }
      expect(await server.stop(), `serve exit code on SIGTERM:\n${server.output()}`).toBe(0);
      expect(server.output()).not.toMatch(/Unhandled|uncaught/i);
      const verified = await runCli(['verify', ...at]);
      expect(verified.code, `segmint verify:\n${verified.stdout}${verified.stderr}`).toBe(0);
    }, 120_000);

    it('the PostgreSQL server gone for good: 503 + Retry-After, the process keeps running, and recovers when it is back', async () => {
      const db = await dbs.fresh('segmint_faults_gone');
      const proxy = await TcpProxy.start(db.url);
      const at = ['--pg', proxy.url(db.url), '--data-dir', join(temp.dir, 'gone')];
      const server = await serve(at, token, running);
      const known = await setUp(server.url, 2);

      proxy.close();
      const down: Answer[] = [];
      const downUntil = Date.now() + 3_000;
      while (Date.now() < downUntil) {
        down.push(
          ...(await Promise.all([
            call(server.url, token, 'PATCH', '/api/contacts/w0-0', {
              address1_city: 'Paris',
              numberofchildren: 1,
            }),
            call(server.url, token, 'POST', '/api/contacts', { firstname: 'Nobody' }),
            call(server.url, token, 'GET', '/api/contacts/w0-1/segments'),
            call(server.url, token, 'GET', '/api/segments/atl/members'),
          ])),
        );
        await sleep(200);
      }
      expect(server.alive(), `the server is still running:\n${server.output()}`).toBe(true);
      const notBusy = down.filter((a) => notA503(a) !== '');
      expect(notBusy.length === 0 ? '' : `while PostgreSQL was gone:\n${shown(notBusy)}`).toBe('');

      await proxy.open();
      const next = await nextRequests(server.url, known, 0);
      const failed = next.filter((a) => !succeeded(a));
      expect(failed.length === 0 ? '' : `once PostgreSQL was back:\n${shown(failed)}`).toBe('');
      expect(await server.stop(), `serve exit code on SIGTERM:\n${server.output()}`).toBe(0);
      proxy.close();
      const verified = await runCli(['verify', '--pg', db.url, '--data-dir', join(temp.dir, 'gone')]);
      expect(verified.code, `segmint verify:\n${verified.stdout}${verified.stderr}`).toBe(0);
    }, 120_000);

    it('the PostgreSQL server unresponsive (connections accepted, nothing answered): 503 within the time limit, not a hang', async () => {
      const db = await dbs.fresh('segmint_faults_stall');
      const proxy = await TcpProxy.start(db.url);
      const at = ['--pg', proxy.url(db.url), '--data-dir', join(temp.dir, 'stall'), '--request-timeout', '2'];
      const server = await serve(at, token, running);
      const known = await setUp(server.url, 1);

      proxy.stall();
      const stalled = await Promise.all([
        call(
          server.url,
          token,
          'PATCH',
          '/api/contacts/w0-0',
          { address1_city: 'Paris', numberofchildren: 1 },
          15_000,
        ),
        call(server.url, token, 'GET', '/api/contacts/w0-1/segments', undefined, 15_000),
      ]);
      const notBusy = stalled.filter((a) => notA503(a) !== '');
      expect(notBusy.length === 0 ? '' : `while PostgreSQL did not answer:\n${shown(notBusy)}`).toBe('');
      expect(server.alive(), `the server is still running:\n${server.output()}`).toBe(true);

      proxy.close();
      await proxy.open();
      let next = await nextRequests(server.url, known, 0);
      // Connections stuck in the stall may take one more try to be dropped.
      const deadline = Date.now() + 15_000;
      while (next.some((a) => !succeeded(a)) && Date.now() < deadline) {
        await sleep(500);
        next = await nextRequests(server.url, known, 1);
      }
      const failed = next.filter((a) => !succeeded(a));
      expect(failed.length === 0 ? '' : `once PostgreSQL answered again:\n${shown(failed)}`).toBe('');
      expect(await server.stop(), `serve exit code on SIGTERM:\n${server.output()}`).toBe(0);
      proxy.close();
    }, 120_000);
  },
);

/**
 * A TCP proxy on 127.0.0.1 to the PostgreSQL server of a URL: `close` refuses new connections and cuts
 * the open ones (the server gone), `stall` accepts and forwards nothing (the server unresponsive), and
 * `open` listens again on the same port.
 */
class TcpProxy {
  #server: Server | undefined;
  #sockets = new Set<Socket>();
  #stalled = false;
  #port = 0;

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  static async start(url: string): Promise<TcpProxy> {
    const target = new URL(url);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.open();
    return proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  url(url: string): string {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(this.#port);
    return through.toString();
  }

  async open(): Promise<void> {
    this.#stalled = false;
    const server = createServer((client) => {
      this.#sockets.add(client);
      client.on('close', () => this.#sockets.delete(client));
      client.on('error', () => undefined);
      if (this.#stalled) return;
      const upstream = new Socket();
      this.#sockets.add(upstream);
      upstream.on('close', () => {
        this.#sockets.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => undefined);
      client.on('close', () => upstream.destroy());
      upstream.connect(this.targetPort, this.targetHost);
      client.on('data', (chunk) => {
        if (!this.#stalled) upstream.write(chunk);
      });
      upstream.on('data', (chunk) => {
        if (!this.#stalled) client.write(chunk);
      });
    });
    server.listen(this.#port, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    this.#port = typeof address === 'object' && address ? address.port : 0;
    this.#server = server;
  }

  /** Refuses new connections and cuts every open one. */
  close(): void {
    this.#server?.close();
    this.#server = undefined;
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
  }

  /** Keeps every connection open and accepts new ones, but passes nothing either way. */
  stall(): void {
    this.#stalled = true;
  }
}
