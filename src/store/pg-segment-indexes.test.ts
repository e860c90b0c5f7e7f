import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileQuery, foldIndexedAttributes } from '../compile/index.ts';
import { parseDefinition } from '../definition/index.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

/**
 * The indexes segments read on PostgreSQL (migrations 0007 and 0013), read through the plans
 * PostgreSQL makes: the key the PostgreSQL dialect writes for an equals test on a folded place or name,
 * and for a birthday window, must be the very expression an index holds, or the planner can never use
 * it. Sequential scans are turned off for the plans, so that a small test table shows whether the
 * index can serve the query at all (on a large one the planner picks it by its costs).
 */

const postgres = testBackends().find((backend) => backend.name === 'postgres');

/** The compiled query of a segment of one contact condition, over every contact or a few. */
function compiled(store: Store, condition: object, restrictTo?: readonly string[]) {
  const parsed = parseDefinition({
    name: 'Plan',
    type: 'dynamic',
    timeZone: 'America/New_York',
    query: { blocks: [{ entity: 'contact', where: { kind: 'group', op: 'and', children: [condition] } }] },
  });
  if (!parsed.ok || !parsed.value.query) throw new Error(JSON.stringify(parsed));
  return compileQuery(parsed.value.query, {
    schema: store.schema(),
    dialect: 'postgres',
    now: new Date('2026-11-29T12:00:00Z'),
    timeZone: parsed.value.timeZone,
    restrictTo,
  });
}

/** A plan line that reads the index `name` matches (an index scan, index-only or bitmap). */
const usesIndex = (name: RegExp) =>
  new RegExp(`(Index (Only )?Scan using|Bitmap Index Scan on) ${name.source}`);

/** Enough contacts that probing three by id is plainly cheaper than any walk of a segment index. */
const contactCount = 20_000;

const raleigh = { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['Raleigh'] };
const soon = { kind: 'condition', attribute: 'birthdate', operator: 'anniversaryInNext', values: [7] };

describe.runIf(postgres && !postgres.skip)('segment indexes on PostgreSQL', () => {
  let store: Store;
  beforeAll(async () => {
    store = await (postgres as NonNullable<typeof postgres>).open();
    const cities = ['RALEIGH', 'raleigh', 'Durham', 'Straße', 'ΟΔΟΣ', 'Kelvin \u212A'];
    const rows = Array.from({ length: contactCount }, (_, i) => ({
      id: `p${String(i).padStart(6, '0')}`,
      lastname: `L${i}`,
      address1_city: i % 7 === 6 ? undefined : cities[i % cities.length],
      address1_stateorprovince: i % 3 === 0 ? 'NC' : 'va',
      address1_country: i % 2 === 0 ? 'United States' : 'Canada',
      // Every day of the year, as real birthdays are.
      birthdate:
        i % 5 === 4
          ? undefined
          : new Date(Date.UTC(1950 + (i % 50), 0, 1 + (i % 366))).toISOString().slice(0, 10),
    }));
    expect((await store.records.bulkInsert('contact', rows)).rejected).toEqual([]);
    await sql`analyze contact`.execute(store.db);
  });
  afterAll(() => postgres?.cleanup());

  /**
   * PostgreSQL's plan of `query`, with sequential scans (unless `scans`) and, when told, bitmap scans
   * turned off.
   */
  async function plan(
    query: { sql: string; parameters: readonly unknown[] },
    { bitmaps = true, scans = false } = {},
  ): Promise<string> {
    return store.transaction(async (tx) => {
      if (!scans) await sql`set local enable_seqscan = off`.execute(tx.db);
      if (!bitmaps) await sql`set local enable_bitmapscan = off`.execute(tx.db);
      const { rows } = await tx.db.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
  }

  async function ids(condition: object, restrictTo?: readonly string[]): Promise<string[]> {
    return (await store.query(compiled(store, condition, restrictTo))).map((r) => r.id).sort();
  }

  it('seeks the fold index of every listed attribute for an equals test over every contact', async () => {
    const attributes = foldIndexedAttributes.contact ?? [];
    expect(attributes).toEqual(expect.arrayContaining(['address1_city', 'address1_stateorprovince']));
    for (const attribute of attributes) {
      const query = compiled(store, {
        kind: 'condition',
        attribute,
        operator: 'equals',
        values: ['Raleigh'],
      });
      expect(await plan(query), attribute).toMatch(usesIndex(/sm_ix_contact__(fold|sort)__/));
      // A long list of values is one array parameter: it seeks the same index.
      const many = Array.from({ length: 40 }, (_, i) => `City ${i}`);
      const long = compiled(store, { kind: 'condition', attribute, operator: 'equals', values: many });
      expect(await plan(long), `${attribute} (long list)`).toMatch(usesIndex(/sm_ix_contact__(fold|sort)__/));
    }
  });

  it('reads the ids from the index alone (an index-only scan), without visiting the table', async () => {
    await sql`vacuum contact`.execute(store.db);
    for (const condition of [raleigh, soon]) {
      const shown = await plan(compiled(store, condition), { bitmaps: false });
      expect(shown, JSON.stringify(condition)).toMatch(
        /Index Only Scan using sm_ix_contact__(fold__address1_city|month_day__birthdate)/,
      );
    }
  });

  it('seeks the month-and-day index for a birthday window over every contact', async () => {
    expect(await plan(compiled(store, soon))).toMatch(usesIndex(/sm_ix_contact__month_day__birthdate/));
  });

  it('finds through the indexes exactly what the row-by-row tests find', async () => {
    const all = (
      await store.query(
        compiled(store, { kind: 'condition', attribute: 'lastname', operator: 'containsData' }),
      )
    ).map((r) => r.id);
    expect(all).toHaveLength(contactCount);
    // Restricted to a list of ids, the compiler writes the plain fold and the plain month and day.
    for (const condition of [
      raleigh,
      {
        kind: 'condition',
        attribute: 'address1_city',
        operator: 'equals',
        values: ['strasse', 'οδος', 'kelvin k'],
      },
      { kind: 'condition', attribute: 'address1_stateorprovince', operator: 'equals', values: ['nc'] },
      { kind: 'condition', attribute: 'address1_country', operator: 'equals', values: ['CANADA'] },
      soon,
      { kind: 'condition', attribute: 'birthdate', operator: 'anniversaryInNext', values: [60] },
    ]) {
      const indexed = await ids(condition);
      expect(indexed.length, JSON.stringify(condition)).toBeGreaterThan(0);
      expect(indexed, JSON.stringify(condition)).toEqual(await ids(condition, all));
    }
    const inRaleigh = Array.from({ length: contactCount }, (_, i) => i).filter(
      (i) => i % 7 !== 6 && i % 6 < 2,
    );
    expect(await ids(raleigh)).toHaveLength(inRaleigh.length);
  });

  it('checks a few contacts by seeking, never by reading every contact', async () => {
    // By id through the primary key, or (when PostgreSQL's statistics make it as cheap) by the
    // condition's own index with the ids as a filter: either way a seek, never a walk of the table.
    for (const condition of [raleigh, soon]) {
      const shown = await plan(compiled(store, condition, ['p000000', 'p000001', 'p000002']), {
        scans: true,
      });
      expect(shown, shown).toMatch(/Index Cond/);
      expect(shown, shown).not.toMatch(/Seq Scan/);
    }
  });
});
