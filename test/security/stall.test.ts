import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, authorization } from '../../src/api/api-test-kit.ts';
import { buildApp } from '../../src/api/index.ts';
import { memberCsv } from '../../src/engine/index.ts';
import { Engine } from '../../src/engine/index.ts';
import { openStore, type Store, type StoreOptions } from '../../src/store/index.ts';
import { testBackends } from '../../src/store/test-backends.ts';

/**
 * The stall test of issue 11 ("one request stalled the whole server for 265 s"): over a database of
 * 100k contacts, through a real port, an estimate that takes seconds leaves `/api/health` and a small
 * write answering while it runs, and the issue's own estimate (50 `contains` rows of 100 values) is
 * stopped at the server's time limit with a 503 that says so, after which estimates work again.
 */

const contacts = 100_000;

/** Contacts with names no estimate below matches, so every `contains` value is tried on every one. */
async function loadContacts(store: Store): Promise<void> {
  const batch = 10_000;
  for (let start = 0; start < contacts; start += batch) {
    const rows = Array.from({ length: batch }, (_, k) => {
      const i = start + k;
      return {
        id: `c${String(i).padStart(6, '0')}`,
        firstname: `First${i % 9973}`,
        lastname: `Last${i % 7919}`,
        address1_city: `City${i % 97}`,
        emailaddress1: `person${i}@example.com`,
      };
    });
    const result = await store.records.bulkInsert('contact', rows);
    if (result.rejected.length > 0) throw new Error(`rows refused: ${JSON.stringify(result.rejected[0])}`);
  }
}

const textAttributes = ['firstname', 'lastname', 'emailaddress1', 'address1_city'];

/** A query of `rows` `contains` conditions joined by `or`, each with 100 values that match nobody. */
function containsQuery(rows: number) {
  return {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'or',
          children: Array.from({ length: rows }, (_, r) => ({
            kind: 'condition',
            attribute: textAttributes[r % textAttributes.length],
            operator: 'contains',
            values: Array.from({ length: 100 }, (_, v) => `zq${r}x${v}`),
          })),
        },
      },
    ],
  };
}

/** A query of the contacts in `city`. */
function cityQuery(city: string) {
  return {
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'and',
          children: [{ kind: 'condition', attribute: 'address1_city', operator: 'equals', values: [city] }],
        },
      },
    ],
  };
}

/** A server over `options`' database, listening on a free port of 127.0.0.1. */
async function serve(options: StoreOptions) {
  const store = await openStore(options);
  const engine = await Engine.open(store);
  const app = await buildApp({ engine, adminToken, log: 'off' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { store, app, base: `http://127.0.0.1:${port}` };
}

async function call(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Answer;
  return { status: response.status, headers: response.headers, json };
}

/** What the answers below hold. */
interface Answer {
  readonly count?: number;
  readonly id?: string;
  readonly error?: { readonly code: string; readonly message: string };
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`a long estimate ${backend.label}`, () => {
    const servers: { store: Store; app: FastifyInstance }[] = [];
    let options: StoreOptions;

    beforeAll(async () => {
      options = backend.freshOptions({ file: true });
      const store = await openStore(options);
      try {
        await loadContacts(store);
      } finally {
        await store.close();
      }
    }, 180_000);

    afterAll(async () => {
      for (const { app, store } of servers.splice(0)) {
        await app.close();
        await store.close();
      }
      await backend.cleanup();
    });

    it('leaves /api/health and a small write answering while it runs', async () => {
      const server = await serve({ ...options, timeLimitMs: 120_000 });
      servers.push(server);
      const { base } = server;
      let estimated: number | undefined;
      const estimate = call(base, 'POST', '/api/segments/estimate', { query: containsQuery(2) }).then(
        (answer) => {
          estimated = performance.now();
          return answer;
        },
      );
      // Health is asked over and over while the estimate runs, each answer timed.
      const health: { ms: number; at: number; status: number }[] = [];
      let patched: { status: number; at: number } | undefined;
      while (estimated === undefined) {
        const sent = performance.now();
        const { status } = await call(base, 'GET', '/api/health');
        health.push({ ms: performance.now() - sent, at: performance.now(), status });
        if (!patched && health.length === 3) {
          const answer = await call(base, 'PATCH', '/api/contacts/c000042', { firstname: 'Ada' });
          patched = { status: answer.status, at: performance.now() };
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const { status, json } = await estimate;
      expect(status).toBe(200);
      expect(json.count).toBe(0);
      // Health and the write answered before the estimate did, and health each time at once.
      const finished = estimated;
      const during = health.filter((h) => h.at < finished);
      expect(during.length).toBeGreaterThanOrEqual(3);
      expect(during.every((h) => h.status === 200)).toBe(true);
      expect(patched?.status).toBe(200);
      expect(patched?.at).toBeLessThan(finished);
      const slowest = Math.max(...during.map((h) => h.ms));
      expect(slowest).toBeLessThan(1_000);
      // The figure for the record (issue 11 asks for 100 ms); the bound above leaves room for a busy CI machine.
      console.info(
        `${backend.label}: ${during.length} health answers during the estimate, median ${median(during.map((h) => h.ms)).toFixed(1)} ms, slowest ${slowest.toFixed(1)} ms`,
      );
    });

    it('puts a segment live and exports its members through the readers, as the writer would write them', async () => {
      const server = await serve({ ...options, timeLimitMs: 120_000 });
      servers.push(server);
      const { base, store } = server;
      const created = await call(base, 'POST', '/api/segments', {
        name: 'City 7',
        type: 'dynamic',
        query: cityQuery('City7'),
      });
      const id = created.json.id ?? '';
      expect((await call(base, 'POST', `/api/segments/${id}/go-live`)).status).toBe(200);
      const response = await fetch(`${base}/api/segments/${id}/members.csv`, { headers: authorization });
      expect(response.status).toBe(200);
      const exported = await response.text();
      expect(exported.split('\r\n').length).toBe(Math.ceil((contacts - 7) / 97) + 2);
      // The same export from the writer's connection, in a transaction (no readers there).
      const written = await store.transaction(async (tx) => {
        let text = '';
        for await (const chunk of memberCsv(tx, id)) text += chunk;
        return text;
      });
      expect(exported).toBe(written);
    });

    it('stops the issue’s estimate at the time limit with 503 TIMEOUT, and the next estimate works', async () => {
      const server = await serve({ ...options, timeLimitMs: 1_000 });
      servers.push(server);
      const { base } = server;
      const stopped = await call(base, 'POST', '/api/segments/estimate', { query: containsQuery(50) });
      expect(stopped.status).toBe(503);
      expect(stopped.headers.get('retry-after')).toBe('1');
      expect(stopped.json.error?.code).toBe('TIMEOUT');
      expect(stopped.json.error?.message).toMatch(
        /^The estimate took longer than the server's 1 s limit and was stopped\. Narrow the definition/,
      );
      if (backend.name === 'postgres') {
        // The server cancelled the statement: nothing of it is still running.
        const running = await server.store.read(async (session) => {
          // An estimate's statement reads `"contact" as "c"`; the one asking here is left out.
          const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
            where state = 'active' and pid <> pg_backend_pid() and query like ${'%"contact" as "c"%'}`.execute(
            session.db,
          );
          return rows[0]?.n;
        });
        expect(running).toBe(0);
      }
      const next = await call(base, 'POST', '/api/segments/estimate', { query: cityQuery('City7') });
      expect(next.status).toBe(200);
      expect(next.json.count).toBe(Math.ceil((contacts - 7) / 97));
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
