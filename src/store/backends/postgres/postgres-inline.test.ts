import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineParameters } from './postgres-inline.ts';

const query = (sql: string, parameters: unknown[]) => CompiledQuery.raw(sql, parameters);

describe('parameters written as literals', () => {
  it('writes text, numbers, booleans, null and arrays as literals PostgreSQL reads back the same', () => {
    const sql = 'select $1 as a, $2 as b, $3 as c, $4 as d, $5::text[] as e';
    expect(inlineParameters(query(sql, ["O'Brien", 2.5, true, null, ['a', 'b"c', null]]))).toBe(
      `select 'O''Brien' as a, '2.5' as b, 'true' as c, null as d,  E'{"a","b\\\\"c",NULL}'::text[] as e`,
    );
  });

  it('writes a backslash in the escape form, so it stays a backslash', () => {
    // pg's escapeLiteral puts a space before the E, harmless in SQL.
    expect(inlineParameters(query('select $1', ['a\\b']))).toBe(`select  E'a\\\\b'`);
  });

  it('tells $1 from $10 and $11', () => {
    const parameters = Array.from({ length: 11 }, (_, i) => `p${i + 1}`);
    expect(inlineParameters(query('select $1, $10, $11', parameters))).toBe("select 'p1', 'p10', 'p11'");
  });

  it('leaves a $ inside a quoted identifier alone', () => {
    expect(inlineParameters(query('select "a$1" from t where id = $1', ['x']))).toBe(
      `select "a$1" from t where id = 'x'`,
    );
  });

  it('declines text where $n might not be a parameter, or that holds more than one statement', () => {
    expect(inlineParameters(query("select '$1' where id = $1", ['x']))).toBeUndefined();
    expect(inlineParameters(query('select $$ $1 $$, $1', ['x']))).toBeUndefined();
    expect(inlineParameters(query('select $1; select 2', ['x']))).toBeUndefined();
    expect(inlineParameters(query('select "unclosed', []))).toBeUndefined();
  });

  it('declines parameters it cannot write: objects, bytes, numbers that are not finite, a missing one', () => {
    expect(inlineParameters(query('select $1', [{ a: 1 }]))).toBeUndefined();
    expect(inlineParameters(query('select $1', [Buffer.from('x')]))).toBeUndefined();
    expect(inlineParameters(query('select $1', [Number.NaN]))).toBeUndefined();
    expect(inlineParameters(query('select $1', [[{ a: 1 }]]))).toBeUndefined();
    expect(inlineParameters(query('select $2', ['x']))).toBeUndefined();
  });
});

const url = process.env.SEGMINT_TEST_PG;

describe.skipIf(!url)(
  `the same rows as the parameters give${url ? '' : ' (skipped: the PostgreSQL server is not configured; set SEGMINT_TEST_PG)'}`,
  () => {
    const client = new pg.Client({ connectionString: url });
    beforeAll(() => client.connect());
    afterAll(() => client.end());

    const cases: [string, unknown[]][] = [
      ['select $1::text as v', ['it\'s \\ a "test" 🍷 \n end']],
      ['select $1::text[] as v', [['a,b', '{c}', 'd"e', 'f\\g', null, '']]],
      ['select $1::numeric * 2 as v', ['12345678901.2345']],
      ['select $1::int + 1 as v', [41]],
      ['select $1::boolean as v', [false]],
      ['select $1::date as v', ['2024-02-29']],
      ['select coalesce($1::text, $2) as v', [null, 'fallback']],
      ['select v from (values (1), (2), (3)) t(v) order by v limit $1', [2]],
      ['select v from (values (1.5::numeric)) t(v) where v > $1', ['1']],
    ];
    for (const [sql, parameters] of cases) {
      it(sql, async () => {
        const text = inlineParameters(query(sql, parameters));
        expect(text).toBeDefined();
        const inlined = await client.query(text ?? '');
        const bound = await client.query(sql, parameters);
        expect(inlined.rows).toEqual(bound.rows);
      });
    }
  },
);
