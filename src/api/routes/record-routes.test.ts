/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { createContacts, startApi, type TestApi } from '../api-test-kit.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`record routes ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('creates, reads, changes and deletes a contact', async () => {
      const created = await api.call('POST', '/api/contacts', {
        firstname: 'Ada',
        lastname: 'Lovelace',
        emailaddress1: 'ada@example.com',
        address1_city: 'Atlantis',
      });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({
        id: expect.any(String),
        fullname: 'Ada Lovelace',
        address1_city: 'Atlantis',
      });
      const id = created.json.id as string;

      const read = await api.call('GET', `/api/contacts/${id}`);
      expect(read.status).toBe(200);
      expect(read.json).toEqual(created.json);

      const changed = await api.call('PATCH', `/api/contacts/${id}`, {
        address1_city: null,
        lastname: 'King',
      });
      expect(changed.status).toBe(200);
      expect(changed.json).toMatchObject({ id, address1_city: null, fullname: 'Ada King' });

      const deleted = await api.call('DELETE', `/api/contacts/${id}`);
      expect(deleted.status).toBe(204);
      expect(deleted.body).toBe('');
      expect((await api.call('GET', `/api/contacts/${id}`)).status).toBe(404);
    });

    it('keeps an id the client chose, and answers 409 when it is taken', async () => {
      const created = await api.call('POST', '/api/contacts', { id: 'c-ada', firstname: 'Ada' });
      expect(created.status).toBe(201);
      expect(created.json.id).toBe('c-ada');
      const again = await api.call('POST', '/api/contacts', { id: 'c-ada', firstname: 'Other' });
      expect(again.status).toBe(409);
      expect(again.json.error.code).toBe('DUPLICATE_ID');
    });

    it('answers 422 with every problem of an invalid record', async () => {
      const answer = await api.call('POST', '/api/contacts', {
        birthdate: 'yesterday',
        numberofchildren: 'many',
        nosuchattribute: 1,
      });
      expect(answer.status).toBe(422);
      expect(answer.json.error.code).toBe('INVALID_RECORD');
      const paths = answer.json.error.details.map((p: { path: string }) => p.path).sort();
      expect(paths).toEqual(['birthdate', 'nosuchattribute', 'numberofchildren']);
    });

    it('answers 404 for a record or entity that does not exist', async () => {
      expect((await api.call('GET', '/api/contacts/nobody')).status).toBe(404);
      expect((await api.call('PATCH', '/api/contacts/nobody', { firstname: 'X' })).status).toBe(404);
      expect((await api.call('DELETE', '/api/contacts/nobody')).status).toBe(404);
      const entity = await api.call('POST', '/api/records/spaceship', { name: 'Enterprise' });
      expect(entity.status).toBe(404);
      expect(entity.json.error).toMatchObject({
        code: 'NOT_FOUND',
        message: 'There is no entity "spaceship".',
      });
      expect((await api.call('GET', '/api/records/spaceship/x')).status).toBe(404);
      expect((await api.call('GET', '/api/records/spaceship')).status).toBe(404);
    });

    it('works on any entity through /api/records/{entity}', async () => {
      const created = await api.call('POST', '/api/records/account', {
        name: 'Contoso',
        numberofemployees: 40,
      });
      expect(created.status).toBe(201);
      const id = created.json.id as string;
      expect((await api.call('GET', `/api/records/account/${id}`)).json.name).toBe('Contoso');
      const changed = await api.call('PATCH', `/api/records/account/${id}`, { numberofemployees: 41 });
      expect(changed.json.numberofemployees).toBe(41);
      const page = await api.call('GET', '/api/records/account');
      expect(page.json).toMatchObject({ total: 1, nextCursor: null });
      expect((await api.call('DELETE', `/api/records/account/${id}`)).status).toBe(204);
      expect((await api.call('GET', `/api/records/account/${id}`)).status).toBe(404);
    });

    it('serves accounts and leads at their own paths', async () => {
      const account = await api.call('POST', '/api/accounts', { name: 'Fabrikam' });
      expect(account.status).toBe(201);
      expect((await api.call('GET', `/api/accounts/${account.json.id as string}`)).json.name).toBe(
        'Fabrikam',
      );
      const lead = await api.call('POST', '/api/leads', { firstname: 'Lee', lastname: 'Dean' });
      expect(lead.status).toBe(201);
      expect(lead.json.fullname).toBe('Lee Dean');
      const leads = await api.call('GET', '/api/leads?search=dean');
      expect(leads.json.items.map((l: { id: string }) => l.id)).toEqual([lead.json.id]);
      expect((await api.call('DELETE', `/api/leads/${lead.json.id as string}`)).status).toBe(204);
    });

    it('lists contacts a page at a time with opaque cursors', async () => {
      const ids = await createContacts(
        api,
        Array.from({ length: 5 }, (_, i) => ({ firstname: `Person ${i}` })),
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/contacts?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await api.call('GET', url);
        expect(page.status).toBe(200);
        expect(page.json.total).toBe(5);
        seen.push(...page.json.items.map((c: { id: string }) => c.id));
        cursor = page.json.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual([...ids].sort());
    });

    it('searches contacts by name and email, case-insensitively and literally', async () => {
      const [ada, grace, percent] = await createContacts(api, [
        { firstname: 'Ada', lastname: 'Lovelace', emailaddress1: 'ada@analytical.example' },
        { firstname: 'Grace', lastname: 'Hopper', emailaddress1: 'grace@navy.example' },
        { firstname: '100%', lastname: 'Sure', emailaddress1: 'sure@example.com' },
      ]);
      const search = async (text: string) =>
        (await api.call('GET', `/api/contacts?search=${encodeURIComponent(text)}`)).json.items.map(
          (c: { id: string }) => c.id,
        );
      expect(await search('LOVE')).toEqual([ada]);
      expect(await search('navy')).toEqual([grace]);
      expect(await search('%')).toEqual([percent]);
      expect(await search('_')).toEqual([]);
      expect((await search('example')).length).toBe(3);
    });

    it('sorts contacts by a text attribute both ways, paging through ties by id', async () => {
      await createContacts(api, [
        { firstname: 'bob' },
        { firstname: 'Alice' },
        { firstname: 'carol' },
        { firstname: 'alice' },
        {},
      ]);
      const names = async (sort: string) => {
        const out: (string | null)[] = [];
        let cursor: string | null = null;
        do {
          const url: string = `/api/contacts?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
          const page = await api.call('GET', url);
          expect(page.status).toBe(200);
          out.push(...page.json.items.map((c: { fullname: string | null }) => c.fullname));
          cursor = page.json.nextCursor;
        } while (cursor);
        return out;
      };
      const ascending = await names('fullname');
      expect(ascending.map((n) => n?.toLowerCase() ?? null)).toEqual([
        null,
        'alice',
        'alice',
        'bob',
        'carol',
      ]);
      const descending = await names('-fullname');
      expect(descending).toEqual([...ascending].reverse());
    });

    it('answers 400 for a bad sort or a cursor that is not one', async () => {
      const sort = await api.call('GET', '/api/contacts?sort=birthdate');
      expect(sort.status).toBe(400);
      expect(sort.json.error).toMatchObject({
        code: 'INVALID_SORT',
        details: [{ path: 'querystring.sort' }],
      });
      const cursor = await api.call('GET', '/api/contacts?cursor=not-a-cursor');
      expect(cursor.status).toBe(400);
      expect(cursor.json.error.code).toBe('INVALID_CURSOR');
      await createContacts(api, [{ firstname: 'A' }, { firstname: 'B' }]);
      const first = await api.call('GET', '/api/contacts?sort=fullname&limit=1');
      const other = await api.call(
        'GET',
        `/api/contacts?sort=emailaddress1&cursor=${first.json.nextCursor as string}`,
      );
      expect(other.status).toBe(400);
      expect(other.json.error.code).toBe('INVALID_CURSOR');
    });

    it('records one interaction or an array of them', async () => {
      const [ada] = await createContacts(api, [{ firstname: 'Ada' }]);
      const one = await api.call('POST', '/api/interactions', {
        contactid: ada,
        type: 'EmailOpened',
        occurredon: '2026-03-09T10:00:00Z',
      });
      expect(one.status).toBe(201);
      expect(one.json).toMatchObject({ id: expect.any(String), contactid: ada, type: 'EmailOpened' });

      const many = await api.call('POST', '/api/interactions', [
        { contactid: ada, type: 'EmailClicked', occurredon: '2026-03-09T11:00:00Z' },
        { contactid: ada, type: 'NoSuchType', occurredon: '2026-03-09T12:00:00Z' },
        { contactid: ada, type: 'WebsiteVisited', occurredon: '2026-03-09T13:00:00Z' },
      ]);
      expect(many.status).toBe(201);
      expect(many.json.inserted).toBe(2);
      expect(many.json.ids).toHaveLength(2);
      expect(many.json.rejected).toEqual([
        { index: 1, problems: [expect.objectContaining({ path: 'type' })] },
      ]);
    });

    it('answers 422 when no interaction of an array is good, and for one bad interaction', async () => {
      const none = await api.call('POST', '/api/interactions', [{ type: 'Nope' }, { occurredon: 'never' }]);
      expect(none.status).toBe(422);
      expect(none.json.error.code).toBe('INVALID_RECORD');
      expect(none.json.error.details.map((p: { path: string }) => p.path)).toEqual([
        '[0].type',
        '[1].occurredon',
      ]);
      const one = await api.call('POST', '/api/interactions', { occurredon: 'never' });
      expect(one.status).toBe(422);
      const shape = await api.call('POST', '/api/interactions', 'just text');
      expect(shape.status).toBe(400);
    });
  });
}
