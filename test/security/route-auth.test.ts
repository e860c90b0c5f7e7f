import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startApi, type TestApi } from '../../src/api/api-test-kit.ts';
import { testBackends } from '../../src/store/test-backends.ts';
import { concretePath, documentedRoutes, pathSpellings, type DocumentedRoute } from './openapi-routes.ts';

const everyMethod = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The status a request gets when it passes the auth check: the handler never runs. */
const reached = 299;

interface Outcome {
  readonly status: number;
  /** The route the router matched (its template), or undefined for a 404. */
  readonly route: string | undefined;
}

/**
 * Sends every method to every spelling of every documented route with `authorization`, and says what
 * happened to each. A hook after the auth check answers `reached` before any body is read, so nothing
 * runs and nothing changes.
 */
async function tryEverything(
  app: FastifyInstance,
  routes: readonly DocumentedRoute[],
  authorization: string | undefined,
): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const seen = new Set<string>();
  for (const route of routes) {
    for (const url of pathSpellings(concretePath(route.path))) {
      for (const method of everyMethod) {
        const key = `${method} ${url}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const answer = await app.inject({
          method,
          url,
          headers: authorization === undefined ? {} : { authorization },
        });
        const route = answer.headers['x-matched-route'];
        outcomes.set(key, {
          status: answer.statusCode,
          route: typeof route === 'string' ? route : undefined,
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
    beforeAll(async () => {
      api = await startApi(backend);
      api.app.addHook('preParsing', async (request, reply) => {
        void reply.header('x-matched-route', `${request.method} ${request.routeOptions.url ?? ''}`);
        if (request.routeOptions.url !== undefined && request.routeOptions.config.access !== 'public')
          await reply.code(reached).send();
      });
      api.app.addHook('onSend', async (request, reply) => {
        if (request.routeOptions.url !== undefined)
          void reply.header('x-matched-route', `${request.method} ${request.routeOptions.url}`);
      });
      routes = await documentedRoutes(api.app);
    });
    afterAll(async () => {
      await api.app.close();
      await backend.cleanup();
    });

    const protectedTemplates = () =>
      new Set(
        routes.filter((r) => !r.public).map((r) => `${r.method} ${r.path.replace(/\{(\w+)\}/g, ':$1')}`),
      );

    it('documents the routes it checks, the public ones marked', () => {
      expect(routes.length).toBeGreaterThan(30);
      expect(routes.filter((r) => r.public).map((r) => r.path)).toEqual(['/api/health']);
    });

    it('refuses every protected route without a key, however its path is spelled', async () => {
      const outcomes = await tryEverything(api.app, routes, undefined);
      const guarded = protectedTemplates();
      let reachedByOddSpelling = 0;
      for (const [request, outcome] of outcomes) {
        expect(outcome.status, `${request} reached ${outcome.route ?? 'no route'}`).not.toBe(reached);
        if (outcome.route !== undefined && guarded.has(outcome.route)) {
          expect(outcome.status, `${request} → ${outcome.route}`).toBe(401);
          if (!request.endsWith(outcome.route.split(' ')[1] ?? '')) reachedByOddSpelling++;
        }
      }
      // The odd spellings do route (the router decodes them), so the check above is not vacuous.
      expect(reachedByOddSpelling).toBeGreaterThan(routes.length);
    });

    it('refuses a wrong key on every protected route, however its path is spelled', async () => {
      const outcomes = await tryEverything(api.app, routes, `Bearer ${adminToken}x`);
      for (const [request, outcome] of outcomes) {
        expect(outcome.status, `${request} reached ${outcome.route ?? 'no route'}`).not.toBe(reached);
      }
    });

    it('lets the admin key reach every documented route by its plain path', async () => {
      for (const route of routes) {
        const url = concretePath(route.path);
        const answer = await api.app.inject({
          method: route.method as 'GET',
          url,
          headers: { authorization: `Bearer ${adminToken}` },
        });
        const expected = route.public ? 200 : reached;
        expect(answer.statusCode, `${route.method} ${url}`).toBe(expected);
      }
    });

    it('answers the percent-encoded path of the report with 401 and no data', async () => {
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
