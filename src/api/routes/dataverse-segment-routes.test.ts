/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { adminToken, startApi, type TestApi } from '../api-test-kit.ts';
import {
  entityIdOf,
  pageRequests as page,
  sendPageRequest,
  type PageAnswer,
} from './dataverse-page-requests.ts';

/** The contacts and the account the page's ids name (lower-case, as Segmint makes ids), and others. */
const ada = '1405f4ba-1ee9-e811-a99d-000d3a35f12f';
const grace = '0604cdd1-1ee9-e811-a99d-000d3a35f12f';
const linus = 'b5672bdb-8899-43cb-9fa1-0ae4dc61dad3';
const margaret = '694e1c8e-f704-4b23-9b07-e65db1620e47';
const account = '1cc00a15-37ef-e911-a81d-000d3a6d200c';

const contacts = [
  {
    id: ada,
    firstname: 'Ada',
    lastname: 'Lovelace',
    emailaddress1: 'ada@example.com',
    address1_city: 'NewYork',
    parentcustomerid: account,
  },
  {
    id: grace,
    firstname: 'Grace',
    lastname: 'Hopper',
    emailaddress1: 'grace@example.com',
    address1_city: 'NewJersey',
    parentcustomerid: account,
  },
  {
    id: linus,
    firstname: 'Linus',
    lastname: 'Torvalds',
    address1_city: 'Helsinki',
    parentcustomerid: account,
  },
  {
    id: margaret,
    firstname: 'Margaret',
    lastname: 'Hamilton',
    emailaddress1: 'margaret@example.com',
    address1_city: 'Boston',
  },
];

const names = (answer: PageAnswer) =>
  (answer.json as { value: { msdyncrm_segmentname: string }[] }).value
    .map((s) => s.msdyncrm_segmentname)
    .sort();

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(
    `the Dataverse segmentation API, as Microsoft's page sends it, over HTTP ${backend.label}`,
    () => {
      let api: TestApi;
      let base: string;
      const send = (request: string, variables: Record<string, string> = {}) =>
        sendPageRequest(request, base, adminToken, variables);
      /** Creates a segment through the Dataverse API (the setup the page assumes), answering its id. */
      const create = async (body: Record<string, unknown>) => {
        const answer = await send(`POST {{OrgUrl}}/api/data/v9.0/msdyncrm_segments\n${JSON.stringify(body)}`);
        expect(answer.status, answer.text).toBe(204);
        return entityIdOf(answer);
      };
      const membersOf = async (id: string) =>
        ((await api.call('GET', `/api/segments/${id}/members?limit=100`)).json.items as { id: string }[])
          .map((c) => c.id)
          .sort();

      beforeEach(async () => {
        api = await startApi(backend);
        base = await api.app.listen({ port: 0, host: '127.0.0.1' });
        expect(
          (await api.call('POST', '/api/accounts', { id: account, name: 'Analytical Engines' })).status,
        ).toBe(201);
        for (const contact of contacts)
          expect((await api.call('POST', '/api/contacts', contact)).status).toBe(201);
      });
      afterEach(async () => {
        await api.app.close();
      });
      afterAll(() => backend.cleanup());

      it('creates a static segment with two crm-prefixed members, puts it live, lists and selects it, and deletes it', async () => {
        const created = await send(page.staticCreate);
        expect(created.status).toBe(204);
        expect(created.headers.get('odata-entityid')).toMatch(
          new RegExp(`^${base}/api/data/v9\\.0/msdyncrm_segments\\([0-9a-f-]{36}\\)$`),
        );
        const id = entityIdOf(created);
        expect(await membersOf(id)).toEqual([grace, ada].sort());

        const read = await send('GET {{OrgUrl}}/api/data/v9.0/msdyncrm_segments({{SegmentId}})', {
          SegmentId: id,
        });
        expect(read.json).toMatchObject({
          msdyncrm_segmentid: id,
          msdyncrm_segmentname: 'StaticSegmentApi1',
          msdyncrm_segmenttype: 192350001,
          statuscode: 192350000,
          segmint_membercount: 2,
        });

        expect((await send(page.staticGoLive, { SegmentId: id })).status).toBe(204);
        const live = await send(page.listLive);
        expect(live.status).toBe(200);
        expect(live.json.value.map((s: { msdyncrm_segmentid: string }) => s.msdyncrm_segmentid)).toEqual([
          id,
        ]);
        expect(live.json.value[0].statuscode).toBe(192350001);

        const selected = await send(page.listSelected);
        expect(selected.status).toBe(200);
        expect(selected.json.value).toEqual([
          {
            msdyncrm_segmentid: id,
            msdyncrm_segmentname: 'StaticSegmentApi1',
            msdyncrm_segmentquery: null,
            msdyncrm_description: null,
          },
        ]);
        expect(selected.json['@odata.context']).toContain('$metadata#msdyncrm_segments(msdyncrm_segmentid,');

        expect((await send(page.delete, { SegmentId: id })).status).toBe(204);
        expect(
          (await send('GET {{OrgUrl}}/api/data/v9.0/msdyncrm_segments({{SegmentId}})', { SegmentId: id }))
            .status,
        ).toBe(404);
        expect((await send(page.listSelected)).json.value).toEqual([]);
      });

      it("adds two members and puts a static segment live in one update, as the page's older copy does", async () => {
        const id = entityIdOf(await send(page.olderStaticCreate));
        expect((await send(page.olderStaticUpdate, { SegmentId: id })).status).toBe(204);
        expect(await membersOf(id)).toEqual([grace, ada].sort());
        const read = await send('GET {{OrgUrl}}/api/data/v9.0/msdyncrm_segments({{SegmentId}})', {
          SegmentId: id,
        });
        expect(read.json).toMatchObject({ statuscode: 192350001, segmint_membercount: 2 });
      });

      it('creates dynamic segments as drafts and going live, with the members their MQL means, and puts a draft live', async () => {
        const draft = await send(page.dynamicCreateDraft);
        expect(draft.status).toBe(204);
        const draftId = entityIdOf(draft);
        const cities = entityIdOf(await send(page.dynamicCreateCities));
        const goingLive = await send(page.dynamicCreateGoingLive);
        expect(goingLive.status).toBe(204);
        const liveId = entityIdOf(goingLive);

        expect(await membersOf(cities)).toEqual([grace, ada].sort());
        // Linus has no email: the contacts with a name and an email.
        expect(await membersOf(liveId)).toEqual([ada, grace, margaret].sort());
        expect(await membersOf(draftId)).toEqual([]);
        const readDraft = await send('GET {{OrgUrl}}/api/data/v9.0/msdyncrm_segments({{SegmentId}})', {
          SegmentId: draftId,
        });
        expect(readDraft.json).toMatchObject({
          statuscode: 192350000,
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: 'PROFILE(contact).FILTER(ISNOTNULL(emailaddress1) && ISNOTNULL(fullname))',
        });

        expect((await send(page.dynamicGoLive, { SegmentId: draftId })).status).toBe(204);
        expect(await membersOf(draftId)).toEqual([ada, grace, margaret].sort());
        expect(names(await send(page.listLive))).toEqual([
          'Customers with name and email',
          'Customers with name and email',
          'MySegment2',
        ]);

        // Stopped (192350002) stops it, as the page's older copy sends; then it lists as stopped.
        const stop = await send(
          'PATCH {{OrgUrl}}/api/data/v9.0/msdyncrm_segments({{SegmentId}})\n{ "statuscode": 192350002 }',
          { SegmentId: cities },
        );
        expect(stop.status).toBe(204);
        expect(names(await send(page.listStopped))).toEqual(['MySegment2']);
        expect((await send(page.delete, { SegmentId: cities })).status).toBe(204);
        expect(names(await send(page.listStopped))).toEqual([]);
      });

      it('creates a compound segment of two segments by name, stops it with Stopping, lists it and deletes it', async () => {
        await create({
          msdyncrm_segmentname: 'segment1',
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: "PROFILE(contact).FILTER(address1_city == 'NewYork')",
          statuscode: 192350006,
        });
        await create({
          msdyncrm_segmentname: 'segment2',
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: "PROFILE(contact).FILTER(address1_city == 'Boston')",
          statuscode: 192350006,
        });
        const created = await send(page.compoundCreate);
        expect(created.status, created.text).toBe(204);
        const id = entityIdOf(created);
        expect(await membersOf(id)).toEqual([ada, margaret].sort());
        const read = await send('GET {{OrgUrl}}/api/data/v9.0/msdyncrm_segments({{SegmentId}})', {
          SegmentId: id,
        });
        expect(read.json).toMatchObject({
          msdyncrm_segmenttype: 192350002,
          statuscode: 192350001,
          msdyncrm_query: 'SEGMENT(segment1)\nUNION\nSEGMENT(segment2)',
        });

        expect((await send(page.compoundStopping, { SegmentId: id })).status).toBe(204);
        const stopped = await send(page.listStopped);
        expect(names(stopped)).toEqual(['my_compound_segment1']);
        expect(stopped.json.value[0].statuscode).toBe(192350002);
        expect((await send(page.delete, { SegmentId: id })).status).toBe(204);
        expect(names(await send(page.listStopped))).toEqual([]);
      });

      it('adds and removes members of a static segment by ids, ignoring ids that name no contact, and by query', async () => {
        await create({
          msdyncrm_segmentid: '59AC8BBF-57E7-E811-A9A9-000D3A35F403',
          msdyncrm_segmentname: 'By ids',
          msdyncrm_segmenttype: 192350001,
          statuscode: 192350006,
        });
        await create({
          msdyncrm_segmentid: 'b5466fbb-2cef-e911-a81d-000d3a6d200c',
          msdyncrm_segmentname: 'By query',
          msdyncrm_segmenttype: 192350001,
          statuscode: 192350006,
        });
        const byIds = '59ac8bbf-57e7-e811-a9a9-000d3a35f403';
        const byQuery = 'b5466fbb-2cef-e911-a81d-000d3a6d200c';

        expect((await send(page.addByIds)).status).toBe(204);
        expect(await membersOf(byIds)).toEqual([linus, margaret].sort());
        expect((await send(page.removeByIds)).status).toBe(204);
        expect(await membersOf(byIds)).toEqual([]);

        expect((await send(page.addByQuery)).status).toBe(204);
        // The account's contacts with an email: Linus has none, Margaret works elsewhere.
        expect(await membersOf(byQuery)).toEqual([ada, grace].sort());
        const state = await send(page.getState);
        expect(state.status).toBe(200);
        expect(state.json).toMatchObject({ State: 'Completed', PendingOperations: 0, MemberCount: 2 });
        expect((await send(page.removeByQuery)).status).toBe(204);
        expect(await membersOf(byQuery)).toEqual([]);
      });

      it("fetches a segment's members sorted by name, paged and with the selected attributes", async () => {
        await create({
          msdyncrm_segmentid: 'e1fa7fdc-5c78-ea11-a811-000d3a8e8fcc',
          msdyncrm_segmentname: 'Everyone',
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: 'PROFILE(contact)',
          statuscode: 192350006,
        });
        const fetched = await send(page.fetchContacts);
        expect(fetched.status, fetched.text).toBe(200);
        // By full name: Ada Lovelace, Grace Hopper, Linus Torvalds, Margaret Hamilton.
        expect(fetched.json.value).toEqual([
          { contactid: ada },
          { contactid: grace },
          { contactid: linus },
          { contactid: margaret },
        ]);
        expect(fetched.json['@odata.count']).toBe(4);

        const paged = await send(
          page.fetchContacts.replace(
            'ORDERBY(fullname ASC).SKIP(0).TAKE(15).SELECT(contactid)',
            'ORDERBY(lastname DESC).SKIP(1).TAKE(2).SELECT(contactid, lastname)',
          ),
        );
        // Torvalds, Lovelace, Hopper, Hamilton: the second and third.
        expect(paged.json.value).toEqual([
          { contactid: ada, lastname: 'Lovelace' },
          { contactid: grace, lastname: 'Hopper' },
        ]);

        // Without ORDERBY, in id order: 0604… (Grace), 1405… (Ada), 694e… (Margaret), b567… (Linus).
        const byId = await send(
          page.fetchContacts.replace(
            'ORDERBY(fullname ASC).SKIP(0).TAKE(15).SELECT(contactid)',
            'SKIP(1).TAKE(2).SELECT(firstname)',
          ),
        );
        expect(byId.json.value).toEqual([
          { contactid: ada, firstname: 'Ada' },
          { contactid: margaret, firstname: 'Margaret' },
        ]);
        expect(byId.json['@odata.count']).toBe(4);
      });

      it('validates a definition without saving it: [] when valid, SegmentDciValidator_SegmentInvalid on msdyncrm_query when not', async () => {
        const valid = await send(page.validateValid);
        expect(valid.status).toBe(200);
        expect(valid.json.ValidationResult).toBe('[]');
        const invalid = await send(page.validateInvalid);
        expect(invalid.status).toBe(200);
        const errors = JSON.parse(invalid.json.ValidationResult as string);
        expect(errors).toEqual([
          expect.objectContaining({
            ErrorCode: 'SegmentDciValidator_SegmentInvalid',
            FieldName: 'msdyncrm_query',
            Line: 1,
            Column: 9,
          }),
        ]);
        expect(errors[0].Message).toContain('UnknownEntity');
        expect((await send(page.listSelected)).json.value).toEqual([]);
      });
    },
  );
}
