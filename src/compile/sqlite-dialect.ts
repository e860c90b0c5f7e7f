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
import { charLength, listAlias, operandLength, type CompileTables, type SqlDialect } from './sql-dialect.ts';
import { inValues, jsonList } from './value-list.ts';

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

/**
 * The characters outside ASCII whose fold (`foldCase`) holds ASCII or merges into it: the Kelvin sign
 * (to `k`), the dotted capital I (to `i`) and the combining dot above (`i` plus it folds to `i`). Text
 * without them folds ASCII to ASCII and everything else to something not ASCII, so on it SQLite's
 * built-in lower() (ASCII only) agrees with the fold wherever an ASCII value is sought.
 */
export const foldsToAscii = ['\u212A', '\u0130', '\u0307'] as const;

/**
 * The text attributes the SQLite store indexes by their fold, `coalesce(segmint_lower(column), '')`
 * then id (migrations 0007 and 0009): the names and addresses segments most often test for equality.
 */
export const foldIndexedAttributes: Readonly<Record<string, readonly string[]>> = {
  contact: ['fullname', 'emailaddress1', 'address1_city', 'address1_stateorprovince', 'address1_country'],
};

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
  membersAsSet: true,
  // SQLite's lower() folds ASCII only; the store registers a deterministic JavaScript fold.
  lower: (expression) => sql<string>`${sql.id(sqliteLowerFunction)}(${expression})`,
  // Built-in lower() needs no call into JavaScript per row; the few texts it could get wrong for an
  // ASCII value (those holding a character of `foldsToAscii`) are tested again with the exact fold.
  asciiFoldedTest: (text, test) => {
    const exact = test(sql<string>`${sql.id(sqliteLowerFunction)}(${text})`);
    const risky = `*[${foldsToAscii.join('')}]*`;
    return sql<SqlBool>`(${test(sql<string>`lower(${text})`)} or (${text} glob ${risky} and ${exact}))`;
  },
  foldIndexKey: (entity, attribute) =>
    foldIndexedAttributes[entity]?.includes(attribute)
      ? (column) => sql<string>`coalesce(${sql.id(sqliteLowerFunction)}(${column}), '')`
      : undefined,
  textContains: (text, value) => sql<SqlBool>`instr(${text}, ${value}) > 0`,
  textBeginsWith: (text, value) => sql<SqlBool>`substr(${text}, 1, ${operandLength(value)}) = ${value}`,
  // A negative start counts from the end; values are never empty (validation refuses them).
  textEndsWith: (text, value) =>
    typeof value === 'string'
      ? sql<SqlBool>`substr(${text}, ${-charLength(value)}) = ${value}`
      : sql<SqlBool>`substr(${text}, -length(${value})) = ${value}`,
  inList: (expression, values) =>
    sql<SqlBool>`${expression} in (select value from json_each(${jsonList(values)}))`,
  anyInList: (values, test) =>
    sql<SqlBool>`exists (select 1 from json_each(${jsonList(values)}) as ${sql.id(listAlias)} where ${test(sql.ref(`${listAlias}.value`))})`,
  decimalParam: (text, scale) => safe(toScaled(text, scale)),
  booleanParam: (value) => (value ? 1 : 0),
  multichoiceAny: (column, values) =>
    sql<SqlBool>`exists (select 1 from json_each(${column}) where ${inValues(sqliteDialect, sql`value`, values)})`,
  multichoiceAll: (column, values) =>
    sql<SqlBool>`(select count(distinct value) from json_each(${column}) where ${inValues(sqliteDialect, sql`value`, values)}) = ${values.length}`,
  multichoiceEquals: (column, values) => sql<SqlBool>`${column} = ${JSON.stringify(values)}`,
  monthDay: (column) => sql<string>`substr(${column}, 6, 5)`,
  idIn: (id, ids) => sql<SqlBool>`${id} in (select value from json_each(${JSON.stringify(ids)}))`,
  idListParam: (ids) => JSON.stringify(ids),
};
