import { Kysely } from 'kysely';
import type { Schema } from '../schema/index.ts';
import { loadSchema, saveCustomAttribute, saveCustomEntity } from './custom-schema-store.ts';
import { reconcileEntityTables } from './entity-ddl.ts';
import { migrate } from './migrations.ts';
import { postgresDialect } from './postgres-connection.ts';
import { sqliteDialect } from './sqlite-connection.ts';
import type { Store, StoreOptions } from './store.ts';
import type { StoreContext } from './store-context.ts';
import { createSession } from './store-session.ts';
import type { SegmintTables } from './tables.ts';

/**
 * Opens (and creates, when new) a Segmint database: applies pending migrations, loads the custom
 * schema and makes the entity tables match it, all in one transaction.
 *
 * @example
 * const store = await openStore({ kind: 'sqlite', filename: './data/segmint.db' });
 * const store = await openStore({ kind: 'postgres', url: 'postgres://localhost/segmint' });
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const dialect =
    options.kind === 'sqlite'
      ? sqliteDialect(options.filename)
      : await postgresDialect(options.url, options.pgSchema);
  const db = new Kysely<SegmintTables>({ dialect });
  const kind = options.kind;
  let schema: Schema;
  try {
    schema = await db.transaction().execute(async (trx) => {
      await migrate(trx, kind);
      const loaded = await loadSchema(trx);
      await reconcileEntityTables(trx, kind, loaded);
      return loaded;
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }

  const context: StoreContext = {
    dialect: kind,
    db,
    inTransaction: false,
    schema: () => schema,
    now: options.now ?? (() => new Date()),
  };

  // Schema additions run one after another, so each is checked against the schema the previous made.
  let lastChange: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(change: () => Promise<T>): Promise<T> => {
    const run = lastChange.then(change, change);
    lastChange = run.catch(() => undefined);
    return run;
  };

  let closed = false;
  return {
    ...createSession(context),
    addCustomAttribute(entity, input) {
      return oneAtATime(async () => {
        const result = await saveCustomAttribute(context, entity, input);
        if (result.ok) schema = result.schema;
        return result;
      });
    },
    addCustomEntity(input) {
      return oneAtATime(async () => {
        const result = await saveCustomEntity(context, input);
        if (result.ok) schema = result.schema;
        return result;
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
