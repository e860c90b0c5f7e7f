import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../store/test-backends.ts';
import { authorization, createContacts, liveSegment, startApi, type TestApi } from './api-test-kit.ts';

/** Odd path parts: NUL, invalid UTF-8, long, quotes, case-folding letters. */
const oddIds = [
  '%00',
  '%FF',
  'x'.repeat(1500),
  encodeURIComponent("'; drop table contact; --"),
  encodeURIComponent('İΣς'),
];

/** Odd JSON bodies, of every shape. */
const oddBodies: unknown[] = [
  null,
  7,
  'text',
  [],
  {},
  { firstname: 'a\u0000b' },
  { 'a\u0000': 1 },
  { name: 7 },
  { name: 'n', query: 'nonsense' },
  { add: ['x'.repeat(5000)] },
  { addByQuery: { blocks: 5 } },
  { numberofchildren: 1e300, creditlimit: '1e400', birthdate: '9999-99-99', interests: [1, 2] },
];

const routes = [
  '/api/contacts/ID',
  '/api/records/ID/ID',
  '/api/segments/ID',
  '/api/segments/ID/members',
  '/api/segments/ID/members.csv',
  '/api/segments/ID/explain/ID',
  '/api/segments/ID/history',
  '/api/segments/ID/go-live',
  '/api/segments/ID/stop',
  '/api/schema/ID/attributes',
  '/api/events?after=ID&segment=ID',
  '/api/contacts?search=ID&sort=ID&cursor=ID',
];

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`odd input ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('is answered with a 4xx and the error shape, never a 500', async () => {
      const [contact] = await createContacts(api, [{ firstname: 'Ada' }]);
      const segment = await liveSegment(api, { name: 'Static', type: 'static' });
      const urls = [
        ...routes.flatMap((route) => oddIds.map((id) => route.replaceAll('ID', id))),
        `/api/contacts/${contact ?? ''}`,
        `/api/segments/${segment}`,
        `/api/segments/${segment}/members`,
        '/api/segments',
        '/api/segments/validate',
        '/api/segments/estimate',
        '/api/interactions',
        '/api/schema/entities',
      ];
      const failures: string[] = [];
      for (const url of urls) {
        for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) {
          const bodies = method === 'GET' || method === 'DELETE' ? [undefined] : oddBodies;
          for (const body of bodies) {
            const answer = await api.app.inject({
              method,
              url,
              headers: {
                ...authorization,
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
              },
              ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
            });
            const shaped =
              answer.statusCode < 400 ||
              typeof answer.json<{ error?: { code?: unknown } }>().error?.code === 'string';
            if (answer.statusCode >= 500 || !shaped) {
              failures.push(
                `${method} ${url.slice(0, 80)} ${body === undefined ? '' : JSON.stringify(body).slice(0, 60)} → ${answer.statusCode}`,
              );
            }
          }
        }
      }
      expect(failures).toEqual([]);
    });
  });
}
