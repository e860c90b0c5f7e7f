import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { testBackends } from '../store/test-backends.ts';
import { EngineError } from './engine-error.ts';
import { and, cityIs, condition, contactSegment, engineOn, membersOf } from './engine-test-helpers.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`the segment lifecycle ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('goes live with the matching contacts as members and a joined event for each', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const a = await engine.createRecord('contact', { firstname: 'Ann', address1_city: 'Atlantis' });
      const b = await engine.createRecord('contact', { firstname: 'Bo', address1_city: 'atlantis' });
      await engine.createRecord('contact', { firstname: 'Cy', address1_city: 'Athens' });
      const draft = await engine.createSegment(contactSegment('Contacts from Atlantis', cityIs('Atlantis')));
      expect(draft.state).toBe('draft');
      const live = await engine.goLive(draft.id);
      expect(live).toMatchObject({ state: 'live', memberCount: 2 });
      expect(await membersOf(store, draft.id)).toEqual([a.id, b.id].sort());
      const events = await engine.events({ segmentId: draft.id });
      expect(events.map((e) => [e.contactId, e.change, e.cause]).sort()).toEqual(
        [
          [a.id, 'joined', 'definition'],
          [b.id, 'joined', 'definition'],
        ].sort(),
      );
    });

    it('lets a contact join within the write that creates it and leave when it moves away', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      const c = await engine.createRecord('contact', { firstname: 'Cleo', address1_city: 'Atlantis' });
      expect(await membersOf(store, segment.id)).toEqual([c.id]);
      await engine.updateRecord('contact', c.id, { address1_city: 'Lemuria' });
      expect(await membersOf(store, segment.id)).toEqual([]);
      const events = await engine.events({ segmentId: segment.id });
      expect(events.map((e) => [e.change, e.cause])).toEqual([
        ['joined', 'data'],
        ['left', 'data'],
      ]);
      expect(events[0] && events[1] && events[0].seq < events[1].seq).toBe(true);
    });

    it('keeps an invalid segment a draft and reports every problem', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const segment = await engine.createSegment(
        contactSegment(
          'Broken',
          and(condition('address1_citty', 'equals', ['X']), condition('birthdate', 'contains', ['1'])),
        ),
      );
      const refusal = await engine.goLive(segment.id).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(EngineError);
      expect((refusal as EngineError).details.map((p) => p.path)).toEqual([
        'query.blocks[0].where.children[0].attribute',
        'query.blocks[0].where.children[1].operator',
      ]);
      expect((await store.segments.get(segment.id))?.state).toBe('draft');
    });

    it('refuses to stop or delete a segment a live segment reads, naming it', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const base = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(base.id);
      const reader = await engine.createSegment(
        contactSegment('Atlantis readers', cityIs('Atlantis'), { combine: 'intersect', segment: base.id }),
      );
      await engine.goLive(reader.id);
      await expect(engine.stopSegment(base.id)).rejects.toThrow(/"Atlantis readers"/);
      await expect(engine.deleteSegment(base.id)).rejects.toMatchObject({
        code: 'SEGMENT_IN_USE',
        details: [
          {
            code: 'USED_BY',
            message: `The live segment "Atlantis readers" (${reader.id}) reads this segment in block 2.`,
            segmentId: reader.id,
            segmentName: 'Atlantis readers',
          },
        ],
      });
      await engine.stopSegment(reader.id);
      await expect(engine.stopSegment(base.id)).resolves.toMatchObject({ state: 'stopped' });
    });

    it('republishes an edited live segment by the difference only', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const a = await engine.createRecord('contact', {
        firstname: 'A',
        address1_city: 'Atlantis',
        gendercode: 'female',
      });
      const b = await engine.createRecord('contact', {
        firstname: 'B',
        address1_city: 'Atlantis',
        gendercode: 'male',
      });
      const c = await engine.createRecord('contact', {
        firstname: 'C',
        address1_city: 'Lemuria',
        gendercode: 'female',
      });
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      const before = (await engine.events()).length;
      await engine.updateSegment(
        segment.id,
        contactSegment('Women', and(condition('gendercode', 'equals', ['female']))),
      );
      expect(await membersOf(store, segment.id)).toEqual([a.id, c.id].sort());
      const after = (await engine.events({ after: before })).map((e) => [e.contactId, e.change, e.cause]);
      expect(after.sort()).toEqual(
        [
          [b.id, 'left', 'definition'],
          [c.id, 'joined', 'definition'],
        ].sort(),
      );
    });

    it('keeps a stopped segment as it was and catches up when it goes live again', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      await engine.stopSegment(segment.id);
      const late = await engine.createRecord('contact', { firstname: 'Late', address1_city: 'Atlantis' });
      expect(await membersOf(store, segment.id)).toEqual([]);
      await engine.goLive(segment.id);
      expect(await membersOf(store, segment.id)).toEqual([late.id]);
    });

    it('holds explicit members in a static segment, by id or by a query run once', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const a = await engine.createRecord('contact', { firstname: 'A', address1_city: 'Atlantis' });
      const b = await engine.createRecord('contact', { firstname: 'B', address1_city: 'Lemuria' });
      const list = await engine.createSegment({ name: 'Hand-picked', type: 'static' });
      await engine.editMembers(list.id, { add: [b.id] });
      await engine.editMembers(list.id, {
        addByQuery: { blocks: [{ entity: 'contact', where: cityIs('Atlantis') }] },
      });
      expect(await membersOf(store, list.id)).toEqual([a.id, b.id].sort());
      // A query runs once: a later Atlantis contact is not added.
      await engine.createRecord('contact', { firstname: 'C', address1_city: 'Atlantis' });
      await engine.editMembers(list.id, { remove: [a.id] });
      expect(await membersOf(store, list.id)).toEqual([b.id]);
      await expect(engine.editMembers(list.id, { add: ['nobody'] })).rejects.toThrow(/"nobody"/);
      await expect(engine.editMembers(list.id, { include: [a.id] })).rejects.toMatchObject({
        code: 'WRONG_TYPE',
      });
    });

    it('applies manual overrides on a dynamic segment, exclusion winning', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const a = await engine.createRecord('contact', { firstname: 'A', address1_city: 'Atlantis' });
      const b = await engine.createRecord('contact', { firstname: 'B', address1_city: 'Lemuria' });
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      await engine.editMembers(segment.id, { include: [b.id] });
      await engine.editMembers(segment.id, { exclude: [a.id] });
      expect(await membersOf(store, segment.id)).toEqual([b.id]);
      // The override outlasts data changes: b stays in although it still does not match.
      await engine.updateRecord('contact', b.id, { firstname: 'Bea' });
      expect(await membersOf(store, segment.id)).toEqual([b.id]);
      await engine.editMembers(segment.id, { clear: [a.id, b.id] });
      expect(await membersOf(store, segment.id)).toEqual([a.id]);
      expect(
        (await engine.events({ segmentId: segment.id })).filter((e) => e.cause === 'manual'),
      ).toHaveLength(4);
    });

    it('reports drift found by verify and none after maintenance', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const a = await engine.createRecord('contact', { firstname: 'A', address1_city: 'Atlantis' });
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      expect(await engine.verify()).toEqual([]);
      await store.members.remove(segment.id, [a.id]);
      expect(await engine.verify()).toEqual([
        { segmentId: segment.id, segmentName: 'Atlantis', missing: [a.id], extra: [] },
      ]);
    });

    it('records the member count over time', async () => {
      const store = await backend.open();
      const { engine, clock } = await engineOn(store);
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      await engine.createRecord('contact', { firstname: 'A', address1_city: 'Atlantis' });
      clock.advance({ minutes: 5 });
      await engine.createRecord('contact', { firstname: 'B', address1_city: 'Atlantis' });
      expect((await engine.history(segment.id)).map((p) => p.count)).toEqual([1, 2]);
    });

    it('indexes a date a clock condition reads by range, and not one read by anniversary', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const indexes = async () => {
        const query =
          backend.name === 'sqlite'
            ? sql<{ name: string }>`select name from sqlite_master where type = 'index'`
            : sql<{
                name: string;
              }>`select indexname as name from pg_indexes where schemaname = current_schema()`;
        return (await query.execute(store.db)).rows.map((r) => r.name);
      };
      const birthdays = await engine.createSegment(
        contactSegment('Birthdays this week', and(condition('birthdate', 'anniversaryInNext', [7]))),
      );
      await engine.goLive(birthdays.id);
      expect(await indexes()).not.toContain('sm_ix_contact__birthdate');
      const older = await engine.createSegment(
        contactSegment('Over 40', and(condition('birthdate', 'olderThan', [40], 'years'))),
      );
      await engine.goLive(older.id);
      expect(await indexes()).toContain('sm_ix_contact__birthdate');
    });
  });
}
