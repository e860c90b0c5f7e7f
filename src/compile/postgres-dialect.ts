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
  // lower() folds by the server's locale; the final sigma is made the same as foldCase makes it.
  lower: (expression) => sql<string>`translate(lower(${expression}), 'ς', 'σ')`,
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
  monthDay: (column) => sql<string>`to_char(${column}, 'MM-DD')`,
  idIn: (id, ids) => sql<SqlBool>`${id} = any(${ids}::text[])`,
  idListParam: (ids) => ids,
};
