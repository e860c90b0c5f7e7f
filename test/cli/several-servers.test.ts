import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SseClient } from '../../src/api/sse-test-client.ts';
import { atlantis } from './definitions.ts';
import { tempFolder } from './run-cli.ts';
import { serveProcess, type Served } from './serve-process.ts';

/**
 * Several `segmint serve` processes on one database (DESIGN.md, "Several processes, one truth"): one
 * of them leads (ticks the clock, delivers webhooks) and another takes over within one tick period
 * when the leader is killed with SIGKILL; an event committed through one shows in the event stream of
 * another within a second.
 */
const temp = tempFolder();
const running = new Set<ChildProcess>();
const token = 'several-servers-token';
const pgUrl = process.env.SEGMINT_TEST_PG;
const pgSchemas: string[] = [];

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});
afterAll(async () => {
  temp.cleanup();
  if (!pgUrl || pgSchemas.length === 0) return;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  for (const schema of pgSchemas) await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

const tickSeconds = 2;

interface Backend {
  readonly label: string;
  readonly skip: boolean;
  /** The arguments that put a new process on one new database. */
  database(): Promise<string[]>;
}

const backends: Backend[] = [
  {
    label: 'on one SQLite file',
    skip: false,
    database: () => Promise.resolve(['--data-dir', join(temp.dir, randomBytes(4).toString('hex'))]),
  },
  {
    label: pgUrl
      ? 'on one PostgreSQL database'
      : 'on one PostgreSQL database (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)',
    skip: !pgUrl,
    async database() {
      const schema = `segmint_servers_${randomBytes(4).toString('hex')}`;
      pgSchemas.push(schema);
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`create schema "${schema}"`);
      await client.end();
      const url = new URL(pgUrl ?? '');
      // Each session of the servers works in the schema: libpq's options, as pg passes them on.
      url.searchParams.set('options', `-c search_path=${schema}`);
      return ['--pg', url.toString(), '--data-dir', join(temp.dir, schema)];
    },
  },
];

async function health(server: Served): Promise<{ ok: boolean; leader: boolean } | undefined> {
  try {
    const answer = await fetch(`${server.url}/api/health`);
    return (await answer.json()) as { ok: boolean; leader: boolean };
  } catch {
    return undefined; // killed
  }
}

/** Polls until `test` holds or `ms` pass; true when it held. */
async function eventually(test: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function call(server: Served, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`several servers ${backend.label}`, () => {
    async function servers(count: number): Promise<Served[]> {
      const database = await backend.database();
      const started: Served[] = [];
      // One after another: the first creates the database, the others open it.
      for (let i = 0; i < count; i++) {
        started.push(
          await serveProcess(
            ['--no-demo', '--tick', String(tickSeconds), ...database],
            { SEGMINT_ADMIN_TOKEN: token },
            running,
          ),
        );
      }
      return started;
    }

    it('has one leader, replaced within one tick period when it is killed with SIGKILL', async () => {
      const three = await servers(3);
      const leaders = async () => {
        const states = await Promise.all(three.map(health));
        return three.filter((_, i) => states[i]?.leader === true);
      };
      expect(await eventually(async () => (await leaders()).length === 1, 2_000)).toBe(true);
      const [leader] = await leaders();
      if (!leader) throw new Error('no leader');
      leader.child.kill('SIGKILL');
      await leader.stopped();
      const killedAt = Date.now();
      // One tick period, and a little for the health requests themselves.
      const tookOver = await eventually(async () => (await leaders()).length === 1, tickSeconds * 1000 + 500);
      expect(tookOver, `no process led ${Date.now() - killedAt} ms after the leader was killed`).toBe(true);
      expect((await leaders()).map((s) => s.url)).not.toContain(leader.url);
    });

    it("shows in one server's event stream, within a second, a change committed through another", async () => {
      const [writer, reader] = await servers(2);
      if (!writer || !reader) throw new Error('two servers expected');
      const created = await call(writer, 'POST', '/api/segments', atlantis);
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await call(writer, 'POST', `/api/segments/${id}/go-live`)).status).toBe(200);
      const stream = await SseClient.open(`${reader.url}/api/events/stream?after=0`, {
        authorization: `Bearer ${token}`,
      });
      try {
        const written = await call(writer, 'POST', '/api/contacts', {
          firstname: 'Ann',
          address1_city: 'Atlantis',
        });
        expect(written.status).toBe(201);
        const contact = (await written.json()) as { id: string };
        const event = await stream.next(1_000);
        expect(JSON.parse(event.data)).toMatchObject({ contactId: contact.id, change: 'joined' });
      } finally {
        stream.close();
      }
    });
  });
}
