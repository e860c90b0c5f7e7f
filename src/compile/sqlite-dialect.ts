import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
  type SqlBool,
} from 'kysely';
import { toScaled } from '../schema/decimal.ts';
import { charLength, type CompileTables, type SqlDialect } from './sql-dialect.ts';

/** The name of the Unicode lower-case function the SQLite store registers on every connection. */
export const sqliteLowerFunction = 'segmint_lower';

const kysely = new Kysely<CompileTables>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

const safe = (scaled: bigint): bigint | number =>
  scaled <= BigInt(Number.MAX_SAFE_INTEGER) && scaled >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(scaled)
    : scaled;

/**
 * SQLite: decimals are integers scaled by 10^scale, booleans 0/1, multi-choices JSON arrays of sorted
 * values, dates and instants ISO text.
 */
export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  kysely,
  // SQLite's lower() folds ASCII only; the store registers a deterministic JavaScript fold.
  lower: (expression) => sql<string>`${sql.id(sqliteLowerFunction)}(${expression})`,
  textContains: (text, value) => sql<SqlBool>`instr(${text}, ${value}) > 0`,
  textBeginsWith: (text, value) => sql<SqlBool>`substr(${text}, 1, ${charLength(value)}) = ${value}`,
  // A negative start counts from the end; values are never empty (validation refuses them).
  textEndsWith: (text, value) => sql<SqlBool>`substr(${text}, ${-charLength(value)}) = ${value}`,
  decimalParam: (text, scale) => safe(toScaled(text, scale)),
  booleanParam: (value) => (value ? 1 : 0),
  multichoiceAny: (column, values) =>
    sql<SqlBool>`exists (select 1 from json_each(${column}) where value in (${sql.join(values)}))`,
  multichoiceAll: (column, values) =>
    sql<SqlBool>`(select count(distinct value) from json_each(${column}) where value in (${sql.join(values)})) = ${values.length}`,
  multichoiceEquals: (column, values) => sql<SqlBool>`${column} = ${JSON.stringify(values)}`,
  monthDay: (column) => sql<string>`substr(${column}, 6, 5)`,
  idIn: (id, ids) => sql<SqlBool>`${id} in (select value from json_each(${JSON.stringify(ids)}))`,
  idListParam: (ids) => JSON.stringify(ids),
};
