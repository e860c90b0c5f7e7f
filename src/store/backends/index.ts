import type { StoreDialect } from '../tables.ts';
import type { Backend } from '../backend.ts';
import { postgresStoreBackend } from './postgres/index.ts';
import { sqliteStoreBackend } from './sqlite/index.ts';

/**
 * Every database Segmint can use, by its `StoreDialect` name. The type makes a name without a backend
 * (or a backend under another's name) a compile error; see docs/DESIGN.md, "Adding a backend".
 *
 * @example
 * const rows = await backends[session.kind].statements.forUpdate(query).execute();
 */
export const backends: { readonly [K in StoreDialect]: Backend<K> } = {
  sqlite: sqliteStoreBackend,
  postgres: postgresStoreBackend,
};
