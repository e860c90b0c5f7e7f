/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { citySegment, createContacts, idOf, liveSegment, startApi, type TestApi } from '../api-test-kit.ts';

const seattleWomen = "PROFILE(contact).FILTER(address1_city == 'Seattle' && gendercode == 2)";

const cityRow = (city: string) => ({
  kind: 'condition',
  attribute: 'address1_city',
  operator: 'equals',
  values: [city],
});

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`MQL over HTTP ${backend.label}`, () => {
    let api: TestApi;
    /** Ada and Grace are women of Seattle, Alan a man of Seattle, Joan a woman of Paris. */
    let people: Record<'ada' | 'grace' | 'alan' | 'joan', string>;
    beforeEach(async () => {
      api = await startApi(backend);
      const [ada = '', grace = '', alan = '', joan = ''] = await createContacts(api, [
        { firstname: 'Ada', address1_city: 'Seattle', gendercode: 'female' },
        { firstname: 'Grace', address1_city: 'seattle', gendercode: 'female' },
        { firstname: 'Alan', address1_city: 'Seattle', gendercode: 'male' },
        { firstname: 'Joan', address1_city: 'Paris', gendercode: 'female' },
      ]);
      people = { ada, grace, alan, joan };
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    const membersOf = async (id: string): Promise<string[]> => {
      const answer = await api.call('GET', `/api/segments/${id}/members?limit=100`);
      expect(answer.status).toBe(200);
      return answer.json.items.map((c: { id: string }) => c.id).sort();
    };
    const sorted = (...ids: string[]) => [...ids].sort();

    describe('POST /api/mql/parse', () => {
      it('answers the query a Dynamics segment query means, as the JSON a segment takes', async () => {
        const answer = await api.call('POST', '/api/mql/parse', { mql: seattleWomen });
        expect(answer.status).toBe(200);
        expect(answer.json).toEqual({
          query: {
            blocks: [
              {
                entity: 'contact',
                where: {
                  kind: 'group',
                  op: 'and',
                  children: [
                    cityRow('Seattle'),
                    { kind: 'condition', attribute: 'gendercode', operator: 'equals', values: ['female'] },
                  ],
                },
              },
            ],
          },
        });
      });

      it('answers 422 with every problem at its line and column', async () => {
        const mql = "PROFILE(contact)\n  .FILTER(address1_cty == 'Seattle' && gendercode == 7)";
        const answer = await api.call('POST', '/api/mql/parse', { mql });
        expect(answer.status).toBe(422);
        expect(answer.json.error.code).toBe('INVALID_MQL');
        expect(answer.json.error.message).toContain('Line 2, column 11');
        expect(answer.json.error.details).toEqual([
          expect.objectContaining({ code: 'MQL_UNKNOWN_ATTRIBUTE', path: 'mql', line: 2, column: 11 }),
          expect.objectContaining({ code: 'MQL_UNKNOWN_OPTION', path: 'mql', line: 2 }),
        ]);
        expect(answer.json.error.details[0].message).toContain('address1_cty');
      });

      it('points at a missing bracket, and refuses empty text', async () => {
        const unclosed = await api.call('POST', '/api/mql/parse', {
          mql: "PROFILE(contact).FILTER(address1_city == 'Seattle'",
        });
        expect(unclosed.status).toBe(422);
        expect(unclosed.json.error.details[0]).toMatchObject({ code: 'MQL_SYNTAX', line: 1 });
        const empty = await api.call('POST', '/api/mql/parse', { mql: '  ' });
        expect(empty.status).toBe(422);
        expect(empty.json.error.details[0]).toMatchObject({ code: 'MQL_EMPTY', line: 1 });
      });

      it('answers 400 for a body without MQL text', async () => {
        for (const body of [{}, { mql: 42 }, { query: 'PROFILE(contact)' }]) {
          const answer = await api.call('POST', '/api/mql/parse', body);
          expect(answer.status, JSON.stringify(body)).toBe(400);
          expect(answer.json.error.details[0].path).toBe('body.mql');
        }
      });

      it('finds SEGMENT(…) by name, by id and by Dynamics id among the saved segments', async () => {
        const vip = await liveSegment(api, citySegment('VIP customers', 'Paris'));
        const guid = 'ce97cb9d-bd75-ea11-a811-000d3a8e8fcc';
        await liveSegment(api, { ...citySegment('From Dynamics', 'Rome'), id: guid });
        const answer = await api.call('POST', '/api/mql/parse', {
          mql: `SEGMENT('vip customers') UNION SEGMENT('${vip}') UNION SEGMENT(SEGMENT_CRM_ID_ce97cb9dbd75ea11a811000d3a8e8fcc)`,
        });
        expect(answer.status).toBe(200);
        expect(answer.json.query.blocks).toEqual([
          { segment: vip },
          { combine: 'union', segment: vip },
          { combine: 'union', segment: guid },
        ]);
        const unknown = await api.call('POST', '/api/mql/parse', { mql: 'SEGMENT(Nobody)' });
        expect(unknown.status).toBe(422);
        expect(unknown.json.error.details[0]).toMatchObject({
          code: 'MQL_UNKNOWN_SEGMENT',
          line: 1,
          column: 9,
        });
      });

      it('names the segments that share a name instead of guessing one', async () => {
        const first = idOf(await api.call('POST', '/api/segments', citySegment('Twins', 'Paris')));
        const second = idOf(await api.call('POST', '/api/segments', citySegment('Twins', 'Rome')));
        const answer = await api.call('POST', '/api/mql/parse', { mql: 'SEGMENT(Twins)' });
        expect(answer.status).toBe(422);
        const message = answer.json.error.details[0].message as string;
        expect(message).toContain('2 segments are named "Twins"');
        expect(message).toContain(first);
        expect(message).toContain(second);
      });

      it('answers 401 without a key, and reads nothing', async () => {
        const answer = await api.call('POST', '/api/mql/parse', { mql: seattleWomen }, {});
        expect(answer.status).toBe(401);
        expect(answer.json.error.code).toBe('UNAUTHORIZED');
        expect(answer.json.query).toBeUndefined();
      });
    });

    describe('segments saved with MQL', () => {
      it('creates a segment from MQL that goes live with the members the query means', async () => {
        const created = await api.call('POST', '/api/segments', {
          name: 'Women of Seattle',
          type: 'dynamic',
          mql: seattleWomen,
        });
        expect(created.status).toBe(201);
        expect(created.json.state).toBe('draft');
        expect(created.json.definition.mql).toBeUndefined();
        expect(created.json.definition.query.blocks[0].entity).toBe('contact');
        const id = idOf(created);
        const live = await api.call('POST', `/api/segments/${id}/go-live`);
        expect(live.status).toBe(200);
        expect(live.json.memberCount).toBe(2);
        expect(await membersOf(id)).toEqual(sorted(people.ada, people.grace));
        // And it stays live: a new woman of Seattle joins.
        const [hedy = ''] = await createContacts(api, [
          { firstname: 'Hedy', address1_city: 'Seattle', gendercode: 'female' },
        ]);
        expect(await membersOf(id)).toEqual(sorted(people.ada, people.grace, hedy));
      });

      it('updates a live segment from MQL, and its members change to the new query', async () => {
        const id = await liveSegment(api, { name: 'Women of Seattle', mql: seattleWomen });
        expect(await membersOf(id)).toEqual(sorted(people.ada, people.grace));
        const updated = await api.call('PUT', `/api/segments/${id}`, {
          name: 'Women anywhere',
          mql: "PROFILE(contact).FILTER(gendercode == 2 && NOT(address1_city == 'Seattle'))\nUNION\nPROFILE(contact).FILTER(firstname STARTSWITH 'Al')",
        });
        expect(updated.status).toBe(200);
        expect(updated.json).toMatchObject({ name: 'Women anywhere', state: 'live', memberCount: 2 });
        expect(await membersOf(id)).toEqual(sorted(people.joan, people.alan));
      });

      it('reads SEGMENT(name) in a saved segment as that segment', async () => {
        await liveSegment(api, {
          name: 'Seattle',
          mql: "PROFILE(contact).FILTER(address1_city == 'Seattle')",
        });
        const id = await liveSegment(api, {
          name: 'Seattle men',
          mql: 'SEGMENT(Seattle) EXCEPT PROFILE(contact).FILTER(gendercode == 2)',
        });
        expect(await membersOf(id)).toEqual([people.alan]);
      });

      it('refuses MQL it cannot read with every problem at its line and column, and saves nothing', async () => {
        const answer = await api.call('POST', '/api/segments', {
          name: 'Broken',
          mql: "PROFILE(contact).FILTER(address1_city = 'Seattle')",
        });
        expect(answer.status).toBe(422);
        expect(answer.json.error.code).toBe('INVALID_MQL');
        expect(answer.json.error.details[0]).toMatchObject({
          path: 'mql',
          line: 1,
          column: expect.any(Number),
        });
        const list = await api.call('GET', '/api/segments');
        expect(list.json.items).toEqual([]);
      });

      it('refuses "query" and "mql" together, naming the problem, on create and update', async () => {
        const both = { ...citySegment('Both', 'Seattle'), mql: seattleWomen };
        const created = await api.call('POST', '/api/segments', both);
        expect(created.status).toBe(422);
        expect(created.json.error.details).toEqual([
          expect.objectContaining({ code: 'QUERY_AND_MQL', path: 'mql' }),
        ]);
        expect(created.json.error.message).toContain('both "query" and "mql"');
        const id = idOf(await api.call('POST', '/api/segments', citySegment('One', 'Seattle')));
        const updated = await api.call('PUT', `/api/segments/${id}`, both);
        expect(updated.status).toBe(422);
        expect(updated.json.error.details[0].code).toBe('QUERY_AND_MQL');
        const kept = await api.call('GET', `/api/segments/${id}`);
        expect(kept.json.name).toBe('One');
      });

      it('refuses MQL on a static segment, and MQL that is not text', async () => {
        const statik = await api.call('POST', '/api/segments', {
          name: 'Hand picked',
          type: 'static',
          mql: seattleWomen,
        });
        expect(statik.status).toBe(422);
        expect(statik.json.error.details[0]).toMatchObject({ code: 'QUERY_ON_STATIC', path: 'mql' });
        const number = await api.call('POST', '/api/segments', { name: 'Number', mql: 7 });
        expect(number.status).toBe(400);
        expect(number.json.error.details[0].path).toBe('body.mql');
      });

      it('answers 401 without a key, and saves nothing', async () => {
        const answer = await api.call('POST', '/api/segments', { name: 'X', mql: seattleWomen }, {});
        expect(answer.status).toBe(401);
        expect((await api.call('GET', '/api/segments')).json.items).toEqual([]);
      });
    });

    describe('GET /api/segments/{id}/mql', () => {
      it('prints MQL that reads back to the same query, and selects the same members', async () => {
        const seattle = await liveSegment(api, citySegment('Seattle', 'Seattle'));
        const definition = {
          name: 'Everything at once',
          query: {
            blocks: [
              {
                entity: 'contact',
                where: {
                  kind: 'group',
                  op: 'or',
                  children: [
                    { kind: 'condition', attribute: 'firstname', operator: 'beginsWith', values: ['Jo'] },
                    {
                      kind: 'group',
                      op: 'and',
                      children: [
                        { kind: 'condition', attribute: 'gendercode', operator: 'equals', values: ['male'] },
                        { kind: 'condition', attribute: 'birthdate', operator: 'notContainsData' },
                      ],
                    },
                  ],
                },
              },
              { combine: 'intersect', segment: seattle },
              {
                combine: 'union',
                entity: 'account',
                where: {
                  kind: 'group',
                  op: 'and',
                  children: [
                    { kind: 'condition', attribute: 'name', operator: 'equals', values: ['Contoso'] },
                  ],
                },
                traverse: [{ relationship: 'contacts' }],
              },
            ],
          },
        };
        const id = await liveSegment(api, definition);
        const printed = await api.call('GET', `/api/segments/${id}/mql`);
        expect(printed.status).toBe(200);
        const mql = printed.json.mql as string;
        expect(mql).toContain('SEGMENT(Seattle)');
        expect(mql).toContain('TRAVERSE(contact_account_parentcustomerid)');
        expect(mql).toContain('INTERSECT');
        const parsed = await api.call('POST', '/api/mql/parse', { mql });
        expect(parsed.status).toBe(200);
        expect(parsed.json.query).toEqual(definition.query);
        const again = await liveSegment(api, { name: 'Printed', mql });
        expect(await membersOf(again)).toEqual(await membersOf(id));
        expect(await membersOf(id)).toEqual([people.alan]);
      });

      it('prints a segment brought over from Dynamics by its SEGMENT_CRM_ID when its name is shared', async () => {
        const guid = 'e1fa7fdc-5c78-ea11-a811-000d3a8e8fcc';
        await liveSegment(api, { ...citySegment('Twins', 'Paris'), id: guid });
        await api.call('POST', '/api/segments', citySegment('Twins', 'Rome'));
        const id = await liveSegment(api, { name: 'Reader', query: { blocks: [{ segment: guid }] } });
        const printed = await api.call('GET', `/api/segments/${id}/mql`);
        expect(printed.json.mql).toBe('SEGMENT(SEGMENT_CRM_ID_e1fa7fdc5c78ea11a811000d3a8e8fcc)');
        const parsed = await api.call('POST', '/api/mql/parse', { mql: printed.json.mql });
        expect(parsed.json.query).toEqual({ blocks: [{ segment: guid }] });
      });

      it('answers 409 for a static segment or one without a query, and 404 for none', async () => {
        const statik = idOf(await api.call('POST', '/api/segments', { name: 'Hand picked', type: 'static' }));
        const noQuery = await api.call('GET', `/api/segments/${statik}/mql`);
        expect(noQuery.status).toBe(409);
        expect(noQuery.json.error).toMatchObject({ code: 'NO_QUERY' });
        expect(noQuery.json.error.message).toContain('static');
        const draft = idOf(await api.call('POST', '/api/segments', { name: 'Unfinished', type: 'dynamic' }));
        const empty = await api.call('GET', `/api/segments/${draft}/mql`);
        expect(empty.status).toBe(409);
        expect(empty.json.error.message).toContain('no query yet');
        expect((await api.call('GET', '/api/segments/nothing/mql')).status).toBe(404);
      });

      it('answers 401 without a key', async () => {
        const id = await liveSegment(api, citySegment('Seattle', 'Seattle'));
        const answer = await api.call('GET', `/api/segments/${id}/mql`, undefined, {});
        expect(answer.status).toBe(401);
        expect(answer.json.mql).toBeUndefined();
      });
    });

    it('lists the MQL routes and the mql field in the OpenAPI document', async () => {
      const doc = (await api.call('GET', '/api/openapi.json')).json;
      expect(doc.paths['/api/mql/parse'].post.operationId).toBe('parseMql');
      expect(doc.paths['/api/mql/parse'].post.responses['422']).toBeDefined();
      expect(doc.paths['/api/segments/{id}/mql'].get.operationId).toBe('getSegmentMql');
      const create = doc.paths['/api/segments'].post.requestBody.content['application/json'].schema;
      expect(JSON.stringify(create)).toContain('"mql"');
      expect(doc.components.schemas.MqlProblem.properties).toHaveProperty('line');
    });
  });
}
