import type { DuckDBConnection } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import { Schema, type AttributeDef } from '../../src/schema/index.ts';

/** The entities the representative segments read, loaded into DuckDB with every one of their columns. */
export const duckdbEntities = ['account', 'contact', 'lead', 'interaction'] as const;

/** Rows loaded into DuckDB, by entity. */
export type LoadedRows = Readonly<Record<(typeof duckdbEntities)[number], number>>;

/**
 * The DuckDB column type for an attribute, as a user loading the data into DuckDB would choose it:
 * dates and instants as DATE and TIMESTAMP (UTC), booleans as BOOLEAN, multi-choice as a VARCHAR list,
 * decimals and money as the scaled whole numbers SQLite keeps (so that a threshold means the same).
 */
function duckdbType(attribute: AttributeDef): string {
  switch (attribute.type) {
    case 'integer':
    case 'decimal':
    case 'money':
      return 'BIGINT';
    case 'boolean':
      return 'BOOLEAN';
    case 'date':
      return 'DATE';
    case 'datetime':
      return 'TIMESTAMP';
    case 'multichoice':
      return 'VARCHAR[]';
    default:
      return 'VARCHAR';
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies the entity tables of a Segmint SQLite file into DuckDB (DuckDB's sqlite extension is not
 * available offline): each table is read row by row with better-sqlite3 and written through a DuckDB
 * appender into a staging table of text and numbers, which one `CREATE TABLE … AS` turns into typed
 * columns (text dates become DATE, JSON lists VARCHAR[]). The DuckDB tables hold the very rows the
 * engine evaluates, so the two must agree on every count.
 */
export async function loadSqliteIntoDuckdb(file: string, duck: DuckDBConnection): Promise<LoadedRows> {
  const schema = Schema.builtin();
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const loaded: Record<string, number> = {};
  try {
    for (const entity of duckdbEntities) {
      const def = schema.entity(entity);
      if (!def) throw new Error(`the built-in schema has no ${entity}`);
      const present = new Set(
        (sqlite.pragma(`table_info(${quote(entity)})`) as { name: string }[]).map((c) => c.name),
      );
      const attributes = def.attributes.filter((a) => a.name !== 'id' && present.has(a.name));
      const staged = [`id VARCHAR`, ...attributes.map((a) => `${quote(a.name)} ${stagingType(a)}`)].join(
        ', ',
      );
      await duck.run(`CREATE OR REPLACE TABLE ${quote(`${entity}_staging`)} (${staged})`);
      const appender = await duck.createAppender(`${entity}_staging`);
      const columns = ['id', ...attributes.map((a) => a.name)].map(quote).join(', ');
      const select = sqlite.prepare(`SELECT ${columns} FROM ${quote(entity)}`).raw(true);
      let rows = 0;
      for (const row of select.iterate() as IterableIterator<unknown[]>) {
        for (const value of row) appendValue(appender, value);
        appender.endRow();
        rows += 1;
      }
      appender.closeSync();
      const typed = [
        'id',
        ...attributes.map((a) => {
          const column = quote(a.name);
          if (a.type === 'multichoice') return `from_json(${column}, '["VARCHAR"]') AS ${column}`;
          return a.type === 'boolean' ? `(${column} <> 0) AS ${column}` : column;
        }),
      ];
      const typedColumns = ['id VARCHAR', ...attributes.map((a) => `${quote(a.name)} ${duckdbType(a)}`)];
      await duck.run(`CREATE OR REPLACE TABLE ${quote(entity)} (${typedColumns.join(', ')})`);
      await duck.run(
        `INSERT INTO ${quote(entity)} SELECT ${typed.join(', ')} FROM ${quote(`${entity}_staging`)}`,
      );
      await duck.run(`DROP TABLE ${quote(`${entity}_staging`)}`);
      loaded[entity] = rows;
    }
  } finally {
    sqlite.close();
  }
  return {
    account: loaded.account ?? 0,
    contact: loaded.contact ?? 0,
    lead: loaded.lead ?? 0,
    interaction: loaded.interaction ?? 0,
  };
}

/** Text for what DuckDB parses on the way in (dates, instants, JSON lists), whole numbers as BIGINT. */
function stagingType(attribute: AttributeDef): string {
  switch (attribute.type) {
    case 'integer':
    case 'decimal':
    case 'money':
    case 'boolean':
      return 'BIGINT';
    case 'date':
    case 'datetime':
      return duckdbType(attribute);
    default:
      return 'VARCHAR';
  }
}

interface Appender {
  appendVarchar(value: string): void;
  appendBigInt(value: bigint): void;
  appendNull(): void;
}

function appendValue(appender: Appender, value: unknown): void {
  if (value === null || value === undefined) appender.appendNull();
  else if (typeof value === 'string') appender.appendVarchar(value);
  else if (typeof value === 'number') appender.appendBigInt(BigInt(value));
  else if (typeof value === 'bigint') appender.appendBigInt(value);
  else throw new TypeError(`an SQLite value DuckDB is not given: ${typeof value}`);
}
