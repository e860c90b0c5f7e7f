/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../store/test-backends.ts';
import { citySegment, idOf, startApi, type TestApi } from './api-test-kit.ts';
import { auditedByHandler, auditedRoutes, notAudited } from './audit-trail.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`the audit trail ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('records who created, published, stopped, changed and deleted a segment, and who made and revoked keys', async () => {
      const made = await api.call('POST', '/api/keys', { name: 'ops', scope: 'admin' });
      const ops = { authorization: `Bearer ${made.json.secret as string}` };
      const segment = idOf(await api.call('POST', '/api/segments', citySegment('Atlantis', 'Atlantis'), ops));
      await api.call('POST', `/api/segments/${segment}/go-live`, undefined, ops);
      await api.call('POST', `/api/segments/${segment}/stop`);
      await api.call('PUT', `/api/segments/${segment}`, citySegment('Atlantis', 'Lemuria'));
      await api.call('DELETE', `/api/segments/${segment}`, undefined, ops);
      await api.call('POST', '/api/schema/contact/attributes', {
        name: 'loyaltypoints',
        displayName: 'Loyalty Points',
        type: 'integer',
      });
      await api.call('DELETE', `/api/keys/${idOf(made)}`);
      // Reads and refused changes leave no trace.
      await api.call('GET', '/api/segments');
      await api.call('DELETE', '/api/segments/nothing');
      const trail = await api.call('GET', '/api/audit');
      expect(trail.status).toBe(200);
      expect(
        trail.json.items.map((e: { keyName: string; action: string; target: string }) => [
          e.keyName,
          e.action,
          e.target,
        ]),
      ).toEqual([
        ['admin', 'key.create', idOf(made)],
        ['ops', 'segment.create', segment],
        ['ops', 'segment.go-live', segment],
        ['admin', 'segment.stop', segment],
        ['admin', 'segment.update', segment],
        ['ops', 'segment.delete', segment],
        ['admin', 'schema.attribute.create', 'contact.loyaltypoints'],
        ['admin', 'key.revoke', idOf(made)],
      ]);
      expect(trail.json.items[0].at).toBe('2026-03-10T17:00:00.000Z');
      expect(trail.json.nextCursor).toBeNull();
    });

    it('pages the trail with nextCursor', async () => {
      for (const name of ['a', 'b', 'c']) await api.call('POST', '/api/keys', { name, scope: 'read' });
      const first = await api.call('GET', '/api/audit?limit=2');
      expect(first.json.items).toHaveLength(2);
      const next = await api.call('GET', `/api/audit?limit=2&after=${first.json.nextCursor as string}`);
      expect(next.json.items).toHaveLength(1);
      expect(next.json.nextCursor).toBeNull();
    });

    it('covers every route that changes what an admin manages', async () => {
      const document = (await api.call('GET', '/api/openapi.json')).json as {
        paths: Record<string, Record<string, unknown>>;
      };
      const writeRoutes = /^\/api\/(records|contacts|accounts|leads|interactions|import)\b/;
      const missing = Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations)
          .filter((method) => method !== 'get')
          .map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)
          .filter((route) => !writeRoutes.test(route.split(' ')[1] ?? ''))
          .filter(
            (route) =>
              auditedRoutes[route] === undefined && !notAudited.has(route) && !auditedByHandler.has(route),
          ),
      );
      expect(missing).toEqual([]);
    });
  });
}
