import type Database from 'better-sqlite3';
import { foldCase } from '../../../schema/index.ts';

/**
 * The names of the SQL functions compiled queries call, as the compile stage chose them
 * (`sqliteLowerFunction`). A reader worker is handed them rather than importing the compiler, whose
 * load (Kysely through tsx) would add seconds to the worker's start.
 */
export interface SqliteFunctionNames {
  readonly lower: string;
}

/**
 * Adds the SQL functions compiled queries call to a connection: the writer's (`sqlite-connection.ts`)
 * and each reader worker's (`sqlite-reader-worker.ts`), so a query means the same on either.
 */
export function registerSegmintFunctions(database: Database.Database, names: SqliteFunctionNames): void {
  // SQLite's lower() folds ASCII only; text conditions compare through the fold every backend shares.
  database.function(names.lower, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldCase(value) : value,
  );
}
