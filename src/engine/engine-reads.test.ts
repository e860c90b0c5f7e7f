import { afterAll, describe, expect, it } from 'vitest';
import { testBackends } from '../store/test-backends.ts';
import { EngineReads } from './engine-reads.ts';
import { cityIs, contactSegment, engineOn } from './engine-test-helpers.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`the engine's reads ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    it('pages segments oldest first and members by a sort, each page saying where the next starts', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      for (const name of ['Ann', 'Bo', 'Cy'])
        await engine.createRecord('contact', {
          firstname: name,
          lastname: 'Smith',
          address1_city: 'Atlantis',
        });
      await engine.createRecord('contact', { firstname: 'Di', address1_city: 'Athens' });
      const ids = [];
      for (const name of ['One', 'Two', 'Three'])
        ids.push((await engine.createSegment(contactSegment(name, cityIs('Atlantis')))).id);
      const first = await engine.segmentPage({ limit: 2 });
      expect(first.items.map((s) => s.name)).toEqual(['One', 'Two']);
      const rest = await engine.segmentPage({ limit: 2, ...(first.next && { after: first.next }) });
      expect(rest).toEqual({ items: [expect.objectContaining({ name: 'Three' })] });
      await engine.goLive(ids[0] ?? '');
      expect((await engine.segments({ state: 'live' })).map((s) => s.name)).toEqual(['One']);
      const page = await engine.members(ids[0] ?? '', { limit: 2, sortBy: 'fullname', descending: true });
      expect(page.total).toBe(3);
      expect(page.items.map((r) => r.firstname)).toEqual(['Cy', 'Bo']);
      const last = await engine.members(ids[0] ?? '', {
        limit: 2,
        sortBy: 'fullname',
        descending: true,
        ...(page.next && { after: page.next }),
      });
      expect(last.items.map((r) => r.firstname)).toEqual(['Ann']);
      expect(last.next).toBeUndefined();
      expect((await engine.records('contact', { limit: 10, search: 'di' })).total).toBe(1);
    });

    it('says which segments a contact is in and how, and which ids name records', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const ann = await engine.createRecord('contact', { firstname: 'Ann', address1_city: 'Atlantis' });
      const live = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await engine.goLive(live.id);
      const list = await engine.createSegment({ name: 'A list', type: 'static' });
      await engine.goLive(list.id);
      await engine.editMembers(list.id, { add: [ann.id] });
      expect(await engine.contactSegments(ann.id)).toEqual([
        { id: list.id, name: 'A list', state: 'live', type: 'static', source: 'added' },
        { id: live.id, name: 'Atlantis', state: 'live', type: 'dynamic', source: 'query' },
      ]);
      expect(await engine.contactSegments('nobody')).toBeUndefined();
      expect(await engine.existingIds('contact', [ann.id, 'nobody', ann.id])).toEqual(new Set([ann.id]));
    });

    it('reads and prints MQL over the saved segments, and keeps keys with their audit without an engine', async () => {
      const store = await backend.open();
      const { engine } = await engineOn(store);
      const atlantis = await engine.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      expect((await engine.checkQuery({ blocks: [{ segment: atlantis.id }] })).ok).toBe(false);
      await engine.goLive(atlantis.id);
      const read = await engine.readMql("SEGMENT('Atlantis')");
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      const checked = await engine.checkQuery(read.query);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      expect(await engine.printMql(checked.value)).toContain('Atlantis');
      const reads = new EngineReads(store);
      const by = { keyId: null, keyName: 'command line' };
      const key = await reads.access.createKey({ name: 'tool', scope: 'read' }, by);
      expect((await reads.access.keyOfSecret(key.secret))?.id).toBe(key.id);
      expect(await reads.access.revokeKey(key.id, by)).toBe(true);
      expect(await reads.access.revokeKey(key.id, by)).toBe(false);
      expect((await engine.access.auditTrail()).map((e) => [e.action, e.target, e.keyName])).toEqual([
        ['key.create', key.id, 'command line'],
        ['key.revoke', key.id, 'command line'],
      ]);
    });
  });
}
