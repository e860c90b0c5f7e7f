import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Reader } from './sqlite-reader-pool.ts';

/**
 * A Kysely dialect whose one connection is a reader worker held by a reading (`SqliteReaderPool.read`):
 * every query the store's parts build runs in the worker, in the reading's snapshot. Transactions are
 * the reading's own, so Kysely never opens one here.
 */
export function readerDialect(reader: Reader): Dialect {
  const connection: DatabaseConnection = {
    async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
      return { rows: (await reader.query(compiled.sql, compiled.parameters)) as R[] };
    },
    streamQuery() {
      throw new Error('A reading does not stream; read in pages instead.');
    },
  };
  const driver: Driver = {
    async init() {},
    acquireConnection: () => Promise.resolve(connection),
    beginTransaction: () => Promise.reject(new Error('A reading is one transaction already.')),
    async commitTransaction() {},
    async rollbackTransaction() {},
    async releaseConnection() {},
    async destroy() {},
  };
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => driver,
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}
