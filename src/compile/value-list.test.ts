import { describe, expect, it } from 'vitest';
import { definitionLimits, parseDefinition, type Query } from '../definition/index.ts';
import { Schema } from '../schema/index.ts';
import { compileQuery } from './compile-query.ts';
import { inlineValueLimit, jsonList } from './value-list.ts';

const now = new Date('2026-03-10T17:00:00Z');
const schema = Schema.builtin();
const dialects = ['sqlite', 'postgres'] as const;

function query(children: unknown[]): Query {
  const parsed = parseDefinition({
    name: 'lists',
    query: { blocks: [{ entity: 'contact', where: { kind: 'group', op: 'or', children } }] },
  });
  if (!parsed.ok || !parsed.value.query) throw new Error(JSON.stringify(parsed));
  return parsed.value.query;
}

const row = (attribute: string, operator: string, values: unknown[]) => ({
  kind: 'condition',
  attribute,
  operator,
  values,
});
const texts = (n: number) => Array.from({ length: n }, (_, i) => `city ${i}`);

describe('lists of values in compiled SQL', () => {
  it(`writes up to ${inlineValueLimit} values inline, each a parameter`, () => {
    const compiled = compileQuery(query([row('address1_city', 'contains', texts(inlineValueLimit))]), {
      schema,
      dialect: 'postgres',
      now,
      timeZone: 'UTC',
    });
    expect(compiled.parameters).toHaveLength(inlineValueLimit);
    expect(compiled.sql).not.toContain('unnest');
  });

  it('binds a longer list as one parameter on both dialects, for every operator that takes several', () => {
    const long = texts(definitionLimits.maxValues);
    const numbers = Array.from({ length: 1000 }, (_, i) => i);
    const rows = [
      row('address1_city', 'equals', long),
      row('address1_city', 'contains', long),
      row('address1_city', 'notBeginsWith', long),
      row('address1_city', 'endsWith', long),
      row('numberofchildren', 'equals', numbers),
      row('creditlimit', 'notEquals', numbers),
      row('parentcustomerid', 'equals', long),
    ];
    for (const dialect of dialects) {
      for (const r of rows) {
        const compiled = compileQuery(query([r]), { schema, dialect, now, timeZone: 'UTC' });
        // SQLite tests text twice (built-in lower() and the exact fold) and adds the pattern of the
        // characters that need the exact fold.
        expect(compiled.parameters.length, `${dialect} ${r.operator}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('keeps the largest legal definition far inside the parameters of SQLite and PostgreSQL', () => {
    // The most parameters a row can bind: a beginsWith of as many values as are written inline.
    const rows = Array.from({ length: definitionLimits.maxConditions - 1 }, () =>
      row('address1_city', 'beginsWith', texts(inlineValueLimit)),
    );
    const worst = query(rows);
    expect(
      compileQuery(worst, { schema, dialect: 'sqlite', now, timeZone: 'UTC' }).parameters.length,
    ).toBeLessThan(32_766);
    expect(
      compileQuery(worst, { schema, dialect: 'postgres', now, timeZone: 'UTC' }).parameters.length,
    ).toBeLessThan(65_535);
  });

  it('writes a list as JSON that SQLite reads exactly, big integers included', () => {
    expect(jsonList(['a"b', 1, 2n ** 62n])).toBe('["a\\"b",1,4611686018427387904]');
  });
});
