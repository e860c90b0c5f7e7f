/* eslint-disable @typescript-eslint/no-unsafe-member-access -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { startApi, type TestApi } from '../api-test-kit.ts';

const root = '/api/data/v9.0';
const segments = `${root}/msdyncrm_segments`;

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(
    `the Dataverse segmentation API needs a key, however its path is spelled ${backend.label}`,
    () => {
      let api: TestApi;
      beforeEach(async () => {
        api = await startApi(backend, { failedAuth: { maxFailures: 1_000_000 } });
      });
      afterEach(async () => {
        await api.app.close();
      });
      afterAll(() => backend.cleanup());

      const routes: readonly (readonly [string, string])[] = [
        ['POST', segments],
        ['GET', segments],
        ['GET', `${segments}?$filter=statuscode%20eq%20192350001`],
        ['GET', `${segments}(59ac8bbf-57e7-e811-a9a9-000d3a35f403)`],
        ['PATCH', `${segments}(59ac8bbf-57e7-e811-a9a9-000d3a35f403)`],
        ['DELETE', `${segments}(59ac8bbf-57e7-e811-a9a9-000d3a35f403)`],
        ['POST', `${root}/msdyncrm_SegmentMembersUpdate`],
        ['POST', `${root}/msdyncrm_ValidateSegment`],
        ['POST', `${root}/msdyncrm_FetchContactsByQuery`],
      ];

      /** Spellings of a path that the router still takes to a Dataverse route. */
      const routedSpellings = (path: string) => [
        path,
        path.replace('/api/', '/%61pi/'),
        path.replace('/api/', '/%61%70%69/'),
        path.replace('/data/', '/d%61t%61/'),
        path.replace('msdyncrm_', 'msdyncrm%5F'),
        path.replace('msdyncrm_', 'MSDYNCRM_'),
        path.replace('(', '%28').replace(')', '%29'),
        `${path}${path.includes('?') ? '&' : '?'}x=1`,
      ];
      /** Spellings no route takes: they answer 404, with nothing of the data. */
      const unroutedSpellings = (path: string) => [
        path.replace('/api/', '/API/'),
        path.replace('/api/', '//api/'),
        path.replace('/data/', '//data/'),
        path.replace('/v9.0/', '/V9.0/'),
        path.replace('/data/', '/DATA/'),
      ];

      it('answers 401 without a key or with a wrong one on every route and every spelling that reaches one', async () => {
        for (const [method, path] of routes) {
          for (const url of routedSpellings(path)) {
            for (const headers of [
              {},
              { authorization: 'Bearer wrong-token' },
              { authorization: 'Basic abc' },
            ]) {
              const answer = await api.app.inject({ method: method as 'GET', url, headers });
              expect(answer.statusCode, `${method} ${url} ${JSON.stringify(headers)}`).toBe(401);
              expect(answer.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
            }
          }
          for (const url of unroutedSpellings(path)) {
            const answer = await api.app.inject({ method: method as 'GET', url });
            // No route: a 404, or the web app's page for an unknown address; never a Dataverse answer.
            expect([200, 404], `${method} ${url}`).toContain(answer.statusCode);
            expect(answer.body).not.toContain('msdyncrm_segmentid');
            expect(answer.headers['odata-version']).toBeUndefined();
          }
        }
      });

      it('lets a read key list and read segments, validate and fetch, and refuses it every change with 403', async () => {
        const made = await api.call('POST', '/api/keys', { name: 'reader', scope: 'read' });
        const reader = { authorization: `Bearer ${made.json.secret as string}` };
        expect((await api.call('GET', segments, undefined, reader)).status).toBe(200);
        // Validating and fetching save nothing: the read key gets past authorisation to the body
        // (validation always answers 200 with its result; a fetch without a query is a 400).
        const validate = `${root}/msdyncrm_ValidateSegment`;
        const fetch = `${root}/msdyncrm_FetchContactsByQuery`;
        const reads = [validate, fetch];
        expect((await api.call('POST', validate, {}, reader)).status).toBe(200);
        expect((await api.call('POST', fetch, {}, reader)).status).toBe(400);
        for (const [method, path] of routes.filter(([m, p]) => m !== 'GET' && !reads.includes(p))) {
          const answer = await api.call(method, path, {}, reader);
          expect(answer.status, `${method} ${path}`).toBe(403);
          expect(answer.json.error.code).toBe('FORBIDDEN');
        }
      });
    },
  );
}
