import type { FastifyInstance } from 'fastify';
import { Engine, ManualClock } from '../engine/index.ts';
import type { Store } from '../store/index.ts';
import type { TestBackend } from '../store/test-backends.ts';
import { buildApp } from './app.ts';
import type { ThrottleOptions } from './failed-auth-throttle.ts';

/** Helpers for the route tests: an app over a fresh database, and requests with the token. */

export const adminToken = 'test-token-0123456789';
export const authorization = { authorization: `Bearer ${adminToken}` };

/** The moment every test starts at. */
export const start = '2026-03-10T17:00:00.000Z';

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, unknown>;
  readonly body: string;
  /** The body parsed as JSON (undefined when empty). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers freely
  readonly json: any;
}

export interface TestApi {
  readonly app: FastifyInstance;
  readonly engine: Engine;
  readonly store: Store;
  readonly clock: ManualClock;
  /** Sends a request with the admin token (unless `headers` says otherwise). */
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
}

/** An app over a new empty database of `backend`, with a hand-moved clock; closed with the app. */
export async function startApi(
  backend: TestBackend,
  options: { heartbeatMs?: number; webAppDir?: string; failedAuth?: ThrottleOptions } = {},
): Promise<TestApi> {
  const clock = new ManualClock(start);
  const store = await backend.open({ now: () => clock.now() });
  const engine = await Engine.open(store, { clock });
  const app = await buildApp({ engine, adminToken, ...options });
  return {
    app,
    engine,
    store,
    clock,
    async call(method, url, body, headers = authorization) {
      const response = await app.inject({
        method: method as 'GET',
        url,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = response.body;
      let json: unknown;
      try {
        json = text === '' ? undefined : JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.statusCode, headers: response.headers, body: text, json };
    },
  };
}

/** A dynamic segment of contacts whose `attribute` equals one of `values`. */
export function citySegment(name: string, city: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    type: 'dynamic',
    query: {
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
    },
    ...extra,
  };
}

/** The `id` of an answer's JSON body. */
export function idOf(answer: Answer): string {
  const body: unknown = answer.json;
  const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') throw new Error(`no id in ${answer.body}`);
  return id;
}

/** Creates contacts through the API, returning their ids in order. */
export async function createContacts(
  api: TestApi,
  contacts: readonly Record<string, unknown>[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const contact of contacts) {
    const answer = await api.call('POST', '/api/contacts', contact);
    if (answer.status !== 201) throw new Error(`contact not created: ${answer.body}`);
    ids.push(idOf(answer));
  }
  return ids;
}

/** Creates a segment through the API and puts it live, returning its id. */
export async function liveSegment(api: TestApi, definition: Record<string, unknown>): Promise<string> {
  const created = await api.call('POST', '/api/segments', definition);
  if (created.status !== 201) throw new Error(`segment not created: ${created.body}`);
  const id = idOf(created);
  const live = await api.call('POST', `/api/segments/${id}/go-live`);
  if (live.status !== 200) throw new Error(`segment not live: ${live.body}`);
  return id;
}
