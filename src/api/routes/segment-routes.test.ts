/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- route tests read JSON answers freely; the assertions check them */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { citySegment, createContacts, liveSegment, start, startApi, type TestApi } from '../api-test-kit.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`segment routes ${backend.label}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await startApi(backend);
    });
    afterEach(async () => {
      await api.app.close();
    });
    afterAll(() => backend.cleanup());

    it('saves a new segment as a draft with its definition, state, count and time stamps', async () => {
      const definition = citySegment('Contacts from Atlantis', 'Atlantis', { description: 'The tutorial' });
      const created = await api.call('POST', '/api/segments', definition);
      expect(created.status).toBe(201);
      expect(created.json).toEqual({
        id: expect.any(String),
        name: 'Contacts from Atlantis',
        type: 'dynamic',
        description: 'The tutorial',
        state: 'draft',
        timeZone: 'UTC',
        memberCount: 0,
        createdAt: start,
        updatedAt: start,
        goLiveAt: null,
        definition,
      });
      const read = await api.call('GET', `/api/segments/${created.json.id as string}`);
      expect(read.json).toEqual(created.json);
    });

    it('keeps a segment id the client chose, and answers 409 when it is taken', async () => {
      const created = await api.call('POST', '/api/segments', {
        ...citySegment('A', 'A'),
        id: 'seg_atlantis',
      });
      expect(created.json.id).toBe('seg_atlantis');
      const again = await api.call('POST', '/api/segments', { ...citySegment('B', 'B'), id: 'seg_atlantis' });
      expect(again.status).toBe(409);
      expect(again.json.error.code).toBe('DUPLICATE_ID');
      const bad = await api.call('POST', '/api/segments', { ...citySegment('C', 'C'), id: ' padded ' });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details[0].path).toBe('body.id');
    });

    it('answers 422 with every shape problem of a definition it cannot save', async () => {
      const answer = await api.call('POST', '/api/segments', { name: '', type: 'sometimes', colour: 'red' });
      expect(answer.status).toBe(422);
      expect(answer.json.error.code).toBe('INVALID_DEFINITION');
      const paths = answer.json.error.details.map((p: { path: string }) => p.path).sort();
      expect(paths).toEqual(['', 'name', 'type']);
      expect((await api.call('POST', '/api/segments', [])).status).toBe(400);
    });

    it('lists segments oldest first, a page at a time, and by state', async () => {
      const ids: string[] = [];
      for (const name of ['One', 'Two', 'Three']) {
        ids.push((await api.call('POST', '/api/segments', citySegment(name, name))).json.id as string);
        api.clock.advance({ minutes: 1 });
      }
      await api.call('POST', `/api/segments/${ids[1] ?? ''}/go-live`);
      const first = await api.call('GET', '/api/segments?limit=2');
      expect(first.json.items.map((s: { name: string }) => s.name)).toEqual(['One', 'Two']);
      const second = await api.call('GET', `/api/segments?limit=2&cursor=${first.json.nextCursor as string}`);
      expect(second.json.items.map((s: { name: string }) => s.name)).toEqual(['Three']);
      expect(second.json.nextCursor).toBeNull();
      const live = await api.call('GET', '/api/segments?state=live');
      expect(live.json.items.map((s: { id: string }) => s.id)).toEqual([ids[1]]);
      expect((await api.call('GET', '/api/segments?state=asleep')).status).toBe(400);
    });

    it('goes live with its members counted, and answers 422 with every problem when invalid', async () => {
      await createContacts(api, [
        { address1_city: 'Atlantis' },
        { address1_city: 'Atlantis' },
        { address1_city: 'Paris' },
      ]);
      const id = (await api.call('POST', '/api/segments', citySegment('Atlantis', 'Atlantis'))).json
        .id as string;
      const live = await api.call('POST', `/api/segments/${id}/go-live`);
      expect(live.status).toBe(200);
      expect(live.json).toMatchObject({ id, state: 'live', memberCount: 2, goLiveAt: start });

      const invalid = {
        name: 'Broken',
        query: {
          blocks: [
            {
              entity: 'contact',
              where: {
                kind: 'group',
                op: 'and',
                children: [
                  { kind: 'condition', attribute: 'address1_cty', operator: 'equals', values: ['X'] },
                  { kind: 'condition', attribute: 'birthdate', operator: 'contains', values: ['1990'] },
                ],
              },
            },
          ],
        },
      };
      const broken = (await api.call('POST', '/api/segments', invalid)).json.id as string;
      const refused = await api.call('POST', `/api/segments/${broken}/go-live`);
      expect(refused.status).toBe(422);
      expect(refused.json.error.code).toBe('INVALID_DEFINITION');
      expect(refused.json.error.details).toEqual([
        expect.objectContaining({
          code: 'UNKNOWN_ATTRIBUTE',
          path: 'query.blocks[0].where.children[0].attribute',
        }),
        expect.objectContaining({
          code: 'OPERATOR_NOT_ALLOWED',
          path: 'query.blocks[0].where.children[1].operator',
        }),
      ]);
      expect((await api.call('GET', `/api/segments/${broken}`)).json.state).toBe('draft');
    });

    it('republishes a live segment on PUT, its members changing by the difference', async () => {
      const [, paris] = await createContacts(api, [
        { address1_city: 'Atlantis' },
        { address1_city: 'Paris' },
      ]);
      const id = await liveSegment(api, citySegment('City', 'Atlantis'));
      const updated = await api.call('PUT', `/api/segments/${id}`, citySegment('City', 'Paris'));
      expect(updated.status).toBe(200);
      expect(updated.json).toMatchObject({
        state: 'live',
        memberCount: 1,
        definition: citySegment('City', 'Paris'),
      });
      const members = await api.call('GET', `/api/segments/${id}/members`);
      expect(members.json.items.map((c: { id: string }) => c.id)).toEqual([paris]);

      const mismatch = await api.call('PUT', `/api/segments/${id}`, {
        ...citySegment('City', 'Paris'),
        id: 'other',
      });
      expect(mismatch.status).toBe(400);
      expect(mismatch.json.error.code).toBe('ID_MISMATCH');
      const invalid = await api.call('PUT', `/api/segments/${id}`, { name: 'City', type: 'dynamic' });
      expect(invalid.status).toBe(422);
      const retype = await api.call('PUT', `/api/segments/${id}`, { name: 'City', type: 'static' });
      expect(retype.status).toBe(422);
      expect(retype.json.error.code).toBe('WRONG_TYPE');
      expect((await api.call('PUT', '/api/segments/nothing', citySegment('X', 'X'))).status).toBe(404);
    });

    it('stops a live segment, and answers 409 when it is not live or a live segment uses it', async () => {
      const base = await liveSegment(api, citySegment('Base', 'Atlantis'));
      const user = await liveSegment(api, {
        name: 'Reader',
        query: { blocks: [{ entity: 'contact' }, { combine: 'exclude', segment: base }] },
      });
      const refused = await api.call('POST', `/api/segments/${base}/stop`);
      expect(refused.status).toBe(409);
      expect(refused.json.error.code).toBe('SEGMENT_IN_USE');
      expect(refused.json.error.message).toContain('"Reader"');
      expect(refused.json.error.details).toEqual([
        expect.objectContaining({ code: 'USED_BY', segmentId: user, segmentName: 'Reader' }),
      ]);
      const deleteRefused = await api.call('DELETE', `/api/segments/${base}`);
      expect(deleteRefused.status).toBe(409);

      const stopped = await api.call('POST', `/api/segments/${user}/stop`);
      expect(stopped.status).toBe(200);
      expect(stopped.json.state).toBe('stopped');
      const again = await api.call('POST', `/api/segments/${user}/stop`);
      expect(again.status).toBe(409);
      expect(again.json.error.code).toBe('WRONG_STATE');
      expect((await api.call('POST', `/api/segments/${base}/stop`)).status).toBe(200);
      expect((await api.call('POST', '/api/segments/nothing/stop')).status).toBe(404);
      expect((await api.call('POST', '/api/segments/nothing/go-live')).status).toBe(404);
    });

    it('deletes a segment, and answers 404 for one that does not exist', async () => {
      const id = await liveSegment(api, citySegment('Gone', 'Atlantis'));
      expect((await api.call('DELETE', `/api/segments/${id}`)).status).toBe(204);
      expect((await api.call('GET', `/api/segments/${id}`)).status).toBe(404);
      expect((await api.call('DELETE', `/api/segments/${id}`)).status).toBe(404);
    });

    it('validates a definition without saving it, listing every problem with its path', async () => {
      const good = await api.call('POST', '/api/segments/validate', citySegment('Fine', 'Atlantis'));
      expect(good.status).toBe(200);
      expect(good.json).toEqual({ problems: [] });
      const shape = await api.call('POST', '/api/segments/validate', { type: 'dynamic' });
      // A missing name does not hide the rest: this dynamic segment has no query either.
      expect(shape.json.problems).toEqual([
        expect.objectContaining({ code: 'MISSING_FIELD', path: 'name' }),
        expect.objectContaining({ code: 'MISSING_QUERY', path: 'query' }),
      ]);
      const meaning = await api.call('POST', '/api/segments/validate', {
        name: 'Bad',
        timeZone: 'Mars/Olympus',
        query: { blocks: [{ entity: 'spaceship' }, { combine: 'union', segment: 'nothing' }] },
      });
      const codes = meaning.json.problems.map((p: { code: string }) => p.code).sort();
      expect(codes).toEqual(['INVALID_TIME_ZONE', 'UNKNOWN_ENTITY', 'UNKNOWN_SEGMENT']);
      expect((await api.call('GET', '/api/segments')).json.items).toEqual([]);
    });

    it('finds a reference back to the segment being validated when its id is sent', async () => {
      const id = await liveSegment(api, citySegment('Self', 'Atlantis'));
      const answer = await api.call('POST', '/api/segments/validate', {
        id,
        name: 'Self',
        query: { blocks: [{ entity: 'contact' }, { combine: 'exclude', segment: id }] },
      });
      expect(answer.json.problems).toEqual([expect.objectContaining({ code: 'SELF_REFERENCE' })]);
    });

    it('estimates how many contacts a definition selects, without saving it', async () => {
      await createContacts(api, [
        { address1_city: 'Atlantis' },
        { address1_city: 'atlantis' },
        { address1_city: 'Rome' },
      ]);
      const answer = await api.call('POST', '/api/segments/estimate', citySegment('Estimate', 'Atlantis'));
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ count: 2 });
      const invalid = await api.call('POST', '/api/segments/estimate', {
        timeZone: 'Nowhere',
        query: { blocks: [{ entity: 'spaceship' }] },
      });
      expect(invalid.status).toBe(422);
      expect(invalid.json.error.details).toEqual([expect.objectContaining({ path: 'timeZone' })]);
      const noQuery = await api.call('POST', '/api/segments/estimate', { name: 'Static', type: 'static' });
      expect(noQuery.status).toBe(422);
      expect(noQuery.json.error.details[0].path).toBe('query');
      const badQuery = await api.call('POST', '/api/segments/estimate', {
        query: { blocks: [{ entity: 'spaceship' }] },
      });
      expect(badQuery.status).toBe(422);
      expect(badQuery.json.error.details[0]).toMatchObject({
        code: 'UNKNOWN_ENTITY',
        path: 'query.blocks[0].entity',
      });
    });

    it('answers the member count over time', async () => {
      const id = await liveSegment(api, citySegment('History', 'Atlantis'));
      api.clock.advance({ minutes: 5 });
      await createContacts(api, [{ address1_city: 'Atlantis' }]);
      api.clock.advance({ minutes: 5 });
      await createContacts(api, [{ address1_city: 'Atlantis' }]);
      const answer = await api.call('GET', `/api/segments/${id}/history`);
      expect(answer.status).toBe(200);
      expect(answer.json.segmentId).toBe(id);
      const counts = answer.json.items.map((p: { count: number }) => p.count);
      expect(counts.slice(-2)).toEqual([1, 2]);
      expect((await api.call('GET', '/api/segments/nothing/history')).status).toBe(404);
    });
  });
}
