import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Schema, type AttributeDef } from '../schema/index.ts';
import { fromColumn, toColumn } from './column-codec.ts';
import { indexName } from './entity-ddl.ts';
import { canonicalPgInstant } from './postgres-connection.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

const schema = Schema.builtin();
const attribute = (name: string): AttributeDef => {
  const found = schema.attribute('contact', name);
  if (!found) throw new Error(name);
  return found;
};

describe('column codec', () => {
  it('stores money on SQLite as an exact integer of 10^-4 units, and reads it back', () => {
    const creditlimit = attribute('creditlimit');
    expect(toColumn('sqlite', creditlimit, '12345678901.2345')).toBe(123456789012345n);
    expect(fromColumn('sqlite', creditlimit, '123456789012345')).toBe('12345678901.2345');
    expect(fromColumn('sqlite', creditlimit, -1)).toBe('-0.0001');
    expect(toColumn('postgres', creditlimit, '12345678901.2345')).toBe('12345678901.2345');
  });

  it('stores a multi-choice as sorted JSON on SQLite and a sorted array on PostgreSQL', () => {
    const interests = attribute('interests');
    expect(toColumn('sqlite', interests, ['wine', 'craftbeer'])).toBe('["craftbeer","wine"]');
    expect(toColumn('postgres', interests, ['wine', 'craftbeer'])).toEqual(['craftbeer', 'wine']);
    expect(fromColumn('sqlite', interests, '["wine","craftbeer"]')).toEqual(['craftbeer', 'wine']);
  });

  it('stores booleans as 0 and 1 on SQLite', () => {
    expect(toColumn('sqlite', attribute('donotemail'), true)).toBe(1);
    expect(fromColumn('sqlite', attribute('donotemail'), 0)).toBe(false);
    expect(toColumn('postgres', attribute('donotemail'), false)).toBe(false);
  });

  it('refuses a value of the wrong JavaScript type instead of storing it', () => {
    expect(() => toColumn('sqlite', attribute('numberofchildren'), '3')).toThrow(/numberofchildren/);
  });
});

describe('PostgreSQL instants', () => {
  it.each([
    ['2026-03-01 09:30:00+00', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01 09:30:00.123456+00', '2026-03-01T09:30:00.123Z'],
    ['2026-03-01 01:30:00.5-08', '2026-03-01T09:30:00.500Z'],
    ['2026-03-01 15:00:00+05:30', '2026-03-01T09:30:00.000Z'],
    ['0099-01-01 00:00:00+00', '0099-01-01T00:00:00.000Z'],
    ['infinity', 'infinity'],
  ])('reads %s as %s', (text, iso) => {
    expect(canonicalPgInstant(text)).toBe(iso);
  });
});

describe('index names', () => {
  it('fit in PostgreSQL identifiers and stay distinct', () => {
    const long = indexName('a'.repeat(50), ['b'.repeat(50)]);
    const other = indexName('a'.repeat(50), ['c'.repeat(50)]);
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).not.toBe(other);
    expect(indexName('contact', ['parentcustomerid'])).toBe('sm_ix_contact__parentcustomerid');
  });
});

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`columns as the SQL compiler reads them ${backend.label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      const result = await store.records.create('contact', {
        id: 'c1',
        creditlimit: '12345678901.2345',
        interests: 'wine; craftbeer',
        donotemail: 'yes',
        birthdate: '1980-02-29',
        createdon: '2026-03-01T09:30:00-08:00',
        numberofchildren: '3',
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
    });
    afterAll(() => backend.cleanup());

    it('holds each type in the documented column form', async () => {
      const row = await store.db
        .selectFrom('contact')
        .select(['creditlimit', 'interests', 'donotemail', 'birthdate', 'createdon', 'numberofchildren'])
        .where('id', '=', 'c1')
        .executeTakeFirstOrThrow();
      if (backend.name === 'sqlite') {
        expect(row).toEqual({
          creditlimit: 123456789012345,
          interests: '["craftbeer","wine"]',
          donotemail: 1,
          birthdate: '1980-02-29',
          createdon: '2026-03-01T17:30:00.000Z',
          numberofchildren: 3,
        });
      } else {
        expect(row).toEqual({
          creditlimit: '12345678901.2345',
          interests: ['craftbeer', 'wine'],
          donotemail: true,
          birthdate: '1980-02-29',
          createdon: '2026-03-01T17:30:00.000Z',
          numberofchildren: 3,
        });
      }
    });

    it('compares money exactly in SQL', async () => {
      const value = backend.name === 'sqlite' ? 123456789012345n : '12345678901.2345';
      const rows = await store.query(
        store.db.selectFrom('contact').select('id').where('creditlimit', '=', value).compile(),
      );
      expect(rows).toEqual([{ id: 'c1' }]);
    });

    it('gives PostgreSQL columns their native types', async () => {
      if (backend.name !== 'postgres') return;
      const { rows } = await sql<{ column_name: string; data_type: string }>`
        select column_name, data_type from information_schema.columns
        where table_schema = current_schema() and table_name = 'contact'
          and column_name in ('id', 'creditlimit', 'interests', 'donotemail', 'birthdate', 'createdon', 'numberofchildren')
        order by column_name`.execute(store.db);
      expect(Object.fromEntries(rows.map((r) => [r.column_name, r.data_type]))).toEqual({
        birthdate: 'date',
        createdon: 'timestamp with time zone',
        creditlimit: 'numeric',
        donotemail: 'boolean',
        id: 'text',
        interests: 'ARRAY',
        numberofchildren: 'bigint',
      });
    });

    it('indexes every lookup column and interactions by contact and time', async () => {
      const query =
        backend.name === 'sqlite'
          ? sql<{
              name: string;
            }>`select name from sqlite_master where type = 'index' and name like 'sm_ix_%' order by name`
          : sql<{ name: string }>`select indexname as name from pg_indexes
              where schemaname = current_schema() and indexname like 'sm\\_ix\\_%' order by indexname`;
      const names = (await query.execute(store.db)).rows.map((r) => r.name);
      expect(names).toEqual(
        [
          'sm_ix_account__primarycontactid',
          'sm_ix_contact__parentcustomerid',
          'sm_ix_contact__sort__emailaddress1',
          'sm_ix_contact__sort__fullname',
          'sm_ix_interaction__contactid__occurredon',
          'sm_ix_interaction__type__contactid__occurredon',
          'sm_ix_lead__parentaccountid',
          'sm_ix_lead__parentcontactid',
          'sm_ix_sm_event__segment_id__seq',
          'sm_ix_sm_override__contact_id',
          // What segments test most over every contact (migrations 0009 on SQLite, 0013 on PostgreSQL).
          'sm_ix_contact__fold__address1_city',
          'sm_ix_contact__fold__address1_country',
          'sm_ix_contact__fold__address1_stateorprovince',
          'sm_ix_contact__month_day__birthdate',
        ].sort(),
      );
    });
  });
}
