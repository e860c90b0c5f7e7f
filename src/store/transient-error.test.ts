import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isTransientDatabaseError } from './transient-error.ts';

/** The error a statement throws, or undefined when it succeeds. */
async function thrown(work: () => unknown): Promise<unknown> {
  try {
    await work();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('transient database errors', () => {
  it('include SQLite refusing a write while another process holds the lock', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'segmint-busy-'));
    const file = join(folder, 'busy.db');
    const holder = new Database(file);
    const other = new Database(file);
    try {
      holder.exec('create table t (x integer)');
      other.pragma('busy_timeout = 0');
      holder.exec('begin immediate');
      const error = await thrown(() => other.exec('insert into t values (1)'));
      expect(error).toBeDefined();
      expect(isTransientDatabaseError(error)).toBe(true);
      holder.exec('rollback');
    } finally {
      holder.close();
      other.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  const url = process.env.SEGMINT_TEST_PG;
  it.skipIf(!url)(
    'include PostgreSQL refusing a row lock that another transaction holds (needs SEGMINT_TEST_PG)',
    async () => {
      const first = new pg.Client({ connectionString: url });
      const second = new pg.Client({ connectionString: url });
      await first.connect();
      await second.connect();
      try {
        await first.query('create temp table if not exists t (x int)');
        await first.query('begin');
        await first.query("select pg_advisory_xact_lock(hashtext('segmint-transient-test'))");
        await second.query("set lock_timeout = '10ms'");
        await second.query('begin');
        const error = await thrown(() =>
          second.query("select pg_advisory_xact_lock(hashtext('segmint-transient-test'))"),
        );
        expect((error as { code?: string }).code).toBe('55P03');
        expect(isTransientDatabaseError(error)).toBe(true);
      } finally {
        await first.end();
        await second.end();
      }
    },
  );

  it('include a deadlock and a serialization failure, and not a constraint violation', () => {
    expect(isTransientDatabaseError({ code: '40P01' })).toBe(true);
    expect(isTransientDatabaseError({ code: '40001' })).toBe(true);
    expect(isTransientDatabaseError({ code: '08006' })).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientDatabaseError({ code: '23505' })).toBe(false);
    expect(isTransientDatabaseError({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' })).toBe(false);
    expect(isTransientDatabaseError(new Error('boom'))).toBe(false);
  });
});
