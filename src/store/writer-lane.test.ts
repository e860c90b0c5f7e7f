import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';
import { TimeLimitError } from './time-limit-error.ts';
import { isTransientDatabaseError } from './transient-error.ts';

/** A promise and the function that resolves it. */
function gate(): { opened: Promise<void>; open(): void } {
  const opening: { resolve?: () => void } = {};
  const opened = new Promise<void>((resolve) => (opening.resolve = resolve));
  return { opened, open: () => opening.resolve?.() };
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`the writer lane ${backend.label}`, () => {
    const opened: Store[] = [];
    afterAll(async () => {
      for (const store of opened) await store.close();
      await backend.cleanup();
    });

    async function twoProcesses(timeLimitMs?: number): Promise<[Store, Store]> {
      const options = backend.freshOptions({ file: true });
      const first = await openStore(options);
      const second = await openStore({ ...options, ...(timeLimitMs !== undefined && { timeLimitMs }) });
      opened.push(first, second);
      return [first, second];
    }

    it("runs one store's write transaction only after another's has committed, and sees what it wrote", async () => {
      const [first, second] = await twoProcesses();
      const steps: string[] = [];
      const holding = gate();
      const release = gate();
      const firstWrite = first.transaction(async (tx) => {
        await tx.settings.set('lane.test', 'first');
        steps.push('first wrote');
        holding.open();
        await release.opened;
        steps.push('first commits');
      });
      await holding.opened;
      const secondWrite = second.transaction(async (tx) => {
        steps.push(`second began, seeing ${String(await tx.settings.get('lane.test'))}`);
        await tx.settings.set('lane.test', 'second');
      });
      // The second waits without holding this process's event loop: timers still fire meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 150));
      steps.push('timer fired');
      release.open();
      await Promise.all([firstWrite, secondWrite]);
      expect(steps).toEqual(['first wrote', 'timer fired', 'first commits', 'second began, seeing first']);
      expect(await first.settings.get('lane.test')).toBe('second');
    });

    it('reads in a write transaction the settings as they were when it began, with its own writes', async () => {
      const [first, second] = await twoProcesses();
      await second.settings.set('lane.own', 'committed before');
      const seen = await first.transaction(async (tx) => {
        const before = await tx.settings.get('lane.own');
        await tx.settings.set('lane.own', 'written here');
        await tx.settings.set('lane.new', 'new here');
        return [before, await tx.settings.get('lane.own'), await tx.settings.get('lane.new')];
      });
      expect(seen).toEqual(['committed before', 'written here', 'new here']);
      expect(await second.settings.get('lane.own')).toBe('written here');
    });

    it('lets a reading run while a write transaction holds the lane', async () => {
      const [first, second] = await twoProcesses();
      await first.settings.set('lane.read', 'before');
      const release = gate();
      const holding = gate();
      const write = first.transaction(async (tx) => {
        await tx.settings.set('lane.read', 'during');
        holding.open();
        await release.opened;
      });
      await holding.opened;
      expect(await second.read((session) => session.settings.get('lane.read'))).toBe('before');
      release.open();
      await write;
    });

    it('gives up waiting at the time limit with an error the API answers with 503, changing nothing', async () => {
      const [first, second] = await twoProcesses(300);
      const release = gate();
      const holding = gate();
      const write = first.transaction(async (tx) => {
        await tx.settings.set('lane.busy', 'first');
        holding.open();
        await release.opened;
      });
      await holding.opened;
      const refused = await second
        .transaction((tx) => tx.settings.set('lane.busy', 'second'))
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      release.open();
      await write;
      // SQLite's busy error (503 BUSY); PostgreSQL's statement_timeout (503 TIMEOUT).
      if (backend.name === 'sqlite') expect(isTransientDatabaseError(refused)).toBe(true);
      else expect(refused).toBeInstanceOf(TimeLimitError);
      expect(await second.settings.get('lane.busy')).toBe('first');
    });

    it("queues one store's own writes in order, so a reading answers while a dozen writes wait", async () => {
      const [store] = await twoProcesses();
      const release = gate();
      const holding = gate();
      const order: number[] = [];
      const first = store.transaction(async (tx) => {
        await tx.settings.set('lane.queue', '0');
        holding.open();
        await release.opened;
        order.push(0);
      });
      await holding.opened;
      // More writes than a pool has connections (pg's default is 10), all waiting for the first.
      const waiting = Array.from({ length: 12 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.settings.set('lane.queue', String(i + 1));
          order.push(i + 1);
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Waiting writes hold no connection: the reading gets one and sees what is committed.
      expect(await store.read((session) => session.settings.get('lane.queue'))).toBeUndefined();
      release.open();
      await Promise.all([first, ...waiting]);
      expect(order).toEqual(Array.from({ length: 13 }, (_, i) => i));
      expect(await store.settings.get('lane.queue')).toBe('12');
    });

    it("gives up a write still waiting behind this store's own at the time limit, and never runs it", async () => {
      const options = backend.freshOptions({ file: true });
      const store = await openStore({ ...options, timeLimitMs: 200 });
      opened.push(store);
      const release = gate();
      const holding = gate();
      const first = store.transaction(async (tx) => {
        await tx.settings.set('lane.limit', 'first');
        holding.open();
        await release.opened;
      });
      await holding.opened;
      const refused = await store
        .transaction((tx) => tx.settings.set('lane.limit', 'late'))
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(refused).toBeInstanceOf(TimeLimitError);
      release.open();
      await first;
      // The next write runs as soon as the first is done; the one that gave up never did.
      await store.transaction((tx) => tx.settings.set('lane.after', 'ran'));
      expect(await store.settings.get('lane.limit')).toBe('first');
      expect(await store.settings.get('lane.after')).toBe('ran');
    });
  });
}
