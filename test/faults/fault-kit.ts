import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { serveProcess, type Served } from '../cli/serve-process.ts';

/**
 * What the fault tests (issue 12, "Faults") share: real `segmint` processes (started by
 * `test/cli/serve-process.ts`), PostgreSQL databases of their own (`test/cli/pg-databases.ts`), HTTP
 * answers as the tests judge them, and segment definitions.
 */

export { databases, serverUrl, type Databases } from '../cli/pg-databases.ts';
export type { Served } from '../cli/serve-process.ts';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connected client on `url`, for the test's own reads (and for terminating others' sessions). */
export async function pgClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'segmint-fault-test' });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Starts `segmint serve --no-demo` with `token` as its admin token and waits until it prints its URL. */
export function serve(
  args: readonly string[],
  token: string,
  running: Set<ChildProcess>,
  waitMs = 60_000,
): Promise<Served> {
  return serveProcess(['--no-demo', ...args], { SEGMINT_ADMIN_TOKEN: token }, running, waitMs);
}

/** An HTTP answer as the tests judge it; status 0 when no answer came (refused, reset, or timed out). */
export interface Answer {
  readonly request: string;
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: string;
  readonly startedAt: number;
  readonly endedAt: number;
}

/** Sends one request with the admin token; gives up (status 0, "hung") after `hangMs`. */
export async function call(
  base: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  hangMs = 20_000,
): Promise<Answer> {
  const request = `${method} ${path}${body === undefined ? '' : ` ${JSON.stringify(body)}`}`;
  const startedAt = Date.now();
  try {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(hangMs),
    });
    const text = await response.text();
    return {
      request,
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: text,
      startedAt,
      endedAt: Date.now(),
    };
  } catch (error) {
    const hung = (error as Error).name === 'TimeoutError';
    return {
      request,
      status: 0,
      retryAfter: null,
      body: hung
        ? `no answer within ${hangMs} ms (hung)`
        : `fetch failed: ${String((error as Error).cause ?? error)}`,
      startedAt,
      endedAt: Date.now(),
    };
  }
}

/** True for an answer that is a 2xx. */
export const succeeded = (a: Answer) => a.status >= 200 && a.status < 300;

/**
 * Why `a` is not a proper "try again" answer: '' when it is a 503 with a whole-seconds Retry-After and
 * a JSON body `{ error: { code, message } }`.
 */
export function notA503(a: Answer): string {
  if (a.status !== 503) return `status ${a.status}`;
  if (a.retryAfter === null || !/^\d+$/.test(a.retryAfter)) return `Retry-After ${String(a.retryAfter)}`;
  try {
    const parsed = JSON.parse(a.body) as { error?: { code?: unknown; message?: unknown } };
    if (typeof parsed.error?.code !== 'string' || parsed.error.code === '') return 'no error.code';
    if (typeof parsed.error.message !== 'string' || parsed.error.message === '') return 'no error.message';
  } catch {
    return 'a body that is not JSON';
  }
  return '';
}

/** A few answers, one a line, for a failure message. */
export const shown = (answers: readonly Answer[]) =>
  answers
    .slice(0, 8)
    .map(
      (a) =>
        `${a.status} (Retry-After: ${String(a.retryAfter)}) ${a.request.slice(0, 160)} -> ${a.body.slice(0, 300)}`,
    )
    .join('\n');

/** A dynamic segment of the contacts whose `attribute` `operator` `values`. */
export function contactSegment(name: string, attribute: string, operator: string, values: unknown[]) {
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
            children: [{ kind: 'condition', attribute, operator, values }],
          },
        },
      ],
    },
  };
}
