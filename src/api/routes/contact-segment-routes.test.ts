/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { citySegment, createContacts, idOf, liveSegment, startApi, type TestApi } from '../api-test-kit.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`contact segment routes ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('lists the segments a contact belongs to by name, each with how it got there', async () => {
      const [ada, bob] = await createContacts(api, [
        { firstname: 'Ada', address1_city: 'Atlantis' },
        { firstname: 'Bob', address1_city: 'Rome' },
      ]);
      const atlantis = await liveSegment(api, citySegment('Contacts from Atlantis', 'Atlantis'));
      const romans = await liveSegment(api, citySegment('Contacts from Rome', 'Rome'));
      const vips = idOf(await api.call('POST', '/api/segments', { name: 'VIPs', type: 'static' }));
      await api.call('POST', `/api/segments/${vips}/members`, { add: [ada] });
      await api.call('POST', `/api/segments/${romans}/members`, { include: [ada] });
      await api.call('POST', '/api/segments', citySegment('A draft of Atlantis', 'Atlantis'));

      const answer = await api.call('GET', `/api/contacts/${ada ?? ''}/segments`);
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({
        items: [
          { id: atlantis, name: 'Contacts from Atlantis', state: 'live', type: 'dynamic', source: 'query' },
          { id: romans, name: 'Contacts from Rome', state: 'live', type: 'dynamic', source: 'included' },
          { id: vips, name: 'VIPs', state: 'draft', type: 'static', source: 'added' },
        ],
      });
      const other = await api.call('GET', `/api/contacts/${bob ?? ''}/segments`);
      expect(other.json.items.map((s: { id: string }) => s.id)).toEqual([romans]);
    });

    it('follows a change of data: a contact that leaves a segment no longer lists it', async () => {
      const [ada] = await createContacts(api, [{ firstname: 'Ada', address1_city: 'Atlantis' }]);
      await liveSegment(api, citySegment('Contacts from Atlantis', 'Atlantis'));
      expect((await api.call('GET', `/api/contacts/${ada ?? ''}/segments`)).json.items).toHaveLength(1);
      await api.call('PATCH', `/api/contacts/${ada ?? ''}`, { address1_city: 'Rome' });
      expect((await api.call('GET', `/api/contacts/${ada ?? ''}/segments`)).json).toEqual({ items: [] });
    });

    it('answers 404 for a contact that does not exist, and 401 without the token', async () => {
      const missing = await api.call('GET', '/api/contacts/nobody/segments');
      expect(missing.status).toBe(404);
      expect(missing.json.error.code).toBe('NOT_FOUND');
      expect((await api.call('GET', '/api/contacts/nobody/segments', undefined, {})).status).toBe(401);
    });
  });
}
