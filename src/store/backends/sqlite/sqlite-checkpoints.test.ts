import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../open-store.ts';
import { sqliteBackend } from '../../test-backends.ts';
import { checkpointsBeside } from './sqlite-checkpoints.ts';

describe('checkpoints of an SQLite file beside the writer', () => {
  const backend = sqliteBackend();
  afterAll(() => backend.cleanup());

  it('asks for one once enough rows were written since the last, and one at a time', async () => {
    const database = new Database(':memory:');
    database.exec('create table t (n integer)');
    const insert = database.prepare('insert into t (n) values (?)');
    const asked: (() => void)[] = [];
    const checkpoints = checkpointsBeside(
      database,
      () =>
        new Promise<void>((resolve) => {
          asked.push(resolve);
        }),
      10,
    );
    const write = (rows: number) => {
      for (let n = 0; n < rows; n++) insert.run(n);
      checkpoints.afterCommit();
    };
    write(9);
    expect(asked).toHaveLength(0);
    write(1);
    expect(asked).toHaveLength(1);
    // While it runs, more writes past the next mark ask for nothing.
    write(25);
    expect(asked).toHaveLength(1);
    asked[0]?.();
    await Promise.resolve();
    await Promise.resolve();
    write(1);
    expect(asked).toHaveLength(2);
    database.close();
  });

  it('asks again after a checkpoint that failed', async () => {
    const database = new Database(':memory:');
    database.exec('create table t (n integer)');
    const insert = database.prepare('insert into t (n) values (?)');
    const checkpoint = vi.fn(() => Promise.reject(new Error('the reader ended')));
    const checkpoints = checkpointsBeside(database, checkpoint, 10);
    for (let n = 0; n < 10; n++) insert.run(n);
    checkpoints.afterCommit();
    await vi.waitFor(() => {
      expect(checkpoint).toHaveBeenCalledTimes(1);
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    insert.run(11);
    checkpoints.afterCommit();
    expect(checkpoint).toHaveBeenCalledTimes(2);
    database.close();
  });

  it('has a reader process copy a big commit into the file, which the writer alone leaves in the log', async () => {
    const options = backend.freshOptions({ file: true });
    if (options.kind !== 'sqlite') throw new Error('an SQLite file');
    const store = await openStore(options);
    try {
      const before = statSync(options.filename).size;
      const rows = Array.from({ length: 25_000 }, (_, n) => ({
        id: `c${String(n).padStart(6, '0')}`,
        firstname: `Contact ${n}`,
        address1_city: 'Raleigh',
      }));
      const result = await store.transaction((tx) => tx.records.bulkInsert('contact', rows));
      expect(result.inserted).toBe(25_000);
      // 25,000 contacts are a few thousand pages, far below the writer's own checkpoint (40,000):
      // only the reader's checkpoint grows the file.
      await vi.waitFor(
        () => {
          expect(statSync(options.filename).size).toBeGreaterThan(before + 1_000_000);
        },
        { timeout: 30_000, interval: 100 },
      );
      expect(await store.read((session) => session.records.get('contact', 'c024999'))).toMatchObject({
        firstname: 'Contact 24999',
      });
    } finally {
      await store.close();
    }
  });
});
