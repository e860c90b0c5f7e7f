import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileQuery, foldIndexedAttributes } from '../compile/index.ts';
import { parseDefinition } from '../definition/index.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

/**
 * The indexes migration 0009 adds for segments on SQLite, read through the plans SQLite makes: over
 * every contact an equals test on a folded place or name, and a birthday window, seek; checking a few
 * contacts by id still looks them up by id.
 */

const sqlite = testBackends().find((backend) => backend.name === 'sqlite');

/** The compiled query of a segment of one contact condition, over every contact or a few. */
function compiled(store: Store, condition: object, restrictTo?: readonly string[]) {
  const parsed = parseDefinition({
    name: 'Plan',
    type: 'dynamic',
    query: { blocks: [{ entity: 'contact', where: { kind: 'group', op: 'and', children: [condition] } }] },
  });
  if (!parsed.ok || !parsed.value.query) throw new Error(JSON.stringify(parsed));
  return compileQuery(parsed.value.query, {
    schema: store.schema(),
    dialect: 'sqlite',
    now: new Date('2026-11-29T12:00:00Z'),
    timeZone: parsed.value.timeZone,
    restrictTo,
  });
}

describe.runIf(sqlite)('segment indexes on SQLite', () => {
  let store: Store;
  beforeAll(async () => {
    store = await (sqlite as NonNullable<typeof sqlite>).open();
  });
  afterAll(() => sqlite?.cleanup());

  async function plan(query: { sql: string; parameters: readonly unknown[] }): Promise<string> {
    const { rows } = await store.db.executeQuery(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    return rows.map((row) => (row as { detail: string }).detail).join('\n');
  }

  it('seeks the fold index of every listed attribute for an equals test over every contact', async () => {
    const attributes = foldIndexedAttributes.contact ?? [];
    expect(attributes).toContain('address1_city');
    for (const attribute of attributes) {
      const query = compiled(store, {
        kind: 'condition',
        attribute,
        operator: 'equals',
        values: ['Raleigh'],
      });
      expect(await plan(query), attribute).toMatch(/USING (COVERING )?INDEX sm_ix_contact__(fold|sort)__/);
    }
  });

  it('seeks the month-and-day index for a birthday window over every contact', async () => {
    const query = compiled(store, {
      kind: 'condition',
      attribute: 'birthdate',
      operator: 'anniversaryInNext',
      values: [7],
    });
    expect(await plan(query)).toContain('sm_ix_contact__month_day__birthdate');
  });

  it('finds the same contacts through the indexes as a scan does, whatever their case', async () => {
    const rows = [
      { id: 'a', lastname: 'A', address1_city: 'RALEIGH', birthdate: '1980-12-01' },
      { id: 'b', lastname: 'B', address1_city: 'raleigh', birthdate: '1990-11-30' },
      { id: 'c', lastname: 'C', address1_city: 'Durham', birthdate: '1970-06-01' },
      { id: 'd', lastname: 'D', birthdate: '1985-12-05' },
    ];
    expect((await store.records.bulkInsert('contact', rows)).rejected).toEqual([]);
    const ids = async (condition: object, restrictTo?: readonly string[]) =>
      (await store.query(compiled(store, condition, restrictTo))).map((r) => r.id).sort();
    const raleigh = {
      kind: 'condition',
      attribute: 'address1_city',
      operator: 'equals',
      values: ['Raleigh'],
    };
    const soon = { kind: 'condition', attribute: 'birthdate', operator: 'anniversaryInNext', values: [7] };
    expect(await ids(raleigh)).toEqual(['a', 'b']);
    expect(await ids(raleigh, ['a', 'b', 'c', 'd'])).toEqual(['a', 'b']);
    expect(await ids(soon)).toEqual(['a', 'b', 'd']);
    expect(await ids(soon, ['a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'd']);
  });

  it('looks a few contacts up by id rather than through the segment indexes', async () => {
    const few = ['a', 'b', 'c'];
    for (const condition of [
      { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Raleigh'] },
      { kind: 'condition', attribute: 'birthdate', operator: 'anniversaryInNext', values: [7] },
    ]) {
      const shown = await plan(compiled(store, condition, few));
      expect(shown).not.toMatch(/sm_ix_contact__(fold|month_day)__/);
    }
  });
});
