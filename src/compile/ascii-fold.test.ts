import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseDefinition, type Query } from '../definition/index.ts';
import { Schema } from '../schema/index.ts';
import { foldCase } from '../schema/fold-case.ts';
import { compileQuery } from './compile-query.ts';
import { foldsToAscii, sqliteLowerFunction } from './sqlite-dialect.ts';

const schema = Schema.builtin();
const now = new Date('2026-03-10T17:00:00Z');

const cityQuery = (operator: string, value: string): Query => {
  const parsed = parseDefinition({
    name: 'test',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [{ kind: 'condition', attribute: 'address1_city', operator, values: [value] }],
          },
        },
      ],
    },
  });
  if (!parsed.ok || !parsed.value.query) throw new Error(JSON.stringify(parsed));
  return parsed.value.query;
};

describe('text tests with SQLite built-in lower() for ASCII values', () => {
  it('know every character outside ASCII whose fold holds or merges into ASCII', () => {
    const found: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const folded = foldCase(String.fromCodePoint(cp));
      if (/[\p{ASCII}\u0307]/u.test(folded)) found.push(String.fromCodePoint(cp));
    }
    expect(found.sort()).toEqual([...foldsToAscii].sort());
  });

  it('select exactly the texts whose fold matches, as the JavaScript fold decides', () => {
    const db = new Database(':memory:');
    db.function(sqliteLowerFunction, { deterministic: true }, (v: unknown) =>
      typeof v === 'string' ? foldCase(v) : v,
    );
    db.exec('create table contact (id text primary key, address1_city text)');
    const cities = [
      'Raleigh',
      'RALEIGH',
      'Ra\u212Aleigh',
      '\u212Aelvin',
      'kelvin',
      'KELVIN',
      '\u0130stanbul',
      'I\u0307stanbul',
      'i\u0307stanbul',
      'Istanbul',
      'Ístanbul',
      'ΟΔΟΣ',
      'Straße',
      'x\u0130x',
      'ab',
    ];
    const insert = db.prepare('insert into contact values (?, ?)');
    cities.forEach((city, i) => insert.run(`c${i}`, city));
    const tests: Record<string, (text: string, value: string) => boolean> = {
      equals: (t, v) => t === v,
      contains: (t, v) => t.includes(v),
      beginsWith: (t, v) => t.startsWith(v),
      endsWith: (t, v) => t.endsWith(v),
    };
    const values = [
      'kelvin',
      'KELVIN',
      'istanbul',
      'İstanbul',
      'raleigh',
      'ak',
      'k',
      'i',
      'stan',
      'οδος',
      'xix',
    ];
    for (const [operator, holds] of Object.entries(tests)) {
      for (const value of values) {
        const compiled = compileQuery(cityQuery(operator, value), {
          schema,
          dialect: 'sqlite',
          now,
          timeZone: 'UTC',
        });
        const got = (db.prepare(compiled.sql).all(...compiled.parameters) as { id: string }[])
          .map((r) => r.id)
          .sort();
        const want = cities
          .map((city, i) => (holds(foldCase(city), foldCase(value)) ? `c${i}` : undefined))
          .filter((id) => id !== undefined)
          .sort();
        expect(got, `${operator} ${value}`).toEqual(want);
      }
    }
  });
});
