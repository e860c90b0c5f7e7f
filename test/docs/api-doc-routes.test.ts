/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- the test reads the OpenAPI document as JSON */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../src/api/api-test-kit.ts';
import { sqliteBackend } from '../../src/store/test-backends.ts';
import { readDoc } from './doc-blocks.ts';

/**
 * docs/API.md lists every route of the OpenAPI document the app serves, each in a table row
 * `| \`METHOD /api/path\` | scope | … |`, and the scope it gives is the one the route really needs: a
 * `read` key is refused (403) exactly by the `write` and `admin` routes, a `write` key by the `admin`
 * ones, and no key at all only by the routes that are not `public`.
 */

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const doc = readDoc('API.md');

/** The routes docs/API.md lists in its tables, as `METHOD /api/path` → scope. */
function documentedRoutes(): Map<string, string> {
  const routes = new Map<string, string>();
  const row = new RegExp(`^\\|\\s*\`((?:${methods.join('|')}) /api/[^\`\\s]*)\`\\s*\\|\\s*(\\w+)\\s*\\|`);
  for (const line of doc.split('\n')) {
    const match = row.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) routes.set(match[1], match[2]);
  }
  return routes;
}

/** Routes the app serves that the OpenAPI document leaves out: the document itself and its page. */
const outsideTheDocument = ['GET /api/openapi.json', 'GET /api/docs'];

const backend = sqliteBackend();
let api: TestApi;
let served: string[] = [];
const keys: Record<'read' | 'write', string> = { read: '', write: '' };

beforeAll(async () => {
  api = await startApi(backend);
  const document = (await api.call('GET', '/api/openapi.json')).json;
  served = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
    ([path, operations]) =>
      Object.keys(operations)
        .map((method) => method.toUpperCase())
        .filter((method) => (methods as readonly string[]).includes(method))
        .map((method) => `${method} ${path}`),
  );
  for (const scope of ['read', 'write'] as const) {
    const made = await api.call('POST', '/api/keys', { name: `docs ${scope}`, scope });
    keys[scope] = made.json.secret;
  }
});

afterAll(async () => {
  await api.app.close();
  await backend.cleanup();
});

/**
 * The status of `route` called with `key` (or none), its path parameters filled with a made-up id. The
 * event stream gets a bad `after`, so that where the key may call it, it answers 400 instead of
 * streaming for ever (the key is checked before the parameters).
 */
async function statusOf(route: string, key: string | undefined): Promise<number> {
  const [method = 'GET', path = ''] = route.split(' ');
  const url =
    path.replace(/\{[^}]+\}/g, 'doc-test-id') + (path === '/api/events/stream' ? '?after=none' : '');
  const headers: Record<string, string> = key === undefined ? {} : { authorization: `Bearer ${key}` };
  return (await api.call(method, url, method === 'GET' || method === 'DELETE' ? undefined : {}, headers))
    .status;
}

describe('docs/API.md', () => {
  it('lists every route of the OpenAPI document', () => {
    expect(served.length).toBeGreaterThan(50);
    const listed = documentedRoutes();
    expect(served.filter((route) => !listed.has(route))).toEqual([]);
  });

  it('lists no route the app does not serve', () => {
    const known = new Set([...served, ...outsideTheDocument]);
    expect([...documentedRoutes().keys()].filter((route) => !known.has(route))).toEqual([]);
  });

  it('gives each route a scope that is public, read, write or admin', () => {
    const scopes = new Set(documentedRoutes().values());
    expect([...scopes].filter((s) => !['public', 'read', 'write', 'admin'].includes(s))).toEqual([]);
  });

  it('gives each route the scope it really needs', async () => {
    const wrong: string[] = [];
    for (const [route, scope] of documentedRoutes()) {
      const refused = {
        none: (await statusOf(route, undefined)) === 401,
        read: (await statusOf(route, keys.read)) === 403,
        write: (await statusOf(route, keys.write)) === 403,
      };
      const expected = {
        none: scope !== 'public',
        read: scope === 'write' || scope === 'admin',
        write: scope === 'admin',
      };
      if (JSON.stringify(refused) !== JSON.stringify(expected))
        wrong.push(`${route}: documented ${scope}, refused ${JSON.stringify(refused)}`);
    }
    expect(wrong).toEqual([]);
  });
});
