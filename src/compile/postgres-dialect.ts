import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type SqlBool,
} from 'kysely';
import { listAlias, operandLength, type CompileTables, type SqlDialect } from './sql-dialect.ts';
import { foldIndexedAttributes } from './sqlite-dialect.ts';

const kysely = new Kysely<CompileTables>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/**
 * PostgreSQL: decimals are `numeric` (sent as text, so never a float), booleans native, multi-choices
 * sorted `text[]`, dates `date`, instants `timestamptz`. Parameter types come from the column compared.
 */
export const postgresDialect: SqlDialect = {
  name: 'postgres',
  kysely,
  membersAsSet: false,
  // lower() folds by the server's locale; the final sigma is made the same as foldCase makes it.
  lower: (expression) => sql<string>`translate(lower(${expression}), 'ς', 'σ')`,
  // The key of the store's fold indexes (migrations 0007 and 0013), to the character: the fold, '' when
  // missing, in code point order (the "C" collation, which also compares fastest).
  foldIndexKey: (entity, attribute) =>
    foldIndexedAttributes[entity]?.includes(attribute)
      ? (column) => sql<string>`(coalesce(translate(lower(${column}), 'ς', 'σ'), '') collate "C")`
      : undefined,
  textContains: (text, value) => sql<SqlBool>`strpos(${text}, ${value}) > 0`,
  textBeginsWith: (text, value) => sql<SqlBool>`starts_with(${text}, ${value})`,
  textEndsWith: (text, value) => sql<SqlBool>`right(${text}, ${operandLength(value)}) = ${value}`,
  // The array's element type comes from the expression compared, as for `in (…)`.
  inList: (expression, values) => sql<SqlBool>`${expression} = any(${values})`,
  anyInList: (values, test) =>
    sql<SqlBool>`exists (select 1 from unnest(${values}::text[]) as ${sql.id(listAlias)}(value) where ${test(sql.ref(`${listAlias}.value`))})`,
  decimalParam: (text) => text,
  booleanParam: (value) => value,
  multichoiceAny: (column, values) => sql<SqlBool>`${column} && ${values}::text[]`,
  multichoiceAll: (column, values) => sql<SqlBool>`${column} @> ${values}::text[]`,
  multichoiceEquals: (column, values) => sql<SqlBool>`${column} = ${values}::text[]`,
  // Built from immutable parts, as the store's index of a birthday's month and day (migration 0013)
  // is keyed: to_char of a date is only stable, so no index could hold it.
  monthDay: (column) =>
    sql<string>`(lpad(extract(month from ${column})::int::text, 2, '0') || '-' || lpad(extract(day from ${column})::int::text, 2, '0'))`,
  idIn: (id, ids) => sql<SqlBool>`${id} = any(${ids}::text[])`,
  idListParam: (ids) => ids,
};
