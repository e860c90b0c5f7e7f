/* eslint-disable @typescript-eslint/no-unsafe-member-access -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { createContacts, startApi, type Answer, type TestApi } from '../api-test-kit.ts';

const root = '/api/data/v9.0';
const segments = `${root}/msdyncrm_segments`;

/** A 4xx with the error shape, its code, and a message that names `mentions`. */
function refused(answer: Answer, status: number, code: string, mentions: string): void {
  expect(answer.status, answer.body).toBe(status);
  expect(answer.json.error.code).toBe(code);
  expect(answer.json.error.message).toContain(mentions);
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(
    `the Dataverse segmentation API refuses bad input clearly ${backend.label}`,
    () => {
      let api: TestApi;
      const create = async (body: Record<string, unknown>) => {
        const answer = await api.call('POST', segments, body);
        expect(answer.status, answer.body).toBe(204);
        return /\(([^)]+)\)$/.exec(String(answer.headers['odata-entityid']))?.[1] ?? '';
      };
      const listed = async () => (await api.call('GET', segments)).json.value as unknown[];
      beforeEach(async () => {
        api = await startApi(backend);
      });
      afterEach(async () => {
        await api.app.close();
      });
      afterAll(() => backend.cleanup());

      it('refuses a segment without a name or type, with an unknown type, status or property, naming the field', async () => {
        const noName = await api.call('POST', segments, {
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: 'PROFILE(contact)',
        });
        refused(noName, 400, 'NAME_REQUIRED', 'msdyncrm_segmentname');
        expect(noName.json.error.details[0].path).toBe('body.msdyncrm_segmentname');
        refused(
          await api.call('POST', segments, { msdyncrm_segmentname: 'A' }),
          400,
          'TYPE_REQUIRED',
          'msdyncrm_segmenttype',
        );
        refused(
          await api.call('POST', segments, { msdyncrm_segmentname: 'A', msdyncrm_segmenttype: 5 }),
          400,
          'INVALID_SEGMENT_TYPE',
          'static 192350001',
        );
        refused(
          await api.call('POST', segments, {
            msdyncrm_segmentname: 'A',
            msdyncrm_segmenttype: 192350001,
            statuscode: 7,
          }),
          400,
          'INVALID_STATUS',
          'Going Live 192350006',
        );
        refused(
          await api.call('POST', segments, {
            msdyncrm_segmentname: 'A',
            msdyncrm_segmenttype: 192350001,
            msdyncrm_colour: 'red',
          }),
          400,
          'UNKNOWN_PROPERTY',
          "'msdyncrm_colour'",
        );
        const wrongType = await api.call('POST', segments, {
          msdyncrm_segmentname: 'A',
          msdyncrm_segmenttype: 'static',
        });
        expect(wrongType.status).toBe(400);
        expect(wrongType.json.error.details[0].path).toBe('body.msdyncrm_segmenttype');
        refused(
          await api.call('POST', segments, { msdyncrm_segmentname: 'A', msdyncrm_segmenttype: 192350000 }),
          400,
          'QUERY_REQUIRED',
          'msdyncrm_query',
        );
        expect((await api.call('POST', segments, '{"msdyncrm_segmentname": ')).status).toBe(400);
        expect(await listed()).toEqual([]);
      });

      it('refuses MQL it cannot read with the line and column of each problem, and creates nothing', async () => {
        const answer = await api.call('POST', segments, {
          msdyncrm_segmentname: 'Typo',
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: "PROFILE(contact).FILTER(address1_city == 'Atlantis'))",
          statuscode: 192350006,
        });
        refused(answer, 400, 'INVALID_MQL', 'Line 1, column');
        expect(answer.json.error.details[0]).toMatchObject({ path: 'body.msdyncrm_query', line: 1 });
        refused(
          await api.call('POST', segments, {
            msdyncrm_segmentname: 'Nowhere',
            msdyncrm_segmenttype: 192350002,
            msdyncrm_query: 'SEGMENT(nothing) UNION SEGMENT(nothing2)',
          }),
          400,
          'INVALID_MQL',
          'nothing',
        );
        refused(
          await api.call('POST', segments, {
            msdyncrm_segmentname: 'Not compound',
            msdyncrm_segmenttype: 192350002,
            msdyncrm_query: 'PROFILE(contact)',
          }),
          400,
          'COMPOUND_NEEDS_SEGMENTS',
          'SEGMENT(a) UNION SEGMENT(b)',
        );
        expect(await listed()).toEqual([]);
      });

      it('answers 400 and keeps nothing when a segment cannot go live as created', async () => {
        await create({
          msdyncrm_segmentname: 'draft one',
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: 'PROFILE(contact)',
        });
        const answer = await api.call('POST', segments, {
          msdyncrm_segmentname: 'reads a draft',
          msdyncrm_segmenttype: 192350002,
          msdyncrm_query: "SEGMENT('draft one') UNION SEGMENT('draft one')",
          statuscode: 192350006,
        });
        refused(answer, 400, 'INVALID_DEFINITION', 'cannot go live');
        expect(answer.json.error.details[0].message).toContain('draft');
        expect((await listed()).length).toBe(1);
      });

      it('refuses member ids that are no contacts or not a JSON array, and members on a dynamic segment', async () => {
        const [ada] = await createContacts(api, [{ firstname: 'Ada' }]);
        const unknown = await api.call('POST', segments, {
          msdyncrm_segmentname: 'S',
          msdyncrm_segmenttype: 192350001,
          msdyncrm_segmentmemberids: JSON.stringify([
            `crm${ada ?? ''}`,
            'crm0604cdd1-1ee9-e811-a99d-000d3a35f12f',
          ]),
        });
        refused(unknown, 400, 'UNKNOWN_CONTACTS', '0604cdd1-1ee9-e811-a99d-000d3a35f12f');
        refused(
          await api.call('POST', segments, {
            msdyncrm_segmentname: 'S',
            msdyncrm_segmenttype: 192350001,
            msdyncrm_segmentmemberids: '[broken',
          }),
          400,
          'INVALID_MEMBER_IDS',
          'JSON array',
        );
        refused(
          await api.call('POST', segments, {
            msdyncrm_segmentname: 'S',
            msdyncrm_segmenttype: 192350000,
            msdyncrm_query: 'PROFILE(contact)',
            msdyncrm_segmentmemberids: JSON.stringify([ada]),
          }),
          400,
          'NOT_STATIC',
          'static',
        );
        expect(await listed()).toEqual([]);
      });

      it('refuses a status change the lifecycle does not have, and a segment that is not there', async () => {
        const live = await create({
          msdyncrm_segmentname: 'L',
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: 'PROFILE(contact)',
          statuscode: 192350006,
        });
        const draft = await create({
          msdyncrm_segmentname: 'D',
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: 'PROFILE(contact)',
        });
        refused(
          await api.call('PATCH', `${segments}(${live})`, { statuscode: 192350000 }),
          409,
          'WRONG_STATE',
          'back to Draft',
        );
        refused(
          await api.call('PATCH', `${segments}(${draft})`, { statuscode: 192350007 }),
          409,
          'WRONG_STATE',
          'never live',
        );
        refused(
          await api.call('PATCH', `${segments}(${draft})`, { msdyncrm_segmenttype: 192350001 }),
          400,
          'TYPE_CHANGE',
          'static and dynamic',
        );
        const missing = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
        refused(await api.call('GET', `${segments}(${missing})`), 404, 'NOT_FOUND', missing);
        refused(
          await api.call('PATCH', `${segments}(${missing})`, { statuscode: 192350006 }),
          404,
          'NOT_FOUND',
          missing,
        );
        refused(await api.call('DELETE', `${segments}(${missing})`), 404, 'NOT_FOUND', missing);
        refused(await api.call('GET', `${root}/accounts`), 404, 'NOT_FOUND', "'accounts'");
        refused(
          await api.call('POST', `${root}/msdyncrm_segmentmembersupdate`, {}),
          404,
          'NOT_FOUND',
          'msdyncrm_SegmentMembersUpdate',
        );
        refused(await api.call('GET', `${segments}()`), 400, 'INVALID_KEY', 'in brackets');
      });

      it('refuses list options it cannot read, naming the option or property', async () => {
        refused(await api.call('GET', `${segments}?$filter=statuscode%20eq`), 400, 'INVALID_FILTER', 'value');
        refused(
          await api.call('GET', `${segments}?$filter=colour%20eq%201`),
          400,
          'UNKNOWN_PROPERTY',
          "'colour'",
        );
        refused(
          await api.call('GET', `${segments}?$filter=contains(msdyncrm_segmentname,'a')`),
          400,
          'INVALID_FILTER',
          'function',
        );
        refused(
          await api.call('GET', `${segments}?$filter=msdyncrm_segmentname%20eq%20'open`),
          400,
          'INVALID_FILTER',
          'quote',
        );
        refused(
          await api.call('GET', `${segments}?$select=msdyncrm_segmentname,nothing`),
          400,
          'UNKNOWN_PROPERTY',
          "'nothing'",
        );
        refused(await api.call('GET', `${segments}?$expand=owner`), 400, 'UNSUPPORTED_OPTION', '$expand');
        refused(await api.call('GET', `${segments}?$top=many`), 400, 'INVALID_TOP', 'many');
        const ok = await api.call(
          'GET',
          `${segments}?$filter=(statuscode%20eq%20192350001%20or%20statuscode%20eq%20192350000)%20and%20not%20msdyncrm_segmenttype%20eq%20192350001&$count=true&$top=1`,
        );
        expect(ok.status).toBe(200);
        expect(ok.json).toMatchObject({ '@odata.count': 0, value: [] });
      });

      it('refuses member updates it cannot carry out, naming what is wrong', async () => {
        const dynamic = await create({
          msdyncrm_segmentname: 'D',
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: 'PROFILE(contact)',
        });
        const fixed = await create({ msdyncrm_segmentname: 'S', msdyncrm_segmenttype: 192350001 });
        const update = `${root}/msdyncrm_SegmentMembersUpdate`;
        refused(
          await api.call('POST', update, { msdyncrm_segmentid: fixed, msdyncrm_operation: 'addAll' }),
          400,
          'INVALID_REQUEST',
          'not valid',
        );
        refused(
          await api.call('POST', update, {
            msdyncrm_segmentid: dynamic,
            msdyncrm_operation: 'addByIds',
            msdyncrm_memberids: '[]',
          }),
          400,
          'NOT_STATIC',
          'dynamic',
        );
        refused(
          await api.call('POST', update, { msdyncrm_segmentid: fixed, msdyncrm_operation: 'addByIds' }),
          400,
          'MEMBER_IDS_REQUIRED',
          'msdyncrm_memberids',
        );
        refused(
          await api.call('POST', update, { msdyncrm_segmentid: fixed, msdyncrm_operation: 'addByQuery' }),
          400,
          'QUERY_REQUIRED',
          'msdyncrm_query',
        );
        refused(
          await api.call('POST', update, {
            msdyncrm_segmentid: fixed,
            msdyncrm_operation: 'addByQuery',
            msdyncrm_query: 'PROFILE(contact',
          }),
          400,
          'INVALID_MQL',
          'Line 1',
        );
        refused(
          await api.call('POST', update, {
            msdyncrm_segmentid: 'nope',
            msdyncrm_operation: 'removeByIds',
            msdyncrm_memberids: '[]',
          }),
          404,
          'NOT_FOUND',
          'nope',
        );
      });

      it('refuses a fetch it cannot carry out, and always answers a validation with 200', async () => {
        const fetch = `${root}/msdyncrm_FetchContactsByQuery`;
        await create({
          msdyncrm_segmentname: 'All',
          msdyncrm_segmenttype: 192350000,
          msdyncrm_query: 'PROFILE(contact)',
          statuscode: 192350006,
        });
        refused(
          await api.call('POST', fetch, { Query: 'SEGMENT(All).TAKE(10000)' }),
          400,
          'TAKE_TOO_LARGE',
          '5000',
        );
        refused(
          await api.call('POST', fetch, { Query: 'SEGMENT(All).ORDERBY(shoesize ASC)' }),
          400,
          'INVALID_MQL',
          'shoesize',
        );
        refused(
          await api.call('POST', fetch, { Query: 'SEGMENT(All)', TimeZone: 'Mars/Olympus' }),
          400,
          'INVALID_TIME_ZONE',
          'Mars/Olympus',
        );
        expect((await api.call('POST', fetch, {})).status).toBe(400);
        expect(
          (await api.call('POST', fetch, { Query: 'SEGMENT(All).SKIP(0).TAKE(1)' })).json['@odata.count'],
        ).toBe(0);

        const validate = `${root}/msdyncrm_ValidateSegment`;
        for (const body of [
          [],
          JSON.stringify('text'),
          { msdyncrm_segmenttype: 'x' },
          { msdyncrm_segmentname: 'A', msdyncrm_colour: 1 },
        ]) {
          const answer = await api.call('POST', validate, body);
          expect(answer.status, JSON.stringify(body)).toBe(200);
          expect(
            JSON.parse(answer.json.ValidationResult as string).length,
            JSON.stringify(body),
          ).toBeGreaterThan(0);
        }
        const noQuery = await api.call('POST', validate, {
          msdyncrm_segmentname: 'A',
          msdyncrm_segmenttype: 192350000,
        });
        expect(JSON.parse(noQuery.json.ValidationResult as string)).toEqual([
          expect.objectContaining({
            ErrorCode: 'SegmentDciValidator_SegmentInvalid',
            FieldName: 'msdyncrm_query',
          }),
        ]);
      });
    },
  );
}
