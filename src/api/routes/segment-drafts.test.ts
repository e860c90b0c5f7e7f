/* eslint-disable @typescript-eslint/no-unsafe-member-access -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { citySegment, createContacts, startApi, type TestApi } from '../api-test-kit.ts';

/** A row with nothing chosen yet, as the designer's Add query block and Add row make it. */
const emptyRow = { kind: 'condition', attribute: '', operator: '', values: [] };

/** A draft as a marketer leaves it half done: an empty row, a birthday in hours, an empty segment block. */
function halfDone(name: string) {
  return {
    name,
    type: 'dynamic',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              emptyRow,
              {
                kind: 'condition',
                attribute: 'birthdate',
                operator: 'olderThan',
                values: [40],
                unit: 'hours',
              },
              { kind: 'related', relationship: '' },
            ],
          },
        },
        { combine: 'exclude', segment: '' },
      ],
    },
  };
}

/** `[code, path]` of each problem in an answer's details or problems. */
const codesAndPaths = (problems: unknown) =>
  (problems as readonly { code: string; path: string }[]).map((p) => [p.code, p.path]);

const halfDoneProblems = [
  ['INCOMPLETE', 'query.blocks[0].where.children[0].attribute'],
  ['UNIT_NOT_ALLOWED', 'query.blocks[0].where.children[1].unit'],
  ['INCOMPLETE', 'query.blocks[0].where.children[2].relationship'],
  ['INCOMPLETE', 'query.blocks[1].segment'],
];

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`segment drafts ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('saves a draft whose rows, related entity and segment block are not chosen yet, as it was sent', async () => {
      const created = await api.call('POST', '/api/segments', halfDone('Half done'));
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ state: 'draft', definition: halfDone('Half done') });
      const id = created.json.id as string;
      const edited = await api.call('PUT', `/api/segments/${id}`, halfDone('Still half done'));
      expect(edited.status).toBe(200);
      expect(edited.json).toMatchObject({ name: 'Still half done', definition: halfDone('Still half done') });
    });

    it('lists every problem at once when the draft goes live, one for an empty row, and keeps it a draft', async () => {
      const id = (await api.call('POST', '/api/segments', halfDone('Half done'))).json.id as string;
      const refused = await api.call('POST', `/api/segments/${id}/go-live`);
      expect(refused.status).toBe(422);
      expect(refused.json.error.code).toBe('INVALID_DEFINITION');
      expect(codesAndPaths(refused.json.error.details)).toEqual(halfDoneProblems);
      expect(refused.json.error.details[0].message).toBe('Select an attribute for this row.');
      expect((await api.call('GET', `/api/segments/${id}`)).json.state).toBe('draft');
    });

    it('goes live once the draft is completed', async () => {
      await createContacts(api, [{ address1_city: 'Atlantis' }, { address1_city: 'Rome' }]);
      const id = (await api.call('POST', '/api/segments', halfDone('Atlantis'))).json.id as string;
      await api.call('PUT', `/api/segments/${id}`, citySegment('Atlantis', 'Atlantis'));
      const live = await api.call('POST', `/api/segments/${id}/go-live`);
      expect(live.status).toBe(200);
      expect(live.json).toMatchObject({ state: 'live', memberCount: 1 });
    });

    it('refuses to republish a live segment with an incomplete row, naming it', async () => {
      const id = (await api.call('POST', '/api/segments', citySegment('Live', 'Atlantis'))).json.id as string;
      await api.call('POST', `/api/segments/${id}/go-live`);
      const refused = await api.call('PUT', `/api/segments/${id}`, halfDone('Live'));
      expect(refused.status).toBe(422);
      expect(codesAndPaths(refused.json.error.details)).toEqual(halfDoneProblems);
    });

    it('still refuses a malformed definition on save, with a 422 naming the path', async () => {
      const malformed = citySegment('Malformed', 'Atlantis');
      const block = malformed.query.blocks[0];
      const answer = await api.call('POST', '/api/segments', {
        ...malformed,
        query: { blocks: [{ ...block, where: { ...block?.where, children: [{ kind: 'conditon' }] } }] },
      });
      expect(answer.status).toBe(422);
      expect(answer.json.error.details).toEqual([
        expect.objectContaining({ code: 'INVALID_VALUE', path: 'query.blocks[0].where.children[0].kind' }),
      ]);
      const noOperator = await api.call('POST', '/api/segments', {
        name: 'No operator',
        query: {
          blocks: [
            {
              entity: 'contact',
              where: { kind: 'group', op: 'and', children: [{ kind: 'condition', attribute: '' }] },
            },
          ],
        },
      });
      expect(noOperator.status).toBe(422);
      expect(codesAndPaths(noOperator.json.error.details)).toEqual([
        ['MISSING_FIELD', 'query.blocks[0].where.children[0].operator'],
      ]);
      expect((await api.call('GET', '/api/segments')).json.items).toEqual([]);
    });

    it('validates a definition with a missing name, a bad unit and empty rows all at once', async () => {
      const nameless: Partial<ReturnType<typeof halfDone>> = halfDone('');
      delete nameless.name;
      const answer = await api.call('POST', '/api/segments/validate', {
        ...nameless,
        timeZone: 'Mars/Olympus',
      });
      expect(answer.status).toBe(200);
      expect(codesAndPaths(answer.json.problems)).toEqual([
        ['MISSING_FIELD', 'name'],
        ['INVALID_TIME_ZONE', 'timeZone'],
        ...halfDoneProblems,
      ]);
      const blank = await api.call('POST', '/api/segments/validate', { ...halfDone('  '), colour: 'red' });
      expect(codesAndPaths(blank.json.problems)).toEqual([
        ['INVALID_SHAPE', 'name'],
        ['UNKNOWN_FIELD', ''],
        ...halfDoneProblems,
      ]);
    });
  });
}
