import { afterAll, describe, expect, it } from 'vitest';
import {
  authorization,
  liveSegment,
  startApi,
  type Answer,
  type TestApi,
} from '../../src/api/api-test-kit.ts';
import { testBackends } from '../../src/store/test-backends.ts';

/**
 * Issue 11, item 6: deleting records leaves no dangling data, through HTTP, on SQLite and PostgreSQL.
 * A deleted contact takes its interactions with it, and the records that only named it (a lead, an
 * account's primary contact) lose the link; a deleted account's contacts stay, without it; every live
 * segment is right within the request. A lookup must name a record that exists, in single writes,
 * arrays of interactions and CSV imports, and a deleted record's id is never given to a new one, so
 * a new person never inherits a deleted person's interactions, memberships or history.
 */

const group = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });
const condition = (attribute: string, operator: string, values: unknown[] = []) => ({
  kind: 'condition',
  attribute,
  operator,
  values,
});
const contactsWhere = (name: string, where: unknown) => ({
  name,
  type: 'dynamic',
  query: { blocks: [{ entity: 'contact', where }] },
});

const openedAnEmail = contactsWhere(
  'Opened an email',
  group({
    kind: 'related',
    relationship: 'interactions',
    where: group(condition('type', 'equals', ['EmailOpened'])),
  }),
);
const inBrewing = contactsWhere(
  'Works in brewing',
  group({
    kind: 'related',
    relationship: 'parentcustomerid',
    where: group(condition('industrycode', 'equals', ['brewing'])),
  }),
);

async function memberIds(api: TestApi, segmentId: string): Promise<string[]> {
  const page = await api.call('GET', `/api/segments/${segmentId}/members?limit=100`);
  expect(page.status).toBe(200);
  return (page.json as { items: { id: string }[] }).items.map((m) => m.id).sort();
}

/** The last membership event of a segment. */
async function lastEvent(api: TestApi, segmentId: string): Promise<unknown> {
  const answer = await api.call('GET', `/api/events?segment=${segmentId}`);
  return (answer.json as { items: unknown[] }).items.at(-1);
}

/** The error of an answer: `{ code, message, details }`. */
function errorOf(answer: Answer): { code: string; message: string; details: unknown[] } {
  return (answer.json as { error: { code: string; message: string; details: unknown[] } }).error;
}

async function created(api: TestApi, url: string, body: Record<string, unknown>): Promise<void> {
  const answer = await api.call('POST', url, body);
  if (answer.status !== 201) throw new Error(`${url}: ${answer.status} ${answer.body}`);
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`deleting and linking records ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('deletes a contact with its interactions, unlinks its lead, and it leaves a behaviour segment with a left event', async () => {
      const api = await startApi(backend);
      await created(api, '/api/contacts', { id: 'ada', firstname: 'Ada' });
      await created(api, '/api/contacts', { id: 'bob', firstname: 'Bob' });
      await created(api, '/api/interactions', { id: 'i-ada', contactid: 'ada', type: 'EmailOpened' });
      await created(api, '/api/interactions', { id: 'i-bob', contactid: 'bob', type: 'EmailOpened' });
      await created(api, '/api/leads', { id: 'l-ada', subject: 'Wine club', parentcontactid: 'ada' });
      await created(api, '/api/accounts', { id: 'acme', name: 'Acme', primarycontactid: 'ada' });
      const readers = await liveSegment(api, openedAnEmail);
      expect(await memberIds(api, readers)).toEqual(['ada', 'bob']);

      expect((await api.call('DELETE', '/api/contacts/ada')).status).toBe(204);

      expect((await api.call('GET', '/api/records/interaction/i-ada')).status).toBe(404);
      expect((await api.call('GET', '/api/records/interaction/i-bob')).json).toMatchObject({
        contactid: 'bob',
      });
      expect((await api.call('GET', '/api/leads/l-ada')).json).toMatchObject({
        subject: 'Wine club',
        parentcontactid: null,
      });
      expect((await api.call('GET', '/api/accounts/acme')).json).toMatchObject({ primarycontactid: null });
      expect(await memberIds(api, readers)).toEqual(['bob']);
      expect(await lastEvent(api, readers)).toMatchObject({
        contactId: 'ada',
        change: 'left',
        cause: 'data',
      });
      expect(await api.engine.verify()).toEqual([]);
    });

    it("refuses a contact created again with a deleted contact's id: it inherits nothing", async () => {
      const api = await startApi(backend);
      await created(api, '/api/contacts', { id: 'gone', firstname: 'Gone' });
      await created(api, '/api/interactions', { contactid: 'gone', type: 'EmailOpened' });
      const readers = await liveSegment(api, openedAnEmail);
      expect(await memberIds(api, readers)).toEqual(['gone']);
      expect((await api.call('DELETE', '/api/contacts/gone')).status).toBe(204);

      const again = await api.call('POST', '/api/contacts', { id: 'gone', firstname: 'Someone else' });
      expect(again.status).toBe(409);
      expect(errorOf(again).code).toBe('DUPLICATE_ID');
      expect(errorOf(again).message).toContain('was used by a deleted contact');
      const viaRecords = await api.call('POST', '/api/records/contact', { id: 'gone' });
      expect(viaRecords.status).toBe(409);
      const imported = await api.app.inject({
        method: 'POST',
        url: '/api/import/contact',
        headers: { ...authorization, 'content-type': 'text/csv' },
        payload: 'id,firstname\ngone,Imported\nfresh,New\n',
      });
      expect(imported.json()).toMatchObject({
        created: 1,
        rejected: [{ line: 2, reason: expect.stringContaining('was used by a deleted contact') as unknown }],
      });
      expect(await memberIds(api, readers)).toEqual([]);
      expect((await api.call('GET', '/api/contacts/gone')).status).toBe(404);
    });

    it('keeps the contacts of a deleted account with no company, and they leave a segment that read it', async () => {
      const api = await startApi(backend);
      await created(api, '/api/accounts', { id: 'hops', name: 'Hops', industrycode: 'brewing' });
      await created(api, '/api/contacts', { id: 'brewer', firstname: 'Brew', parentcustomerid: 'hops' });
      await created(api, '/api/leads', { id: 'l-hops', subject: 'Kegs', parentaccountid: 'hops' });
      const brewing = await liveSegment(api, inBrewing);
      expect(await memberIds(api, brewing)).toEqual(['brewer']);

      expect((await api.call('DELETE', '/api/accounts/hops')).status).toBe(204);

      expect((await api.call('GET', '/api/contacts/brewer')).json).toMatchObject({
        firstname: 'Brew',
        parentcustomerid: null,
      });
      expect((await api.call('GET', '/api/leads/l-hops')).json).toMatchObject({ parentaccountid: null });
      expect(await memberIds(api, brewing)).toEqual([]);
      expect(await lastEvent(api, brewing)).toMatchObject({ contactId: 'brewer', change: 'left' });
    });

    it('answers 422 naming the lookup and the missing id for an interaction, a lead or a contact that points nowhere', async () => {
      const api = await startApi(backend);
      await created(api, '/api/contacts', { id: 'here', firstname: 'Here' });
      const cases: [string, string, Record<string, unknown>, string, string][] = [
        ['POST', '/api/interactions', { contactid: 'nobody', type: 'EmailOpened' }, 'contactid', 'nobody'],
        [
          'POST',
          '/api/leads',
          { subject: 'X', parentaccountid: 'no-account' },
          'parentaccountid',
          'no-account',
        ],
        [
          'POST',
          '/api/contacts',
          { firstname: 'X', parentcustomerid: 'no-account' },
          'parentcustomerid',
          'no-account',
        ],
        ['PATCH', '/api/contacts/here', { parentcustomerid: 'no-account' }, 'parentcustomerid', 'no-account'],
        ['POST', '/api/records/interaction', { contactid: 'nobody' }, 'contactid', 'nobody'],
      ];
      for (const [method, url, body, attribute, id] of cases) {
        const answer = await api.call(method, url, body);
        expect(answer.status, `${method} ${url}`).toBe(422);
        expect(errorOf(answer).code).toBe('INVALID_RECORD');
        expect(errorOf(answer).details).toContainEqual({
          code: 'MISSING_REFERENCE',
          path: attribute,
          message: expect.stringContaining(`"${id}"`) as unknown,
        });
      }
      expect(await api.store.records.count('interaction')).toBe(0);
      expect(await api.store.records.count('lead')).toBe(0);
      expect((await api.call('GET', '/api/contacts/here')).json).toMatchObject({ parentcustomerid: null });
    });

    it('saves the good interactions of an array and reports the one whose contact does not exist', async () => {
      const api = await startApi(backend);
      await created(api, '/api/contacts', { id: 'here', firstname: 'Here' });
      const answer = await api.call('POST', '/api/interactions', [
        { contactid: 'here', type: 'EmailOpened' },
        { contactid: 'nobody', type: 'EmailOpened' },
      ]);
      expect(answer.status).toBe(201);
      expect(answer.json).toMatchObject({
        inserted: 1,
        rejected: [{ index: 1, problems: [{ code: 'MISSING_REFERENCE', path: 'contactid' }] }],
      });
      const none = await api.call('POST', '/api/interactions', [
        { contactid: 'nobody', type: 'EmailOpened' },
      ]);
      expect(none.status).toBe(422);
      expect(errorOf(none).details).toMatchObject([{ code: 'MISSING_REFERENCE', path: '[0].contactid' }]);
    });

    it('rejects the CSV line of an interaction whose contact does not exist and loads the others', async () => {
      const api = await startApi(backend);
      await created(api, '/api/contacts', { id: 'here', firstname: 'Here' });
      const readers = await liveSegment(api, openedAnEmail);
      const answer = await api.app.inject({
        method: 'POST',
        url: '/api/import/interaction',
        headers: { ...authorization, 'content-type': 'text/csv' },
        payload:
          'contactid,type,occurredon\n' +
          'here,EmailOpened,2026-03-01T10:00:00Z\n' +
          'nobody,EmailOpened,2026-03-01T11:00:00Z\n' +
          'here,EmailClicked,2026-03-01T12:00:00Z\n',
      });
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({
        created: 2,
        updated: 0,
        rejected: [{ line: 3, reason: 'contactid: Contact: there is no contact with id "nobody".' }],
        rejectedCount: 1,
      });
      expect(await memberIds(api, readers)).toEqual(['here']);
    });
  });
}
