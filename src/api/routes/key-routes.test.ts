/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- route tests read JSON answers freely; the assertions check them */
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { adminToken, citySegment, idOf, startApi, type TestApi } from '../api-test-kit.ts';

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`API keys ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    async function makeKey(name: string, scope: string): Promise<{ id: string; secret: string }> {
      const made = await api.call('POST', '/api/keys', { name, scope });
      expect(made.status).toBe(201);
      return { id: idOf(made), secret: made.json.secret as string };
    }

    it('shows a new key its secret once, lists it without one, and keeps only a hash', async () => {
      const made = await api.call('POST', '/api/keys', { name: 'campaign tool', scope: 'read' });
      expect(made.status).toBe(201);
      expect(made.json).toMatchObject({
        name: 'campaign tool',
        scope: 'read',
        createdBy: 'admin',
        revokedAt: null,
      });
      expect(made.json.secret).toMatch(/^smk_[A-Za-z0-9_-]{43}$/);
      const listed = await api.call('GET', '/api/keys');
      expect(listed.json.items.map((k: { name: string }) => k.name)).toEqual(['admin', 'campaign tool']);
      expect(listed.body).not.toContain(made.json.secret);
      const rows = await api.store.db.selectFrom('sm_api_key').selectAll().execute();
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(made.json.secret);
      expect(stored).not.toContain(adminToken);
      const hash = createHash('sha256')
        .update(made.json.secret as string)
        .digest('hex');
      expect(rows.find((r) => r.id === made.json.id)?.secret_hash).toBe(hash);
    });

    it('lets a read key read and nothing else', async () => {
      const { secret } = await makeKey('reader', 'read');
      expect((await api.call('GET', '/api/contacts', undefined, bearer(secret))).status).toBe(200);
      expect((await api.call('GET', '/api/segments', undefined, bearer(secret))).status).toBe(200);
      const refused = await api.call('POST', '/api/contacts', { firstname: 'Ada' }, bearer(secret));
      expect(refused.status).toBe(403);
      expect(refused.json.error).toMatchObject({ code: 'FORBIDDEN' });
      expect(refused.json.error.message).toContain('"read"');
      expect(refused.json.error.message).toContain('"write"');
      expect((await api.call('GET', '/api/contacts')).json.items).toEqual([]);
    });

    it('lets a write key change records and static members, not segments or keys', async () => {
      const { secret } = await makeKey('import job', 'write');
      const contact = await api.call('POST', '/api/contacts', { firstname: 'Ada' }, bearer(secret));
      expect(contact.status).toBe(201);
      const list = await api.call('POST', '/api/segments', { name: 'List', type: 'static' });
      const listId = idOf(list);
      await api.call('POST', `/api/segments/${listId}/go-live`);
      const added = await api.call(
        'POST',
        `/api/segments/${listId}/members`,
        { add: [idOf(contact)] },
        bearer(secret),
      );
      expect(added.status).toBe(200);
      expect(added.json.memberCount).toBe(1);
      const dynamic = idOf(await api.call('POST', '/api/segments', citySegment('Atlantis', 'Atlantis')));
      const override = await api.call(
        'POST',
        `/api/segments/${dynamic}/members`,
        { include: [idOf(contact)] },
        bearer(secret),
      );
      expect(override.status).toBe(403);
      expect(override.json.error.message).toContain('dynamic segment');
      for (const [method, url, body] of [
        ['POST', '/api/segments', citySegment('X', 'X')],
        ['POST', `/api/segments/${dynamic}/go-live`, undefined],
        ['POST', '/api/keys', { name: 'escalate', scope: 'admin' }],
        ['GET', '/api/keys', undefined],
        ['GET', '/api/audit', undefined],
      ] as const) {
        expect((await api.call(method, url, body, bearer(secret))).status, `${method} ${url}`).toBe(403);
      }
    });

    it('refuses a revoked key at once, and keeps it listed as revoked', async () => {
      const { id, secret } = await makeKey('old laptop', 'read');
      expect((await api.call('GET', '/api/schema', undefined, bearer(secret))).status).toBe(200);
      expect((await api.call('DELETE', `/api/keys/${id}`)).status).toBe(204);
      const after = await api.call('GET', '/api/schema', undefined, bearer(secret));
      expect(after.status).toBe(401);
      const listed = (await api.call('GET', '/api/keys')).json.items.find((k: { id: string }) => k.id === id);
      expect(listed.revokedAt).not.toBeNull();
      expect((await api.call('DELETE', `/api/keys/${id}`)).status).toBe(404);
    });

    it('will not revoke the last admin key, but will once there is another', async () => {
      const last = await api.call('DELETE', '/api/keys/admin');
      expect(last.status).toBe(409);
      expect(last.json.error.code).toBe('LAST_ADMIN_KEY');
      const other = await makeKey('second admin', 'admin');
      expect((await api.call('DELETE', '/api/keys/admin', undefined, bearer(other.secret))).status).toBe(204);
      expect((await api.call('GET', '/api/keys')).status).toBe(401);
      expect((await api.call('GET', '/api/keys', undefined, bearer(other.secret))).status).toBe(200);
    });

    it('refuses a key without a name or with an unknown scope, saying which', async () => {
      const nameless = await api.call('POST', '/api/keys', { name: ' ', scope: 'read' });
      expect(nameless.status).toBe(400);
      expect(nameless.json.error.details[0].path).toBe('body.name');
      const scope = await api.call('POST', '/api/keys', { name: 'x', scope: 'root' });
      expect(scope.status).toBe(400);
      expect(scope.json.error.details[0].path).toBe('body.scope');
    });
  });
}
