/* eslint-disable @typescript-eslint/no-unsafe-member-access -- route tests read JSON answers freely; the assertions check them */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startApi, type TestApi } from '../../src/api/api-test-kit.ts';
import { testBackends } from '../../src/store/test-backends.ts';
import { concretePath, documentedRoutes, pathSpellings, type DocumentedRoute } from './openapi-routes.ts';

const everyMethod = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The status a request gets when it passes the auth check: a hook answers it before the handler runs. */
const reached = 299;

type Scope = 'read' | 'write' | 'admin';

/**
 * The routes a `write` key may call beyond reading, as API.md states them: records, imports and the
 * members of static segments. Stated here independently of the routes' own declarations.
 */
const writeRoutes = new Set([
  'POST /api/records/{entity}',
  'PATCH /api/records/{entity}/{id}',
  'DELETE /api/records/{entity}/{id}',
  ...['contacts', 'accounts', 'leads'].flatMap((path) => [
    `POST /api/${path}`,
    `PATCH /api/${path}/{id}`,
    `DELETE /api/${path}/{id}`,
  ]),
  'POST /api/interactions',
  'POST /api/import/{entity}',
  'POST /api/segments/{id}/members',
  'POST /api/data/v9.0/msdyncrm_SegmentMembersUpdate',
]);

/** Reads only an admin may make: who holds keys, and who changed what. */
const adminReads = new Set(['GET /api/keys', 'GET /api/audit']);

/**
 * POSTs that only compute an answer from their body and save nothing, which a `read` key may make:
 * checking and estimating a definition (the designer's problems and size), reading MQL into a query
 * and printing a query as MQL (the designer's Query view), and the Dataverse API's validation and
 * contact fetch.
 */
const readPosts = new Set([
  'POST /api/segments/validate',
  'POST /api/segments/estimate',
  'POST /api/mql/parse',
  'POST /api/mql/print',
  'POST /api/data/v9.0/msdyncrm_ValidateSegment',
  'POST /api/data/v9.0/msdyncrm_FetchContactsByQuery',
]);

/** The scope API.md says a documented route needs. */
function neededScope(route: DocumentedRoute): Scope | 'public' {
  if (route.public) return 'public';
  if (adminReads.has(`${route.method} ${route.path}`)) return 'admin';
  if (route.method === 'GET' || route.method === 'HEAD') return 'read';
  if (readPosts.has(`${route.method} ${route.path}`)) return 'read';
  return writeRoutes.has(`${route.method} ${route.path}`) ? 'write' : 'admin';
}

const grants = (held: Scope | undefined, needed: Scope | 'public') =>
  needed === 'public' ||
  (held !== undefined &&
    ['read', 'write', 'admin'].indexOf(held) >= ['read', 'write', 'admin'].indexOf(needed));

interface Outcome {
  readonly status: number;
  /** The route the router matched, as `METHOD /api/template/{param}`, or undefined for a 404. */
  readonly route: string | undefined;
}

/** Every method to every spelling of every documented route with `authorization`, and what each got. */
async function tryEverything(
  app: FastifyInstance,
  routes: readonly DocumentedRoute[],
  authorization: string | undefined,
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  for (const route of routes) {
    for (const url of pathSpellings(concretePath(route.path))) {
      for (const method of everyMethod) {
        const request = `${method} ${url}`;
        if (outcomes.has(request)) continue;
        const answer = await app.inject({
          method,
          url,
          headers: authorization === undefined ? {} : { authorization },
        });
        const matched = answer.headers['x-matched-route'];
        outcomes.set(request, {
          status: answer.statusCode,
          route: typeof matched === 'string' && matched !== '' ? matched : undefined,
        });
      }
    }
  }
  return outcomes;
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`authorisation on every route and spelling ${backend.label}`, () => {
    let api: TestApi;
    let routes: DocumentedRoute[];
    const secrets: Partial<Record<Scope, string>> = { admin: adminToken };
    let setUp = false;
    beforeAll(async () => {
      // Thousands of wrong keys are sent on purpose here; the throttle has its own test.
      api = await startApi(backend, { failedAuth: { maxFailures: 1_000_000 } });
      // Says which route the router matched (as the OpenAPI document spells it), and stops every
      // request that got past the auth check before its body is read: nothing runs, nothing changes.
      api.app.addHook('onSend', async (request, reply, payload) => {
        const url = request.routeOptions.url;
        if (url !== undefined)
          void reply.header('x-matched-route', `${request.method} ${url.replace(/:(\w+)/g, '{$1}')}`);
        return payload;
      });
      api.app.addHook('preParsing', async (request, reply) => {
        if (!setUp) return;
        if (request.routeOptions.url !== undefined && request.routeOptions.config.access !== 'public')
          await reply.code(reached).send();
      });
      routes = await documentedRoutes(api.app);
      for (const scope of ['read', 'write'] as const) {
        const made = await api.call('POST', '/api/keys', { name: `${scope} key`, scope });
        expect(made.status).toBe(201);
        secrets[scope] = made.json.secret as string;
      }
      setUp = true;
    });
    afterAll(async () => {
      await api.app.close();
      await backend.cleanup();
    });

    it('documents the routes it checks, only health public', () => {
      expect(routes.length).toBeGreaterThan(35);
      expect(routes.filter((r) => r.public).map((r) => r.path)).toEqual(['/api/health']);
    });

    // Fastify answers HEAD for every GET route; the document lists the GET only.
    const neededByRoute = () =>
      new Map(
        routes.flatMap((r) => {
          const entry = [`${r.method} ${r.path}`, neededScope(r)] as const;
          return r.method === 'GET' ? [entry, [`HEAD ${r.path}`, neededScope(r)] as const] : [entry];
        }),
      );

    for (const [label, scope, header] of [
      ['no key', undefined, () => undefined],
      ['a wrong key', undefined, () => `Bearer ${adminToken}x`],
      ['a revoked-looking key', undefined, () => 'Bearer smk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
      ['the read key', 'read', () => `Bearer ${secrets.read ?? ''}`],
      ['the write key', 'write', () => `Bearer ${secrets.write ?? ''}`],
      ['the admin key', 'admin', () => `Bearer ${adminToken}`],
    ] as const) {
      it(`gives ${label} exactly what its scope allows, however a path is spelled`, async () => {
        const needed = neededByRoute();
        const outcomes = await tryEverything(api.app, routes, header());
        let oddSpellingsRouted = 0;
        for (const [request, outcome] of outcomes) {
          const need =
            outcome.route === undefined ? undefined : needed.get(outcome.route as `${string} ${string}`);
          if (need === undefined) {
            // No documented route matched (a 404, or the web app's pages): it must not have got through.
            expect(outcome.status, `${request} → ${outcome.route ?? 'no route'}`).not.toBe(reached);
            continue;
          }
          if (!request.endsWith(outcome.route?.split(' ')[1] ?? '')) oddSpellingsRouted++;
          if (need === 'public') continue;
          const expected = grants(scope, need) ? reached : scope === undefined ? 401 : 403;
          expect(outcome.status, `${request} → ${outcome.route ?? ''} needs ${need}`).toBe(expected);
        }
        // Odd spellings do reach routes (the router decodes them), so the checks above are not vacuous.
        expect(oddSpellingsRouted).toBeGreaterThan(routes.length);
      });
    }

    it('lets the admin key reach every documented route by its plain path', async () => {
      for (const route of routes) {
        const url = concretePath(route.path);
        const answer = await api.app.inject({
          method: route.method as 'GET',
          url,
          headers: { authorization: `Bearer ${adminToken}` },
        });
        expect(answer.statusCode, `${route.method} ${url}`).toBe(route.public ? 200 : reached);
      }
    });

    it('answers the percent-encoded paths of the report with 401 and no data', async () => {
      for (const [method, url] of [
        ['GET', '/%61pi/contacts'],
        ['POST', '/%61pi/contacts'],
        ['DELETE', '/%61pi/contacts/x'],
        ['POST', '/%61pi/webhooks'],
        ['GET', '/a%70i/contacts'],
      ] as const) {
        const answer = await api.app.inject({ method, url });
        expect(answer.statusCode, `${method} ${url}`).toBe(401);
        expect(answer.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
      }
    });
  });
}
