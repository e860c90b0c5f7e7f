/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { citySegment, createContacts, idOf, startApi, type TestApi } from '../api-test-kit.ts';

const root = '/api/data/v9.0';
const segments = `${root}/msdyncrm_segments`;

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`Dataverse segments beyond the page's examples ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('answers 201 with the record when asked to return it, and reads Segmint segments by their own ids', async () => {
      const created = await api.call(
        'POST',
        segments,
        { msdyncrm_segmentname: 'Static', msdyncrm_segmenttype: 192350001, msdyncrm_description: 'By hand' },
        { authorization: `Bearer test-token-0123456789`, prefer: 'return=representation' },
      );
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({
        msdyncrm_segmentname: 'Static',
        msdyncrm_segmenttype: 192350001,
        statuscode: 192350000,
        msdyncrm_description: 'By hand',
        segmint_membercount: 0,
      });
      expect(created.headers['odata-entityid']).toContain(
        `msdyncrm_segments(${created.json.msdyncrm_segmentid as string})`,
      );

      // A segment made through Segmint's own API, with an id of its own choosing.
      const own = idOf(
        await api.call('POST', '/api/segments', { ...citySegment('Atlantis', 'Atlantis'), id: "seg_o'neil" }),
      );
      const read = await api.call(
        'GET',
        `${segments}('seg_o''neil')?$select=msdyncrm_segmentname,msdyncrm_query`,
      );
      expect(read.status).toBe(200);
      expect(read.json).toMatchObject({
        msdyncrm_segmentid: own,
        msdyncrm_segmentname: 'Atlantis',
        msdyncrm_query: "PROFILE(contact).FILTER(address1_city == 'Atlantis')",
      });
      expect(Object.keys(read.json as object).sort()).toEqual([
        '@odata.context',
        'msdyncrm_query',
        'msdyncrm_segmentid',
        'msdyncrm_segmentname',
      ]);
    });

    it('republishes a live segment whose query a PATCH edits, and orders, counts and limits a list', async () => {
      const [ada, grace] = await createContacts(api, [
        { firstname: 'Ada', address1_city: 'London' },
        { firstname: 'Grace', address1_city: 'Arlington' },
      ]);
      const answer = await api.call('POST', segments, {
        msdyncrm_segmentname: 'B city',
        msdyncrm_segmenttype: 192350000,
        msdyncrm_query: "PROFILE(contact).FILTER(address1_city == 'London')",
        statuscode: 192350006,
      });
      const id = /\(([^)]+)\)$/.exec(String(answer.headers['odata-entityid']))?.[1] ?? '';
      expect((await api.call('GET', `/api/segments/${id}`)).json.memberCount).toBe(1);
      const patched = await api.call('PATCH', `${segments}(${id.toUpperCase()})`, {
        msdyncrm_query: "PROFILE(contact).FILTER(address1_city == 'Arlington')",
        msdyncrm_segmentname: 'A city',
      });
      expect(patched.status).toBe(204);
      const events = (await api.call('GET', `/api/events?segment=${id}`)).json.items.map(
        (e: { contactId: string; change: string }) => `${e.change} ${e.contactId}`,
      );
      // Joined when it went live; then, republished, the difference only.
      expect(events[0]).toBe(`joined ${ada ?? ''}`);
      expect(events.slice(1).sort()).toEqual([`joined ${grace ?? ''}`, `left ${ada ?? ''}`]);

      await api.call('POST', segments, { msdyncrm_segmentname: 'C list', msdyncrm_segmenttype: 192350001 });
      const list = await api.call(
        'GET',
        `${segments}?$orderby=msdyncrm_segmentname%20desc&$count=true&$top=1&$select=msdyncrm_segmentname`,
      );
      expect(list.json['@odata.count']).toBe(2);
      expect(list.json.value.map((s: { msdyncrm_segmentname: string }) => s.msdyncrm_segmentname)).toEqual([
        'C list',
      ]);
    });

    it('refuses to delete a segment a live compound segment reads, naming it, and records every change in the audit trail', async () => {
      const create = async (body: Record<string, unknown>) =>
        /\(([^)]+)\)$/.exec(
          String((await api.call('POST', segments, body)).headers['odata-entityid']),
        )?.[1] ?? '';
      const part = await create({
        msdyncrm_segmentname: 'part',
        msdyncrm_segmenttype: 192350000,
        msdyncrm_query: 'PROFILE(contact)',
        statuscode: 192350006,
      });
      const whole = await create({
        msdyncrm_segmentname: 'whole',
        msdyncrm_segmenttype: 192350002,
        msdyncrm_query: 'SEGMENT(part)',
        statuscode: 192350006,
      });
      const refused = await api.call('DELETE', `${segments}(${part})`);
      expect(refused.status).toBe(409);
      expect(refused.json.error.details[0].message).toContain('"whole"');
      expect((await api.call('PATCH', `${segments}(${whole})`, { statuscode: 192350007 })).status).toBe(204);
      expect((await api.call('DELETE', `${segments}(${whole})`)).status).toBe(204);
      const trail = (await api.call('GET', '/api/audit')).json.items.map(
        (e: { action: string; target: string }) => [e.action, e.target],
      );
      expect(trail).toEqual([
        ['segment.create', part],
        ['segment.go-live', part],
        ['segment.create', whole],
        ['segment.go-live', whole],
        ['segment.stop', whole],
        ['segment.delete', whole],
      ]);
    });
  });
}
