import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteLowerFunction } from '../../../compile/index.ts';
import { openStore } from '../../open-store.ts';
import { sqliteBackend } from '../../test-backends.ts';
import { TimeLimitError } from '../../time-limit-error.ts';

/** A statement that keeps SQLite busy for seconds. */
const slow = sql<{
  n: number;
}>`with recursive r(n) as (select 1 union all select n + 1 from r where n < 200000000) select count(*) as n from r`;

describe('reads of an SQLite file in reader processes', () => {
  const backend = sqliteBackend();
  afterAll(() => backend.cleanup());

  it('sees one snapshot while the writer goes on, and the writes after it', async () => {
    const store = await openStore(backend.freshOptions({ file: true }));
    try {
      await store.records.create('contact', { id: 'c1', firstname: 'Ada' });
      const counts = await store.read(async (session) => {
        const count = async () =>
          (await sql<{ n: number }>`select count(*) as n from contact`.execute(session.db)).rows[0]?.n;
        const before = await count();
        await store.records.create('contact', { id: 'c2', firstname: 'Grace' });
        return [before, await count(), (await session.records.get('contact', 'c2'))?.id ?? null];
      });
      expect(counts).toEqual([1, 1, null]);
      expect(await store.read(async (session) => (await session.records.get('contact', 'c2'))?.id)).toBe(
        'c2',
      );
    } finally {
      await store.close();
    }
  });

  it('folds text in the reader as the writer does', async () => {
    const store = await openStore(backend.freshOptions({ file: true }));
    try {
      const folded = await store.read(
        async (session) =>
          (
            await sql<{ t: string }>`select ${sql.raw(sqliteLowerFunction)}(${'ÉCOLE'}) as t`.execute(
              session.db,
            )
          ).rows[0]?.t,
      );
      expect(folded).toBe('école');
    } finally {
      await store.close();
    }
  });

  it('refuses to write', async () => {
    const store = await openStore(backend.freshOptions({ file: true }));
    try {
      await expect(
        store.read((session) => session.records.create('contact', { firstname: 'Ada' })),
      ).rejects.toThrow(/only reads|readonly/i);
      expect(await store.records.list('contact', { limit: 10 })).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('stops a reading at the time limit, and the next one runs on a new reader', async () => {
    const store = await openStore({ ...backend.freshOptions({ file: true }), timeLimitMs: 1000 });
    try {
      const stopped = store.read((session) => slow.execute(session.db));
      await expect(stopped).rejects.toBeInstanceOf(TimeLimitError);
      await expect(stopped).rejects.toThrow('took longer than the 1 s limit');
      const next = await store.read(
        async (session) => (await sql<{ n: number }>`select 7 as n`.execute(session.db)).rows[0]?.n,
      );
      expect(next).toBe(7);
    } finally {
      await store.close();
    }
  });

  it('runs readings of an in-memory database on its one connection', async () => {
    const store = await backend.open();
    await store.records.create('contact', { id: 'c1', firstname: 'Ada' });
    expect(await store.read(async (session) => (await session.records.get('contact', 'c1'))?.id)).toBe('c1');
  });
});
