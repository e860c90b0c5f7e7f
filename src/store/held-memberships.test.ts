import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

/**
 * Memberships named in a transaction's first reads (`FirstReads.memberships`): read with the begin
 * where the backend reads there (PostgreSQL), they answer any read of memberships among them until the
 * transaction changes a membership or an override; elsewhere the reads run as they always did. The
 * answers are the same either way.
 */
for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`memberships read as a transaction begins ${backend.label}`, () => {
    let store: Store;
    const first = { memberships: { contactIds: ['ada', 'bob'], segmentIds: ['seg-a', 'seg-b'] } };

    beforeAll(async () => {
      store = await backend.open();
      for (const id of ['ada', 'bob', 'cy']) await store.records.create('contact', { id, firstname: id });
      await store.members.replace('seg-a', ['ada', 'cy']);
      await store.members.replace('seg-b', ['bob']);
      await store.members.replace('seg-c', ['ada']);
      await store.overrides.set('seg-c', ['ada'], 'exclude');
      await store.overrides.set('seg-b', ['cy'], 'include');
    });
    afterAll(() => backend.cleanup());

    /** What `work` returns, and the statements it sent to PostgreSQL (none counted elsewhere). */
    async function counted<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
      const spy = vi.spyOn(pg.Client.prototype, 'query');
      try {
        const result = await work();
        return { result, statements: spy.mock.calls.length };
      } finally {
        spy.mockRestore();
      }
    }

    it('answers a read among them as the database would, without asking it again', async () => {
      const expected = await store.members.membershipsOf(['ada'], ['seg-a']);
      const { result, statements } = await counted(() =>
        store.transaction((tx) => tx.members.membershipsOf(['ada'], ['seg-a']), first),
      );
      expect(result).toEqual(expected);
      // Only seg-a is asked for, but every override of the contact comes, as from the database.
      expect([...(result.members.get('ada') ?? [])]).toEqual(['seg-a']);
      expect(result.overrides.get('ada')?.get('seg-c')).toBe('exclude');
      // The begin and the commit, on PostgreSQL; the reads, where the begin reads nothing.
      if (backend.name === 'postgres') expect(statements).toBe(2);
    });

    it('asks the database for contacts or segments it was not named', async () => {
      const seen = await store.transaction(
        (tx) =>
          tx.readTogether([
            tx.members.membershipsRead(['ada', 'bob'], ['seg-b']),
            tx.members.membershipsRead(['cy'], ['seg-a', 'seg-b']),
            tx.members.membershipsRead(['ada'], ['seg-c']),
          ] as const),
        first,
      );
      expect(seen).toEqual([
        await store.members.membershipsOf(['ada', 'bob'], ['seg-b']),
        await store.members.membershipsOf(['cy'], ['seg-a', 'seg-b']),
        await store.members.membershipsOf(['ada'], ['seg-c']),
      ]);
      expect(seen[1].members.get('cy')).toEqual(new Set(['seg-a']));
      expect(seen[1].overrides.get('cy')?.get('seg-b')).toBe('include');
    });

    it('asks the database again once the transaction changed a membership or an override', async () => {
      const seen = await store.transaction(async (tx) => {
        await tx.members.changeAndLog(
          [{ segmentId: 'seg-a', join: ['bob'], leave: ['ada'] }],
          'manual',
          new Date(),
        );
        const afterMembers = await tx.members.membershipsOf(['ada', 'bob'], ['seg-a']);
        return afterMembers;
      }, first);
      expect(seen.members.get('bob')).toEqual(new Set(['seg-a']));
      expect(seen.members.get('ada') ?? new Set()).toEqual(new Set());
      const overridden = await store.transaction(async (tx) => {
        await tx.overrides.set('seg-b', ['ada'], 'include');
        return tx.members.membershipsOf(['ada'], ['seg-b']);
      }, first);
      expect(overridden.overrides.get('ada')?.get('seg-b')).toBe('include');
    });

    it('never hands a transaction tried again what an earlier try read', async () => {
      let tries = 0;
      const seen = await store.transaction(async (tx) => {
        const read = await tx.members.membershipsOf(['bob'], ['seg-b']);
        tries += 1;
        if (tries === 1) {
          await tx.members.changeAndLog(
            [{ segmentId: 'seg-b', join: [], leave: ['bob'] }],
            'manual',
            new Date(),
          );
          throw Object.assign(new Error('could not serialize access'), { code: '40001' });
        }
        return read;
      }, first);
      expect(tries).toBe(2);
      expect(seen.members.get('bob')).toEqual(new Set(['seg-b']));
    });
  });
}
