import { describe, expect, it } from 'vitest';
import { parseDefinition, type Query } from '../definition/index.ts';
import { Schema } from '../schema/index.ts';
import { compileForContacts, compileQuery } from './compile-query.ts';
import { CompileError } from './compile-error.ts';

const now = new Date('2026-03-10T17:00:00Z');
const schema = Schema.builtin();

function query(json: unknown): Query {
  const parsed = parseDefinition({ name: 'test', query: json });
  if (!parsed.ok || !parsed.value.query) throw new Error(JSON.stringify(parsed));
  return parsed.value.query;
}

const cityIs = (city: string) =>
  query({
    blocks: [
      {
        entity: 'contact',
        where: {
          kind: 'group',
          op: 'and',
          children: [{ kind: 'condition', attribute: 'address1_city', operator: 'equals', values: [city] }],
        },
      },
    ],
  });

describe('compileQuery', () => {
  it('passes every value as a parameter and never writes it into the SQL text', () => {
    const evil = "Robert'); DROP TABLE contact;--";
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const compiled = compileQuery(cityIs(evil), { schema, dialect, now, timeZone: 'UTC' });
      expect(compiled.sql).not.toContain('DROP');
      expect(compiled.parameters).toContain(evil.toLowerCase());
    }
  });

  it('restricts to a set of contacts with one parameter however many there are', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `c${i}`);
    const sqlite = compileQuery(cityIs('Atlantis'), {
      schema,
      dialect: 'sqlite',
      now,
      timeZone: 'UTC',
      restrictTo: ids,
    });
    expect(sqlite.parameters).toHaveLength(2);
    expect(sqlite.sql).toContain('json_each');
    const pg = compileQuery(cityIs('Atlantis'), {
      schema,
      dialect: 'postgres',
      now,
      timeZone: 'UTC',
      restrictTo: ids,
    });
    expect(pg.parameters).toEqual(['atlantis', ids]);
    expect(pg.sql).toContain('= any($2::text[])');
  });

  it('folds case with a Unicode-aware function on SQLite and lower() on PostgreSQL', () => {
    expect(compileQuery(cityIs('A'), { schema, dialect: 'sqlite', now, timeZone: 'UTC' }).sql).toContain(
      '"segmint_lower"("c"."address1_city")',
    );
    expect(compileQuery(cityIs('A'), { schema, dialect: 'postgres', now, timeZone: 'UTC' }).sql).toContain(
      'lower("c"."address1_city")',
    );
  });

  it('quotes identifiers, so a strange attribute name cannot change the query', () => {
    const odd = schema.withAttribute('contact', {
      name: 'x"; drop table contact; --',
      displayName: 'Odd',
      type: 'string',
    });
    const q = query({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              { kind: 'condition', attribute: 'x"; drop table contact; --', operator: 'containsData' },
            ],
          },
        },
      ],
    });
    const compiled = compileQuery(q, { schema: odd, dialect: 'postgres', now, timeZone: 'UTC' });
    expect(compiled.sql).toContain('"c"."x""; drop table contact; --" is not null');
  });

  it('refuses an empty group instead of matching everyone', () => {
    const q = query({ blocks: [{ entity: 'contact', where: { kind: 'group', op: 'and', children: [] } }] });
    expect(() => compileQuery(q, { schema, dialect: 'sqlite', now, timeZone: 'UTC' })).toThrow(CompileError);
    expect(() => compileQuery(q, { schema, dialect: 'sqlite', now, timeZone: 'UTC' })).toThrow(
      /at query\.blocks\[0\]\.where/,
    );
  });

  it('refuses a block that does not end on contact', () => {
    const q = query({ blocks: [{ entity: 'account' }] });
    expect(() => compileQuery(q, { schema, dialect: 'sqlite', now, timeZone: 'UTC' })).toThrow(
      /end on contact/,
    );
  });

  it('counts related records with a correlated count only when more than one is needed', () => {
    const related = (operator: string, value: number) =>
      query({
        blocks: [
          {
            entity: 'contact',
            where: {
              kind: 'group',
              op: 'and',
              children: [{ kind: 'related', relationship: 'interactions', count: { operator, value } }],
            },
          },
        ],
      });
    const compile = (q: Query) => compileQuery(q, { schema, dialect: 'sqlite', now, timeZone: 'UTC' }).sql;
    expect(compile(related('atLeast', 1))).toMatch(/exists \(select 1 from "interaction"/);
    expect(compile(related('exactly', 0))).toMatch(/not exists \(select 1 from "interaction"/);
    expect(compile(related('atLeast', 3))).toMatch(
      /\(select count\(\*\) from "interaction" as "t1" where .*\) >= \?/,
    );
  });
});

describe('compileForContacts', () => {
  it('binds each id list into the same SQL the restricted compilation gives', () => {
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const forContacts = compileForContacts(cityIs('Atlantis'), { schema, dialect, now, timeZone: 'UTC' });
      for (const ids of [['a'], ['b', 'c', 'd']]) {
        const direct = compileQuery(cityIs('Atlantis'), {
          schema,
          dialect,
          now,
          timeZone: 'UTC',
          restrictTo: ids,
        });
        expect(forContacts(ids)).toMatchObject({ sql: direct.sql, parameters: direct.parameters });
      }
    }
  });
});
