import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.ts';
import { testBackends } from '../store/test-backends.ts';
import { ManualClock } from './clock.ts';
import { Engine } from './engine.ts';
import { cityIs, contactSegment, membersOf, start } from './engine-test-helpers.ts';

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
