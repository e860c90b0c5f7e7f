import { Kysely, sql } from 'kysely';
import type { Schema } from '../schema/index.ts';
import { loadSchema, saveCustomAttribute, saveCustomEntity } from './custom-schema-store.ts';
import { reconcileEntityTables } from './entity-ddl.ts';
import { migrate } from './migrations.ts';
import { postgresDialect } from './postgres-connection.ts';
import { sqliteDialect } from './sqlite-connection.ts';
import { readerDialect } from './sqlite-reader-dialect.ts';
import { SqliteReaderPool } from './sqlite-reader-pool.ts';
import type { Store, StoreOptions, StoreSession } from './store.ts';
import type { StoreContext } from './store-context.ts';
import { createSession } from './store-session.ts';
import type { SegmintTables } from './tables.ts';
import { isPgStatementTimeout, TimeLimitError } from './time-limit-error.ts';

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
      : await postgresDialect(options.url, options.pgSchema, options.timeLimitMs);
  const db = new Kysely<SegmintTables>({ dialect });
  const kind = options.kind;
  let schema: Schema;
  try {
    schema = await db.transaction().execute(async (trx) => {
      // Migrations and new indexes may take long on a big database: the time limit is for requests.
      if (kind === 'postgres') await sql`set local statement_timeout = 0`.execute(trx);
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

  const session = createSession(context);
  const limitMs = options.timeLimitMs;
  // PostgreSQL cancels a statement past `statement_timeout` (set on every pooled connection) and rolls
  // its transaction back; the caller hears which limit it ran into.
  const limited = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (limitMs !== undefined && isPgStatementTimeout(error)) throw new TimeLimitError(limitMs);
      throw error;
    }
  };
  const readers =
    options.kind === 'sqlite' && !isInMemory(options.filename)
      ? new SqliteReaderPool(options.filename)
      : undefined;
  const readOnly = (db: Kysely<SegmintTables>): StoreSession =>
    createSession({ ...context, db, inTransaction: true });

  let closed = false;
  return {
    ...session,
    query: (compiled) => limited(() => session.query(compiled)),
    transaction: (fn) => limited(() => session.transaction(fn)),
    readsApart: readers !== undefined,
    read(read) {
      if (readers) {
        return readers.read(
          (reader) => read(readOnly(new Kysely<SegmintTables>({ dialect: readerDialect(reader) }))),
          limitMs,
        );
      }
      if (kind === 'sqlite') return session.transaction(read);
      return limited(() =>
        db
          .transaction()
          .setIsolationLevel('repeatable read')
          .setAccessMode('read only')
          .execute((trx) => read(readOnly(trx))),
      );
    },
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
      await readers?.close();
      await db.destroy();
    },
  };
}

function isInMemory(filename: string): boolean {
  return filename === ':memory:' || filename === '';
}
