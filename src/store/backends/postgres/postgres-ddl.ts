import { sql, type RawBuilder } from 'kysely';
import type { DdlHooks } from '../../backend.ts';
import { indexName } from '../../index-name.ts';

/** PostgreSQL's share of the migrations' DDL. */
export const postgresDdl: DdlHooks = {
  // Two processes opening one new schema at once: the second waits, then finds it migrated.
  async migrationLock(db) {
    await sql`select pg_advisory_xact_lock(hashtext(current_schema() || ':segmint-migrate'))`.execute(db);
  },
  // PostgreSQL keeps every table apart from its indexes.
  clustered: (table) => table,
  // An identity column.
  sequenceType: 'bigint',
  sequence: (column) => column.primaryKey().generatedAlwaysAsIdentity(),
  // The shared case fold in code point order, as `postgresDialect.lower` and `member-page.ts` write it.
  contactSortKey: (column) => sql`(coalesce(translate(lower(${sql.id(column)}), 'ς', 'σ'), '') collate "C")`,
  ownSteps: {
    async '0013_postgres_segment_indexes'(db) {
      // PostgreSQL's share of 0009: the fold of a contact's city, state and country, then id, so an
      // equals test over every contact seeks instead of folding every row, and the month and day of a
      // birthday for birthday windows and the clock's day tick. Each key is, to the character, the
      // expression the PostgreSQL dialect writes (`postgresDialect.foldIndexKey`, `.monthDay`): the
      // fold as 0007 keys names and emails (code point order), the month and day built from
      // immutable parts (to_char of a date is only stable, so it cannot be indexed). Each index also
      // holds the column its key is computed from: PostgreSQL reads ids from an expression index alone
      // (an index-only scan) only when the columns the expression names are in the index too; without
      // it, Raleigh at a million contacts read 16,000 table pages (370 ms) instead of 135 index pages.
      for (const column of ['address1_city', 'address1_stateorprovince', 'address1_country']) {
        const name = sql.id(indexName('contact', ['fold', column]));
        await sql`create index ${name} on ${sql.id('contact')}
          ((coalesce(translate(lower(${sql.id(column)}), 'ς', 'σ'), '') collate "C"), ${sql.id('id')})
          include (${sql.id(column)})`.execute(db);
      }
      const birthday = sql.id(indexName('contact', ['month_day', 'birthdate']));
      const monthDay = pgMonthDay(sql.id('birthdate'));
      await sql`create index ${birthday} on ${sql.id('contact')} ((${monthDay}), ${sql.id('id')})
        include (${sql.id('birthdate')}) where ${sql.id('birthdate')} is not null`.execute(db);
    },
  },
};

/**
 * `MM-DD` of a PostgreSQL date column from immutable parts, so that it can be an index key; the
 * PostgreSQL dialect's `monthDay` writes the same expression (compile/postgres-dialect.ts).
 */
function pgMonthDay(column: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`lpad(extract(month from ${column})::int::text, 2, '0') || '-' || lpad(extract(day from ${column})::int::text, 2, '0')`;
}
