import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { prepared, preparingMarked } from './postgres-prepared.ts';

/** A stand-in for a pooled `pg` client whose class method records what it is sent. */
function recordingClient(): { client: pg.PoolClient; sent: unknown[][] } {
  const sent: unknown[][] = [];
  class Client {
    query(...args: unknown[]): Promise<unknown> {
      sent.push(args);
      return Promise.resolve({ rows: [] });
    }
  }
  return { client: new Client() as unknown as pg.PoolClient, sent };
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
});
