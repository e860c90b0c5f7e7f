/* eslint-disable @typescript-eslint/no-unsafe-member-access -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../store/test-backends.ts';
import { authorization, startApi, type TestApi } from './api-test-kit.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`the app ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('answers health without a token', async () => {
      const answer = await api.call('GET', '/api/health', undefined, {});
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ ok: true, leader: true });
    });

    it('refuses every other API route without the token, with the error shape', async () => {
      for (const [method, url] of [
        ['GET', '/api/schema'],
        ['GET', '/api/contacts'],
        ['POST', '/api/segments'],
        ['GET', '/api/events'],
      ] as const) {
        const answer = await api.call(method, url, undefined, {});
        expect(answer.status, `${method} ${url}`).toBe(401);
        expect(answer.json.error.code).toBe('UNAUTHORIZED');
        expect(answer.headers['www-authenticate']).toContain('Bearer');
      }
    });

    it('refuses a wrong token and a token that is only a prefix of the right one', async () => {
      for (const header of ['Bearer wrong', 'Bearer test-token', 'Basic dGVzdA==', 'Bearer']) {
        const answer = await api.call('GET', '/api/schema', undefined, { authorization: header });
        expect(answer.status, header).toBe(401);
        expect(answer.json.error.code).toBe('UNAUTHORIZED');
      }
    });

    it('answers 404 with the error shape for a route that does not exist', async () => {
      const answer = await api.call('GET', '/api/nothing-here');
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual({
        error: { code: 'NOT_FOUND', message: 'There is no route GET /api/nothing-here.' },
      });
    });

    it('answers 400 INVALID_JSON for a body that is not JSON', async () => {
      const answer = await api.call('POST', '/api/contacts', '{"firstname": ');
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe('INVALID_JSON');
    });

    it('takes an empty JSON body as no body', async () => {
      const created = await api.call('POST', '/api/segments', { name: 'Static', type: 'static' });
      const headers = { ...authorization, 'content-type': 'application/json' };
      const url = `/api/segments/${created.json.id as string}/go-live`;
      const live = await api.app.inject({ method: 'POST', url, headers, payload: '' });
      expect(live.statusCode).toBe(200);
      const missing = await api.app.inject({ method: 'POST', url: '/api/contacts', headers, payload: '' });
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toMatchObject({
        error: { code: 'INVALID_REQUEST', details: [{ path: 'body' }] },
      });
    });

    it('answers 400 with each problem and its path for a body of the wrong shape', async () => {
      const answer = await api.call('POST', '/api/contacts', [{ firstname: 'Ada' }]);
      expect(answer.status).toBe(400);
      expect(answer.json.error.code).toBe('INVALID_REQUEST');
      expect(answer.json.error.details).toEqual([expect.objectContaining({ path: 'body' })]);
      const query = await api.call('GET', '/api/contacts?limit=0');
      expect(query.status).toBe(400);
      expect(query.json.error.details[0].path).toBe('querystring.limit');
    });

    it('answers 415 for a body whose content type is not JSON', async () => {
      const answer = await api.app.inject({
        method: 'POST',
        url: '/api/contacts',
        headers: { ...authorization, 'content-type': 'application/xml' },
        payload: '<contact/>',
      });
      expect(answer.statusCode).toBe(415);
      expect(answer.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    });

    it('serves the OpenAPI document with every route of the API', async () => {
      const answer = await api.call('GET', '/api/openapi.json');
      expect(answer.status).toBe(200);
      expect(answer.json.openapi).toBe('3.1.0');
      const paths = Object.keys(answer.json.paths as object);
      for (const path of [
        '/api/health',
        '/api/schema',
        '/api/schema/{entity}/attributes',
        '/api/schema/entities',
        '/api/records/{entity}',
        '/api/records/{entity}/{id}',
        '/api/contacts',
        '/api/contacts/{id}',
        '/api/accounts/{id}',
        '/api/leads/{id}',
        '/api/interactions',
        '/api/segments',
        '/api/segments/{id}',
        '/api/segments/validate',
        '/api/segments/estimate',
        '/api/segments/{id}/go-live',
        '/api/segments/{id}/stop',
        '/api/segments/{id}/members',
        '/api/segments/{id}/members.csv',
        '/api/segments/{id}/explain/{contactId}',
        '/api/segments/{id}/history',
        '/api/events',
        '/api/events/stream',
      ]) {
        expect(paths, path).toContain(path);
      }
      expect(answer.json.components.schemas.SegmentDefinition).toBeDefined();
      expect(answer.json.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
      expect(answer.json.paths['/api/health'].get.security).toEqual([]);
    });

    it('serves the OpenAPI document and the docs page to a browser without a token', async () => {
      for (const url of ['/api/openapi.json', '/api/docs/', '/api/docs/static/swagger-ui.css']) {
        expect((await api.call('GET', url, undefined, {})).status, url).toBe(200);
      }
    });

    it('serves the docs page and its assets', async () => {
      const page = await api.call('GET', '/api/docs/');
      expect(page.status).toBe(200);
      expect(page.body).toContain('swagger');
      const css = await api.call('GET', '/api/docs/static/swagger-ui.css');
      expect(css.status).toBe(200);
    });
  });
}
