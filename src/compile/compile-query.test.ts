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
    // The city (tested with built-in lower() and again with the exact fold), the pattern of the
    // characters that need the exact fold, and the id list as one JSON parameter.
    expect(sqlite.parameters).toHaveLength(4);
    expect(sqlite.parameters.at(-1)).toBe(JSON.stringify(ids));
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

  it('refuses a condition whose operator is not one of the catalogue, before writing any SQL', () => {
    const q = query({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [{ kind: 'condition', attribute: 'address1_city', operator: 'around', values: ['x'] }],
          },
        },
      ],
    });
    expect(() => compileQuery(q, { schema, dialect: 'sqlite', now, timeZone: 'UTC' })).toThrow(
      /unknown operator: validate the query first/,
    );
  });

  it('refuses a block that does not end on contact', () => {
    const q = query({ blocks: [{ entity: 'account' }] });
    expect(() => compileQuery(q, { schema, dialect: 'sqlite', now, timeZone: 'UTC' })).toThrow(
      /end on contact/,
    );
  });

  it('counts related records with a correlated count only when more than one is needed, over a few contacts', () => {
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
    const compile = (q: Query) =>
      compileQuery(q, { schema, dialect: 'sqlite', now, timeZone: 'UTC', restrictTo: ['c1'] }).sql;
    expect(compile(related('atLeast', 1))).toMatch(/exists \(select 1 from "interaction"/);
    expect(compile(related('exactly', 0))).toMatch(/not exists \(select 1 from "interaction"/);
    expect(compile(related('atLeast', 3))).toMatch(
      /\(select count\(\*\) from "interaction" as "t1" where .*\) >= \?/,
    );
    // Over every contact the related records are read once, as a set of contact ids.
    const all = (q: Query) => compileQuery(q, { schema, dialect: 'sqlite', now, timeZone: 'UTC' }).sql;
    expect(all(related('atLeast', 1))).toMatch(/"c"\."id" in \(select "t1"\."contactid" from "interaction"/);
    expect(all(related('exactly', 0))).toMatch(/not \("c"\."id" in \(select "t1"\."contactid"/);
    expect(all(related('atLeast', 3))).toMatch(/group by "t1"\."contactid" having count\(\*\) >= \?\)/);
    expect(all(related('atMost', 2))).toMatch(/not \("c"\."id" in .* having count\(\*\) > \?\)\)/);
  });
});

describe('compileQuery over every contact', () => {
  it('reads related records as a set, but probes them in a block that narrows the result so far', () => {
    const opened = {
      kind: 'group',
      op: 'and',
      children: [
        {
          kind: 'related',
          relationship: 'interactions',
          count: { operator: 'atLeast', value: 1 },
          where: {
            kind: 'group',
            op: 'and',
            children: [{ kind: 'condition', attribute: 'type', operator: 'equals', values: ['EmailOpened'] }],
          },
        },
      ],
    };
    const compile = (combine: string) =>
      compileQuery(
        query({
          blocks: [
            { entity: 'contact', where: opened },
            { entity: 'contact', where: opened, combine },
          ],
        }),
        { schema, dialect: 'sqlite', now, timeZone: 'UTC' },
      ).sql;
    for (const combine of ['intersect', 'exclude']) {
      const sql = compile(combine);
      expect(sql.match(/"c"\."id" in \(select/g)).toHaveLength(1);
      expect(sql.match(/exists \(select 1 from "interaction"/g)).toHaveLength(1);
    }
    expect(compile('union').match(/"c"\."id" in \(select/g)).toHaveLength(2);
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
