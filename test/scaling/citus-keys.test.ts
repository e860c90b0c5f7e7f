import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.ts';
import { testBackends } from '../../src/store/test-backends.ts';
import {
  citusPlan,
  citusViolations,
  planFor,
  readCatalog,
  type CatalogTable,
  type TablePlan,
  type Violation,
} from './citus-plan.ts';

/**
 * Keeps the schema ready for Citus (docs/SCALING.md, "Citus"): every table a fresh database holds is
 * in the plan (`citus-plan.ts`: distributed by a contact id column, or a reference table), the plan
 * names no table that is not there, and the catalog's primary keys, unique constraints and foreign
 * keys break Citus's rules only where `knownGaps` says, exactly as it says. Citus itself is not
 * installable where this runs (SCALING.md says why), so this reads the catalog of SQLite and of plain
 * PostgreSQL, which hold the same keys.
 */

/** A rule the schema breaks today: what the check finds, and why it is so. */
interface KnownGap {
  readonly rule: Violation['rule'];
  /** Exactly what the check reports, so a gap that changes shape fails until this is updated. */
  readonly found: string;
  readonly why: string;
}

/**
 * Every rule the current schema breaks, by table, each described in SCALING.md ("What must change").
 * When a gap is fixed the test fails until its entry here (and its paragraph there) is removed.
 */
const knownGaps: Readonly<Record<string, readonly KnownGap[]>> = {
  interaction: [
    {
      rule: 'primary-key',
      found: 'primary key (id)',
      why: 'every entity table is keyed by its record id alone (entity-ddl.ts); it needs (contactid, id)',
    },
    {
      rule: 'nullable-distribution-column',
      found: 'contactid nullable',
      why: 'contactid is an optional lookup like any other; an interaction without a contact has no shard',
    },
  ],
  sm_event: [
    {
      rule: 'primary-key',
      found: 'primary key (seq)',
      why: 'the log is keyed by its installation-wide sequence alone (migration 0004); it needs (contact_id, seq)',
    },
  ],
};

const expectedViolations: Violation[] = Object.entries(knownGaps).flatMap(([table, gaps]) =>
  gaps.map(({ rule, found }) => ({ table, rule, found })),
);

const key = (v: Violation) => `${v.table} | ${v.rule} | ${v.found}`;

/** Fails with the gaps that were fixed and the violations that are new, each by name. */
function expectOnlyKnownGaps(violations: readonly Violation[]): void {
  const actual = new Set(violations.map(key));
  const expected = new Set(expectedViolations.map(key));
  const fixed = [...expected].filter((k) => !actual.has(k));
  const fresh = [...actual].filter((k) => !expected.has(k));
  expect(
    { 'fixed: remove from knownGaps and SCALING.md': fixed, 'new: fix, or list in knownGaps': fresh },
    'Citus rules broken beyond (or short of) knownGaps',
  ).toEqual({ 'fixed: remove from knownGaps and SCALING.md': [], 'new: fix, or list in knownGaps': [] });
}

describe('the Citus key check', () => {
  const table = (name: string, shape: Partial<Omit<CatalogTable, 'name'>> = {}): CatalogTable => ({
    name,
    notNull: new Map([
      ['id', true],
      ['contact_id', true],
    ]),
    primaryKey: ['contact_id', 'id'],
    uniques: [],
    foreignKeys: [],
    ...shape,
  });
  const plan: Record<string, TablePlan> = {
    people: { kind: 'distributed', column: 'id', why: '' },
    visits: { kind: 'distributed', column: 'contact_id', why: '' },
    kinds: { kind: 'reference', why: '' },
  };
  const people = table('people', { primaryKey: ['id'] });
  const kinds = table('kinds', { primaryKey: ['id'] });
  const fitting = [people, table('visits'), kinds];

  it('passes tables that keep every rule', () => {
    expect(citusViolations(fitting, plan)).toEqual([]);
  });

  it('fails a table the plan does not classify, and a planned table that does not exist', () => {
    const tables = [...fitting.filter((t) => t.name !== 'kinds'), table('newcomer')];
    expect(citusViolations(tables, plan).map((v) => [v.table, v.rule])).toEqual([
      ['kinds', 'missing'],
      ['newcomer', 'unclassified'],
    ]);
  });

  it('fails a distributed table whose primary key or a unique constraint leaves out the distribution column', () => {
    const visits = table('visits', { primaryKey: ['id'], uniques: [['contact_id', 'id'], ['id']] });
    expect(citusViolations([people, visits, kinds], plan)).toEqual([
      { table: 'visits', rule: 'primary-key', found: 'primary key (id)' },
      { table: 'visits', rule: 'unique', found: 'unique (id)' },
    ]);
  });

  it('fails a distribution column that is missing or may be null', () => {
    const nullable = table('visits', { notNull: new Map([['contact_id', false]]) });
    expect(citusViolations([people, nullable, kinds], plan).map((v) => v.rule)).toEqual([
      'nullable-distribution-column',
    ]);
    const without = table('visits', { notNull: new Map([['id', true]]), primaryKey: ['id'] });
    expect(citusViolations([people, without, kinds], plan).map((v) => v.rule)).toEqual([
      'no-distribution-column',
    ]);
  });

  it('allows foreign keys to reference tables and between distributed tables on the distribution column', () => {
    const visits = table('visits', {
      foreignKeys: [
        { columns: ['contact_id'], table: 'people', references: ['id'] },
        { columns: ['kind'], table: 'kinds', references: ['id'] },
      ],
    });
    expect(citusViolations([people, visits, kinds], plan)).toEqual([]);
  });

  it('fails a foreign key between distributed tables off the distribution column, and one from a reference table to a distributed one', () => {
    const visits = table('visits', {
      foreignKeys: [{ columns: ['id'], table: 'people', references: ['id'] }],
    });
    const pointing = table('kinds', {
      primaryKey: ['id'],
      foreignKeys: [{ columns: ['owner'], table: 'people', references: ['id'] }],
    });
    expect(citusViolations([people, visits, pointing], plan).map((v) => [v.table, v.rule])).toEqual([
      ['visits', 'foreign-key-not-co-located'],
      ['kinds', 'foreign-key-from-reference'],
    ]);
  });
});

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`every table Segmint creates fits its Citus plan ${backend.label}`, () => {
    afterAll(() => backend.cleanup());

    let fresh: Promise<Store> | undefined;
    const store = () => (fresh ??= backend.open());

    it('classifies every table of a fresh database, and names no table that is not there', async () => {
      const tables = await readCatalog(await store());
      expect(tables.map((t) => t.name).sort()).toEqual(Object.keys(citusPlan).sort());
    });

    it("breaks Citus's key rules only where knownGaps says, exactly as it says", async () => {
      const s = await store();
      expectOnlyKnownGaps(citusViolations(await readCatalog(s), await planFor(s)));
    });

    it("keeps a custom entity's table within the rules as a reference table", async () => {
      const s = await backend.open();
      const added = await s.addCustomEntity({
        name: 'eventregistration',
        displayName: 'Event Registration',
        attributes: [{ name: 'eventname', displayName: 'Event', type: 'string' }],
        lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
      });
      expect(added.ok).toBe(true);
      const plan = await planFor(s);
      expect(plan.eventregistration?.kind).toBe('reference');
      expectOnlyKnownGaps(citusViolations(await readCatalog(s), plan));
    });

    it('reads keys, unique indexes and foreign keys from the catalog, and fails what breaks the rules', async () => {
      // Tables no migration makes, so that every part of the catalog reader and every rule is exercised
      // on this backend's real catalog (the shipped schema declares no foreign keys today).
      const s = await backend.open();
      const id = s.kind === 'postgres' ? 'text collate "C"' : 'text';
      for (const statement of [
        `create table probe_visit (contact_id ${id} not null, id ${id} not null, code text,
           primary key (id), unique (contact_id, code),
           foreign key (contact_id) references contact (id), foreign key (id) references contact (id))`,
        `create unique index probe_visit_code on probe_visit (lower(code))`,
        `create table probe_kind (id text primary key, owner ${id} references contact (id))`,
        `create table probe_loose (x text)`,
      ])
        await sql.raw(statement).execute(s.db);
      const plan: Record<string, TablePlan> = {
        ...(await planFor(s)),
        probe_visit: { kind: 'distributed', column: 'contact_id', why: 'a probe' },
        probe_kind: { kind: 'reference', why: 'a probe' },
      };
      const probes = citusViolations(await readCatalog(s), plan).filter((v) => v.table.startsWith('probe_'));
      expect(probes).toEqual([
        {
          table: 'probe_kind',
          rule: 'foreign-key-from-reference',
          found: 'foreign key (owner) → contact (id)',
        },
        { table: 'probe_loose', rule: 'unclassified', found: 'no entry in the plan' },
        { table: 'probe_visit', rule: 'primary-key', found: 'primary key (id)' },
        { table: 'probe_visit', rule: 'unique', found: 'unique ((expression))' },
        {
          table: 'probe_visit',
          rule: 'foreign-key-not-co-located',
          found: 'foreign key (id) → contact (id)',
        },
      ]);
    });
  });
}
