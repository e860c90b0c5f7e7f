/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { citySegment, createContacts, liveSegment, startApi, type TestApi } from '../api-test-kit.ts';

/** Parses CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF lines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

const staticSegment = { name: 'VIPs', type: 'static' };

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`member routes ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('lists members with id, fullname and email, a page at a time, with the total', async () => {
      const ids = await createContacts(
        api,
        Array.from({ length: 5 }, (_, i) => ({
          firstname: `Person${i}`,
          emailaddress1: `p${i}@example.com`,
          address1_city: i < 4 ? 'Atlantis' : 'Rome',
        })),
      );
      const id = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const first = await api.call('GET', `/api/segments/${id}/members?limit=3`);
      expect(first.status).toBe(200);
      expect(first.json.total).toBe(4);
      expect(first.json.items[0]).toMatchObject({
        id: ids[0],
        fullname: 'Person0',
        emailaddress1: 'p0@example.com',
      });
      const second = await api.call(
        'GET',
        `/api/segments/${id}/members?limit=3&cursor=${first.json.nextCursor as string}`,
      );
      expect(second.json.nextCursor).toBeNull();
      const all = [...first.json.items, ...second.json.items].map((c: { id: string }) => c.id);
      expect(all).toEqual(ids.slice(0, 4).sort());
    });

    it('searches members by name or email and sorts them by fullname or email, both ways', async () => {
      await createContacts(api, [
        { firstname: 'Zoe', lastname: 'Adams', emailaddress1: 'zoe@b.example', address1_city: 'Atlantis' },
        { firstname: 'adam', lastname: 'Young', emailaddress1: 'adam@c.example', address1_city: 'Atlantis' },
        { firstname: 'Mia', lastname: 'Stone', emailaddress1: 'mia@a.example', address1_city: 'Atlantis' },
        { firstname: 'Adam', lastname: 'Rome', emailaddress1: 'rome@a.example', address1_city: 'Rome' },
      ]);
      const id = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const names = async (query: string) => {
        const answer = await api.call('GET', `/api/segments/${id}/members?${query}`);
        expect(answer.status).toBe(200);
        return answer.json.items.map((c: { fullname: string }) => c.fullname);
      };
      expect(await names('search=ADAM&sort=fullname')).toEqual(['adam Young', 'Zoe Adams']);
      expect(await names('sort=fullname')).toEqual(['adam Young', 'Mia Stone', 'Zoe Adams']);
      expect(await names('sort=-fullname')).toEqual(['Zoe Adams', 'Mia Stone', 'adam Young']);
      expect(await names('sort=emailaddress1')).toEqual(['adam Young', 'Mia Stone', 'Zoe Adams']);
      expect(await names('sort=-emailaddress1&search=example')).toEqual([
        'Zoe Adams',
        'Mia Stone',
        'adam Young',
      ]);
      const searched = await api.call('GET', `/api/segments/${id}/members?search=a.example`);
      expect(searched.json.total).toBe(1);
      const paged = await api.call('GET', `/api/segments/${id}/members?sort=-fullname&limit=1`);
      const next = await api.call(
        'GET',
        `/api/segments/${id}/members?sort=-fullname&limit=1&cursor=${paged.json.nextCursor as string}`,
      );
      expect(next.json.items[0].fullname).toBe('Mia Stone');
    });

    it('answers 404 for the members of a segment that does not exist, 400 for a bad query', async () => {
      expect((await api.call('GET', '/api/segments/nothing/members')).status).toBe(404);
      expect((await api.call('GET', '/api/segments/nothing/members.csv')).status).toBe(404);
      const id = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      expect((await api.call('GET', `/api/segments/${id}/members?limit=5000`)).status).toBe(400);
      expect((await api.call('GET', `/api/segments/${id}/members?sort=nosuch`)).status).toBe(400);
    });

    it('exports every member as CSV with a header of logical names, quoting where needed', async () => {
      const [ada, quoted] = await createContacts(api, [
        { firstname: 'Ada', lastname: 'Lovelace', address1_city: 'Atlantis', interests: ['wine', 'music'] },
        {
          firstname: 'Say "hi", friend',
          lastname: 'Line\nBreak',
          address1_city: 'Atlantis',
          donotemail: true,
        },
        { firstname: 'Rome', address1_city: 'Rome' },
      ]);
      const id = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const answer = await api.call('GET', `/api/segments/${id}/members.csv`);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toContain('text/csv');
      expect(answer.headers['content-disposition']).toContain('attachment');
      const [header, ...rows] = parseCsv(answer.body);
      expect(header?.slice(0, 4)).toEqual(['id', 'firstname', 'lastname', 'fullname']);
      const column = (name: string) => header?.indexOf(name) ?? -1;
      expect(rows.map((r) => r[0])).toEqual([ada, quoted].sort());
      const byId = new Map(rows.map((r) => [r[0], r]));
      expect(byId.get(quoted)?.[column('firstname')]).toBe('Say "hi", friend');
      expect(byId.get(quoted)?.[column('lastname')]).toBe('Line\nBreak');
      expect(byId.get(quoted)?.[column('donotemail')]).toBe('true');
      expect(byId.get(ada)?.[column('interests')]).toBe('music;wine');
      expect(byId.get(ada)?.[column('jobtitle')]).toBe('');
    });

    it('streams an export of more members than one page holds', async () => {
      const rows = Array.from({ length: 2345 }, (_, i) => ({
        firstname: `P${i}`,
        address1_city: 'Atlantis',
      }));
      await api.engine.bulkInsert('contact', rows);
      const id = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const answer = await api.call('GET', `/api/segments/${id}/members.csv`);
      const lines = parseCsv(answer.body);
      expect(lines).toHaveLength(2346);
      expect(new Set(lines.slice(1).map((r) => r[0])).size).toBe(2345);
    });

    it('adds and removes members of a static segment by id and by query', async () => {
      const [ada, bob, cy] = await createContacts(api, [
        { firstname: 'Ada', address1_city: 'Atlantis' },
        { firstname: 'Bob', address1_city: 'Rome' },
        { firstname: 'Cy', address1_city: 'Atlantis' },
      ]);
      const id = await liveSegment(api, staticSegment);
      const added = await api.call('POST', `/api/segments/${id}/members`, { add: [ada, bob] });
      expect(added.status).toBe(200);
      expect(added.json).toEqual({ changed: [ada, bob].sort(), memberCount: 2 });
      const removed = await api.call('POST', `/api/segments/${id}/members`, { remove: [bob] });
      expect(removed.json).toEqual({ changed: [bob], memberCount: 1 });
      const query = citySegment('q', 'Atlantis').query;
      const byQuery = await api.call('POST', `/api/segments/${id}/members`, { addByQuery: query });
      expect(byQuery.json).toEqual({ changed: [cy], memberCount: 2 });
      const removedByQuery = await api.call('POST', `/api/segments/${id}/members`, { removeByQuery: query });
      expect(removedByQuery.json.memberCount).toBe(0);
    });

    it('overrides a dynamic segment: include, exclude (which wins) and clear', async () => {
      const [atlantis, rome] = await createContacts(api, [
        { address1_city: 'Atlantis' },
        { address1_city: 'Rome' },
      ]);
      const id = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const include = await api.call('POST', `/api/segments/${id}/members`, { include: [rome] });
      expect(include.json).toEqual({ changed: [rome], memberCount: 2 });
      const exclude = await api.call('POST', `/api/segments/${id}/members`, { exclude: [atlantis, rome] });
      expect(exclude.json.memberCount).toBe(0);
      const clear = await api.call('POST', `/api/segments/${id}/members`, { clear: [atlantis, rome] });
      expect(clear.json).toEqual({ changed: [atlantis], memberCount: 1 });
    });

    it('answers 400, 404 and 422 for member edits it cannot make', async () => {
      const [ada] = await createContacts(api, [{ address1_city: 'Atlantis' }]);
      const dynamic = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const fixed = await liveSegment(api, staticSegment);
      const two = await api.call('POST', `/api/segments/${fixed}/members`, { add: [ada], remove: [ada] });
      expect(two.status).toBe(400);
      expect(two.json.error.details[0].message).toContain('exactly one of');
      expect((await api.call('POST', `/api/segments/${fixed}/members`, { add: [] })).status).toBe(400);
      expect((await api.call('POST', '/api/segments/nothing/members', { add: [ada] })).status).toBe(404);
      const wrongType = await api.call('POST', `/api/segments/${dynamic}/members`, { add: [ada] });
      expect(wrongType.status).toBe(422);
      expect(wrongType.json.error.code).toBe('WRONG_TYPE');
      const unknown = await api.call('POST', `/api/segments/${fixed}/members`, { add: [ada, 'ghost'] });
      expect(unknown.status).toBe(422);
      expect(unknown.json.error.code).toBe('UNKNOWN_CONTACTS');
      expect(unknown.json.error.message).toContain('"ghost"');
      const badQuery = await api.call('POST', `/api/segments/${fixed}/members`, {
        addByQuery: { blocks: [{ entity: 'spaceship' }] },
      });
      expect(badQuery.status).toBe(422);
      expect(badQuery.json.error.details[0]).toMatchObject({
        code: 'UNKNOWN_ENTITY',
        path: 'addByQuery.blocks[0].entity',
      });
    });

    it('explains why a contact is or is not a member, in a tree and in lines', async () => {
      const [ada, bob] = await createContacts(api, [
        { firstname: 'Ada', address1_city: 'Atlantis' },
        { firstname: 'Bob', address1_city: 'Rome' },
      ]);
      const id = await liveSegment(api, citySegment('Atlantis', 'Atlantis'));
      const yes = await api.call('GET', `/api/segments/${id}/explain/${ada}`);
      expect(yes.status).toBe(200);
      expect(yes.json).toMatchObject({ segmentId: id, contactId: ada, member: true, override: null });
      expect(yes.json.explanation.blocks[0]).toMatchObject({ kind: 'queryBlock', matched: true });
      expect(yes.json.lines[0]).toBe(`Contact ${ada} is a member of the segment.`);
      expect(yes.json.lines.join('\n')).toContain('Address 1: City Equals Atlantis: yes (Atlantis)');
      const no = await api.call('GET', `/api/segments/${id}/explain/${bob}`);
      expect(no.json.member).toBe(false);
      expect(no.json.lines.join('\n')).toContain('Address 1: City Equals Atlantis: no (Rome)');

      await api.call('POST', `/api/segments/${id}/members`, { exclude: [ada] });
      const excluded = await api.call('GET', `/api/segments/${id}/explain/${ada}`);
      expect(excluded.json).toMatchObject({ member: false, override: 'exclude' });
      expect(excluded.json.lines[1]).toContain('excluded by hand');

      const fixed = await liveSegment(api, staticSegment);
      const manual = await api.call('GET', `/api/segments/${fixed}/explain/${ada}`);
      expect(manual.json).toMatchObject({ member: false, explanation: null });
      expect((await api.call('GET', `/api/segments/${id}/explain/ghost`)).status).toBe(404);
      expect((await api.call('GET', `/api/segments/nothing/explain/${ada}`)).status).toBe(404);
    });
  });
}
