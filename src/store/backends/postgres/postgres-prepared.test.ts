import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { atCommitMark, prepared, preparingMarked } from './postgres-prepared.ts';

/**
 * A stand-in for a pooled `pg` client whose class method records what it is sent; a statement
 * containing `failing` fails, and one of several statements in one text answers with a list.
 */
function recordingClient(failing?: string): { client: pg.PoolClient; sent: unknown[][] } {
  const sent: unknown[][] = [];
  class Client {
    query(...args: unknown[]): unknown {
      sent.push(args);
      const [first] = args;
      if (typeof first === 'object' && first !== null && 'submit' in first) return first;
      const text = typeof first === 'string' ? first : (first as { text: string }).text;
      if (failing !== undefined && text.includes(failing))
        return Promise.reject(new Error(`failed: ${text}`));
      const statements = text.split('; ');
      const result = (statement: string) => ({ command: statement.split(' ')[0]?.toUpperCase(), rows: [] });
      return Promise.resolve(statements.length > 1 ? statements.map(result) : result(text));
    }
  }
  return { client: new Client() as unknown as pg.PoolClient, sent };
}

/** What the client sent, each statement as its text (a named one as `name: text`). */
function texts(sent: readonly unknown[][]): string[] {
  return sent.map(([first]) =>
    typeof first === 'string'
      ? first
      : `${(first as { name: string }).name}: ${(first as { text: string }).text}`,
  );
}

describe('statements prepared once per connection', () => {
  it('sends a marked statement with parameters as a named prepared statement, the same name each time', async () => {
    const { client, sent } = recordingClient();
    preparingMarked(client);
    const text = prepared('select $1::int as n');
    await client.query(text, [1]);
    await client.query(text, [2]);
    await client.query(prepared('select $1::int as m'), [3]);
    const [first, second, other] = sent.map(
      (args) => args[0] as { name: string; text: string; values: unknown[] },
    );
    expect(first?.name).toMatch(/^segmint_[0-9a-f]{24}$/);
    expect(first).toEqual({ name: first?.name, text, values: [1] });
    expect(second?.name).toBe(first?.name);
    expect(second?.values).toEqual([2]);
    expect(other?.name).not.toBe(first?.name);
  });

  it('passes every other statement as it came: unmarked, without parameters, or not text', async () => {
    const { client, sent } = recordingClient();
    preparingMarked(client);
    const submittable = { submit: () => undefined };
    await client.query('select $1::int', [1]);
    await client.query(prepared('select 1'));
    void client.query(submittable as never);
    expect(sent).toEqual([['select $1::int', [1]], [prepared('select 1')], [submittable]]);
  });

  describe('a statement for the commit (atCommitMark)', () => {
    const write = prepared(`${atCommitMark}insert into t select unnest($1::text[])`);

    it('goes alone the first time, preparing it, then with the commit in one round trip', async () => {
      const { client, sent } = recordingClient();
      preparingMarked(client);
      await client.query(write, [['a']]);
      await client.query('commit', []);
      const answered = await client.query(write, [["b'c", 'd']]);
      expect(answered).toMatchObject({ rows: [] });
      expect(sent).toHaveLength(2);
      const committed = await client.query('commit', []);
      const [firstWrite, firstCommit, together] = texts(sent);
      const name = firstWrite?.split(':')[0] ?? '';
      expect(name).toMatch(/^segmint_[0-9a-f]{24}$/);
      expect(firstCommit).toBe('commit');
      expect(together).toBe(`execute ${name}('{"b''c","d"}'); commit`);
      // The commit's own result, as Kysely reads it.
      expect(committed).toMatchObject({ command: 'COMMIT' });
    });

    it('goes just before any other statement, and a rollback drops it', async () => {
      const { client, sent } = recordingClient();
      preparingMarked(client);
      await client.query(write, [['a']]);
      await client.query(write, [['b']]);
      await client.query('select $1::int', [1]);
      await client.query(write, [['c']]);
      await client.query('rollback', []);
      const [, held, next, rollback] = texts(sent);
      expect(held).toMatch(/^execute segmint_[0-9a-f]{24}\('\{"b"\}'\)$/);
      expect(next).toBe('select $1::int');
      expect(rollback).toBe('rollback');
      expect(sent).toHaveLength(4);
    });

    it('reports its own error at the statement it went with, never a later one', async () => {
      const { client } = recordingClient('execute');
      preparingMarked(client);
      await client.query(write, [['a']]);
      await client.query(write, [['b']]);
      await expect(client.query('select 1', [])).rejects.toThrow(/^failed: execute segmint_/);
      await client.query(write, [['c']]);
      await expect(client.query('commit', [])).rejects.toThrow(/^failed: execute segmint_.*; commit$/);
    });

    it('reports its own error to a submittable sent after it', async () => {
      const { client } = recordingClient('execute');
      preparingMarked(client);
      await client.query(write, [['a']]);
      await client.query(write, [['b']]);
      const reported = new Promise<unknown>((resolve) => {
        const submittable = {
          submit: () => undefined,
          // As `pg.Query` is called back: here the aborted transaction, which the held error replaces.
          callback: (error: unknown) => {
            resolve(error);
          },
        };
        void client.query(submittable as never);
        setTimeout(() => {
          submittable.callback(new Error('current transaction is aborted'));
        }, 0);
      });
      expect(String(await reported)).toMatch(/^Error: failed: execute segmint_/);
    });

    it('is sent as it came when it was never prepared on this connection', async () => {
      const { client, sent } = recordingClient();
      preparingMarked(client);
      await client.query(write, [['a']]);
      await client.query(prepared(`${atCommitMark}select $1::int`), [1]);
      expect(texts(sent)[1]).toMatch(/^segmint_[0-9a-f]{24}: \/\* segmint:prepared \*\/ /);
    });
  });
});
