import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.ts';
import { testBackends } from '../store/test-backends.ts';
import { ManualClock } from './clock.ts';
import { Engine } from './engine.ts';
import { and, cityIs, condition, contactSegment, membersOf, start } from './engine-test-helpers.ts';

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`two processes on one database ${backend.label}`, () => {
    const opened: { close(): Promise<void> }[] = [];
    afterAll(async () => {
      for (const store of opened) await store.close();
      await backend.cleanup();
    });

    it('maintains a segment that another process put live, and stops when it is stopped there', async () => {
      const options = backend.freshOptions({ file: true });
      const serverStore = await openStore(options);
      const cliStore = await openStore(options);
      opened.push(serverStore, cliStore);
      const clock = new ManualClock(start);
      const server = await Engine.open(serverStore, { clock });
      const cli = await Engine.open(cliStore, { clock });
      const segment = await cli.createSegment(contactSegment('Atlantis', cityIs('Atlantis')));
      await cli.goLive(segment.id);
      const c = await server.createRecord('contact', { firstname: 'Ann', address1_city: 'Atlantis' });
      expect(await membersOf(serverStore, segment.id)).toEqual([c.id]);
      await cli.stopSegment(segment.id);
      await server.createRecord('contact', { firstname: 'Bo', address1_city: 'Atlantis' });
      expect(await membersOf(serverStore, segment.id)).toEqual([c.id]);
    });
  });
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`several processes, one installation ${backend.label}`, () => {
    const opened: { close(): Promise<void> }[] = [];
    const engines: Engine[] = [];
    afterAll(async () => {
      for (const engine of engines) await engine.stop();
      for (const store of opened) await store.close();
      await backend.cleanup();
    });

    async function processes(count: number, tickMs = 1_000): Promise<Engine[]> {
      const options = backend.freshOptions({ file: true });
      const started: Engine[] = [];
      for (let i = 0; i < count; i++) {
        const store = await openStore(options);
        opened.push(store);
        const engine = await Engine.open(store, { tickMs });
        engines.push(engine);
        started.push(engine);
      }
      return started;
    }

    /** Polls `test` every 50 ms until it holds or `ms` pass; true when it held. */
    async function eventually(test: () => boolean, ms: number): Promise<boolean> {
      const until = Date.now() + ms;
      while (!test()) {
        if (Date.now() > until) return false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return true;
    }

    it('lets exactly one of them lead, and another take over within a tick period when it stops', async () => {
      const three = await processes(3);
      for (const engine of three) await engine.start();
      expect(three.filter((engine) => engine.leads)).toHaveLength(1);
      const leader = three.find((engine) => engine.leads);
      await leader?.stop();
      const rest = three.filter((engine) => engine !== leader);
      // A tick period is 1 s here; the campaign asks every 250 ms.
      expect(await eventually(() => rest.some((engine) => engine.leads), 1_000)).toBe(true);
      expect(rest.filter((engine) => engine.leads)).toHaveLength(1);
    });

    it("wakes one process's listeners when another commits", async () => {
      const [writer, watcher] = await processes(2);
      let woken = 0;
      const unsubscribe = watcher?.onChange(() => (woken += 1));
      // The watcher's feed is listening once its first poll (SQLite) or LISTEN (PostgreSQL) is done.
      await new Promise((resolve) => setTimeout(resolve, 400));
      woken = 0;
      await writer?.createRecord('contact', { firstname: 'Ann', address1_city: 'Atlantis' });
      expect(await eventually(() => woken > 0, 1_000)).toBe(true);
      unsubscribe?.();
    });

    it('takes up a custom attribute and a segment reading it that another process added', async () => {
      const [adder, other] = await processes(2);
      if (!adder || !other) throw new Error('two engines expected');
      expect(other.store.schema().attribute('contact', 'loyaltytier')).toBeUndefined();
      const added = await adder.store.addCustomAttribute('contact', {
        name: 'loyaltytier',
        displayName: 'Loyalty tier',
        type: 'string',
      });
      expect(added.ok).toBe(true);
      const segment = await adder.createSegment(
        contactSegment('Gold', and(condition('loyaltytier', 'equals', ['Gold']))),
      );
      await adder.goLive(segment.id);
      // The other process's next write loads the segment with the schema it reads.
      const c = await other.createRecord('contact', { firstname: 'Bo', loyaltytier: 'Gold' });
      expect(await membersOf(other.store, segment.id)).toEqual([c.id]);
      expect(other.store.schema().attribute('contact', 'loyaltytier')).toBeDefined();
      // The same addition from the other process is refused as a clash, not a database error.
      const again = await other.store.addCustomAttribute('contact', {
        name: 'loyaltytier',
        displayName: 'Loyalty tier',
        type: 'string',
      });
      expect(again.ok).toBe(false);
    });

    it('writes records of a custom entity another process added, without a restart', async () => {
      const [adder, other] = await processes(2);
      if (!adder || !other) throw new Error('two engines expected');
      await other.createRecord('contact', { id: 'bo', firstname: 'Bo' });
      const added = await adder.addCustomEntity({
        name: 'visit',
        displayName: 'Visit',
        attributes: [{ name: 'page', displayName: 'Page', type: 'string' }],
        lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'visits' }],
      });
      expect(added.ok).toBe(true);
      expect(other.store.schema().entity('visit')).toBeUndefined();
      // This process has not seen the entity: what its writes read first is left to the transaction.
      const visit = await other.createRecord('visit', { page: '/pricing', contactid: 'bo' });
      const changed = await other.updateRecord('visit', visit.id, { page: '/signup' });
      expect(changed).toMatchObject({ page: '/signup', contactid: 'bo' });
    });
  });
}
