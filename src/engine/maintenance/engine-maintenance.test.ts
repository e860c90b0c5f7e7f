import { afterAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/test-backends.ts';
import { ManualClock } from '../clock.ts';
import { Engine } from '../engine.ts';
import {
  and,
  cityIs,
  condition,
  contactSegment,
  engineOn,
  membersOf,
  start,
} from '../engine-test-helpers.ts';

const openedEmails = (atLeast: number, lastDays: number) => ({
  kind: 'related',
  relationship: 'interactions',
  where: and(condition('type', 'equals', ['EmailOpened'])),
  count: { operator: 'atLeast', value: atLeast },
  window: { attribute: 'occurredon', last: lastDays, unit: 'days' },
});

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`live maintenance ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('moves the contacts of an account when the account changes', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const brewery = await engine.createRecord('account', { name: 'Hops', industrycode: 'retail' });
      const a = await engine.createRecord('contact', { firstname: 'A', parentcustomerid: brewery.id });
      const b = await engine.createRecord('contact', { firstname: 'B', parentcustomerid: brewery.id });
      await engine.createRecord('contact', { firstname: 'C' });
      const segment = await engine.createSegment(
        contactSegment(
          'Brewing contacts',
          and({
            kind: 'related',
            relationship: 'parentcustomerid',
            where: and(condition('industrycode', 'equals', ['brewing'])),
          }),
        ),
      );
      await engine.goLive(segment.id);
      expect(await membersOf(store, segment.id)).toEqual([]);
      await engine.updateRecord('account', brewery.id, { industrycode: 'brewing' });
      expect(await membersOf(store, segment.id)).toEqual([a.id, b.id].sort());
      const other = await engine.createRecord('account', { name: 'Dry', industrycode: 'retail' });
      await engine.updateRecord('contact', a.id, { parentcustomerid: other.id });
      expect(await membersOf(store, segment.id)).toEqual([b.id]);
      await engine.deleteRecord('account', brewery.id);
      expect(await membersOf(store, segment.id)).toEqual([]);
    });

    it('counts new interactions into a behavioural segment and lets them age out as time passes', async () => {
      const store = await backend.open();
      const { engine, clock } = await engineOn(store);
      const c = await engine.createRecord('contact', { firstname: 'Reader' });
      const segment = await engine.createSegment(contactSegment('Engaged readers', and(openedEmails(2, 7))));
      await engine.goLive(segment.id);
      const open = (at: string) =>
        engine.createRecord('interaction', { contactid: c.id, type: 'EmailOpened', occurredon: at });
      await open('2026-03-04T12:00:00Z');
      expect(await membersOf(store, segment.id)).toEqual([]);
      await open('2026-03-10T09:00:00Z');
      expect(await membersOf(store, segment.id)).toEqual([c.id]);
      // Seven days after 2026-03-04T12:00Z the first open leaves the window: the contact leaves with no write.
      clock.set('2026-03-11T11:59:00Z');
      await engine.tick();
      expect(await membersOf(store, segment.id)).toEqual([c.id]);
      clock.set('2026-03-11T12:01:00Z');
      await engine.tick();
      expect(await membersOf(store, segment.id)).toEqual([]);
      const last = (await engine.events({ segmentId: segment.id })).at(-1);
      expect(last).toMatchObject({ contactId: c.id, change: 'left', cause: 'clock' });
    });

    it('catches up with the time that passed while it was not running when it opens', async () => {
      const store = await backend.open();
      const clock = new ManualClock(start);
      const first = await Engine.open(store, { clock });
      const c = await first.createRecord('contact', { firstname: 'New', createdon: '2026-03-10T12:00:00Z' });
      const segment = await first.createSegment(
        contactSegment('New this week', and(condition('createdon', 'inLast', [1], 'days'))),
      );
      await first.goLive(segment.id);
      expect(await membersOf(store, segment.id)).toEqual([c.id]);
      await first.stop();
      clock.advance({ days: 2 });
      await Engine.open(store, { clock });
      expect(await membersOf(store, segment.id)).toEqual([]);
    });

    it('carries a change through segments that read segments, two levels deep', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const base = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(base.id);
      const middle = await engine.createSegment({
        name: 'Atlantis women',
        type: 'dynamic',
        query: {
          blocks: [
            { segment: base.id },
            {
              combine: 'intersect',
              entity: 'contact',
              where: and(condition('gendercode', 'equals', ['female'])),
            },
          ],
        },
      });
      await engine.goLive(middle.id);
      const top = await engine.createSegment({
        name: 'Everyone but Atlantis women',
        type: 'dynamic',
        query: { blocks: [{ entity: 'contact' }, { combine: 'exclude', segment: middle.id }] },
      });
      await engine.goLive(top.id);
      const c = await engine.createRecord('contact', {
        firstname: 'Di',
        gendercode: 'female',
        address1_city: 'Lemuria',
      });
      expect(await membersOf(store, top.id)).toEqual([c.id]);
      await engine.updateRecord('contact', c.id, { address1_city: 'Atlantis' });
      expect(await membersOf(store, middle.id)).toEqual([c.id]);
      expect(await membersOf(store, top.id)).toEqual([]);
    });

    it('does not re-check a segment for a write to an attribute it does not read', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const c = await engine.createRecord('contact', { firstname: 'A', address1_city: 'Atlantis' });
      const segment = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(segment.id);
      const before = (await engine.events()).length;
      await engine.updateRecord('contact', c.id, { jobtitle: 'Brewer' });
      expect((await engine.events()).length).toBe(before);
      expect(await membersOf(store, segment.id)).toEqual([c.id]);
    });

    it('maintains segments over a custom entity added at run time', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const added = await store.addCustomEntity({
        name: 'eventregistration',
        displayName: 'Event Registration',
        attributes: [{ name: 'eventname', displayName: 'Event', type: 'string' }],
        lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
      });
      expect(added.ok).toBe(true);
      const c = await engine.createRecord('contact', { firstname: 'Fan' });
      const segment = await engine.createSegment(
        contactSegment(
          'Registered for the festival',
          and({
            kind: 'related',
            relationship: 'eventregistrations',
            where: and(condition('eventname', 'contains', ['festival'])),
          }),
        ),
      );
      await engine.goLive(segment.id);
      const registration = await engine.createRecord('eventregistration', {
        contactid: c.id,
        eventname: 'Beer Festival 2026',
      });
      expect(await membersOf(store, segment.id)).toEqual([c.id]);
      await engine.updateRecord('eventregistration', registration.id, { eventname: 'Wine tasting' });
      expect(await membersOf(store, segment.id)).toEqual([]);
    });
  });
}
