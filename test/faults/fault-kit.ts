import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import pg from 'pg';
import { startCli } from '../cli/run-cli.ts';

/**
 * What the fault tests (issue 12, "Faults") share: real `segmint` processes, PostgreSQL databases of
 * their own (as test/cli/postgres.test.ts and test/concurrency do: `--pg` takes a URL and no schema, so
 * each case gets a database, made here and dropped with `WITH (FORCE)`), and segment definitions.
 */

export const serverUrl = process.env.SEGMINT_TEST_PG;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one statement on the PostgreSQL server's own database (creating and dropping databases). */
async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Databases made by `freshDatabase`, dropped by `dropDatabases`. */
export interface Databases {
  /** A new empty database: its name and its URL for `--pg`. */
  fresh(prefix: string): Promise<{ name: string; url: string }>;
  /** Drops every database `fresh` made (closing whatever is still connected to them). */
  dropAll(): Promise<void>;
}

export function databases(): Databases {
  const made: string[] = [];
  return {
    async fresh(prefix) {
      const name = `${prefix}_${randomBytes(4).toString('hex')}`;
      await onServer(`CREATE DATABASE ${name}`);
      made.push(name);
      const url = new URL(serverUrl ?? '');
      url.pathname = `/${name}`;
      return { name, url: url.toString() };
    },
    async dropAll() {
      for (const name of made.splice(0)) await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A connected client on `url`, for the test's own reads (and for terminating others' sessions). */
export async function pgClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'segmint-fault-test' });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** A `segmint serve` process on a free port of 127.0.0.1. */
export interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** True while the process runs. */
  alive(): boolean;
  /** Stops it with SIGTERM and gives its exit code (null: killed by a signal). */
  stop(): Promise<number | null>;
}

/** Starts `segmint serve --no-demo` with `token` as its admin token and waits until it prints its URL. */
export async function serve(
  args: readonly string[],
  token: string,
  running: Set<ChildProcess>,
  waitMs = 60_000,
): Promise<Served> {
  const child = startCli(['serve', '--port', '0', '--host', '127.0.0.1', '--no-demo', ...args], {
    env: { SEGMINT_ADMIN_TOKEN: token },
  });
  running.add(child);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let output = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`serve did not start within ${waitMs} ms:\n${output}`));
    }, waitMs);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /Segmint is serving (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${String(code)}) before serving:\n${output}`));
    });
  });
  return {
    child,
    url,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await exited;
      running.delete(child);
      return code;
    },
  };
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
