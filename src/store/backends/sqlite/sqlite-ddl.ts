import { sql } from 'kysely';
import type { DdlHooks } from '../../backend.ts';
import { indexName } from '../../index-name.ts';

/** SQLite's share of the migrations' DDL. */
export const sqliteDdl: DdlHooks = {
  // Every write transaction holds the file's write lock from its begin (the writer lane), so two
  // processes migrate one after the other.
  migrationLock: () => Promise.resolve(),
  // A clustered primary key: the table's rows are stored together, in its order.
  clustered: (table) => table.modifyEnd(sql`without rowid`),
  // SQLite's rowid alias.
  sequenceType: 'integer',
  sequence: (column) => column.primaryKey().autoIncrement(),
  // The fold the connection registers, deterministic, so that it may key an index.
  contactSortKey: (column) => sql`coalesce("segmint_lower"(${sql.id(column)}), '')`,
  ownSteps: {
    async '0009_contact_segment_indexes'(db) {
      // What segments test most over every contact: place by its case fold (the key 0007 gives names,
      // which `foldIndexedAttributes` in the compile stage lists for an equals test to seek on), and the
      // month and day of a birthday, which a birthday window and the clock's day tick read (0013 is
      // PostgreSQL's share).
      for (const column of ['address1_city', 'address1_stateorprovince', 'address1_country']) {
        const name = sql.id(indexName('contact', ['fold', column]));
        await sql`create index ${name} on ${sql.id('contact')}
          (coalesce("segmint_lower"(${sql.id(column)}), ''), ${sql.id('id')})`.execute(db);
      }
      // Partial, so that a query guarding the birthday as present (segments and the clock do) reads
      // the ids from the index alone.
      const birthday = sql.id(indexName('contact', ['month_day', 'birthdate']));
      await sql`create index ${birthday} on ${sql.id('contact')}
        (substr(${sql.id('birthdate')}, 6, 5), ${sql.id('id')}) where ${sql.id('birthdate')} is not null`.execute(
        db,
      );
    },
  },
};
