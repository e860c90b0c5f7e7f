import { sql } from 'kysely';
import { canonicalDecimal } from '../../../schema/index.ts';
import type { ColumnTypes, ValueForms } from '../../backend.ts';

/**
 * How PostgreSQL stores each attribute type (`column-codec.ts` has the table of both backends): its
 * own numeric, boolean, date, timestamptz and text[] types, read back as Segmint's kept forms by the
 * pool's type parsers (`postgres-connection.ts`).
 */
export const postgresTypes: ColumnTypes = {
  // The "C" collation sorts ids by code point as in SQLite and JavaScript, whatever the database's
  // locale, so keyset paging agrees across backends.
  id: sql`text collate "C"`,
  instant: sql`timestamptz`,
  integer: sql`bigint`,
  attribute(attribute) {
    switch (attribute.type) {
      case 'string':
      case 'choice':
        return sql`text`;
      case 'lookup':
        return postgresTypes.id;
      case 'integer':
        return sql`bigint`;
      case 'decimal':
      case 'money':
        return sql`numeric`;
      case 'boolean':
        return sql`boolean`;
      case 'date':
        return sql`date`;
      case 'datetime':
        return sql`timestamptz`;
      case 'multichoice':
        return sql`text[]`;
    }
  },
  async existingColumns(db, table) {
    const { rows } = await sql<{ name: string }>`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table}`.execute(db);
    return new Set(rows.map((row) => row.name));
  },
};

/** PostgreSQL's column forms: the kept values themselves (text for decimals, arrays for multi-choices). */
export const postgresValues: ValueForms = {
  decimal: (text) => text,
  readDecimal: (_raw, _scale, text) => canonicalDecimal(text()) ?? text(),
  boolean: (value) => value,
  multichoice: (values) => values,
  read: (_attribute, column) => sql`${column}`,
};
