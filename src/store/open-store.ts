import { Kysely, sql } from 'kysely';
import type { Schema } from '../schema/index.ts';
import { pgChangeFeed, sqliteChangeFeed } from './change-feed.ts';
import {
  lastSchemaPosition,
  loadSchema,
  saveCustomAttribute,
  saveCustomEntity,
  type SchemaAddition,
} from './custom-schema-store.ts';
import { pgLeaderLock, sqliteLeaderLock } from './leader-lock.ts';
import { reconcileEntityTables } from './entity-ddl.ts';
import { migrate } from './migrations.ts';
import { pgSessionClient, postgresDialect } from './postgres-connection.ts';
import { newRecordId } from './record-id.ts';
import { sqliteDialect } from './sqlite-connection.ts';
import { readerDialect } from './sqlite-reader-dialect.ts';
import { SqliteReaderPool } from './sqlite-reader-pool.ts';
import type { Store, StoreOptions, StoreSession } from './store.ts';
import type { StoreContext } from './store-context.ts';
import { createSession } from './store-session.ts';
import type { SegmintTables } from './tables.ts';
import { isPgStatementTimeout, TimeLimitError } from './time-limit-error.ts';
import { retryConflicts } from './transaction-retry.ts';

/** How long a write waits for another process's write on an SQLite file when no time limit is set. */
const defaultLockWaitMs = 10 * 60_000;

/**
 * Opens (and creates, when new) a Segmint database: applies pending migrations, loads the custom
 * schema and makes the entity tables match it, all in one transaction.
 *
 * @example
 * const store = await openStore({ kind: 'sqlite', filename: './data/segmint.db' });
 * const store = await openStore({ kind: 'postgres', url: 'postgres://localhost/segmint' });
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  // Names this store in the notifications its commits send, so that it ignores its own.
  const tag = newRecordId();
  const dialect =
    options.kind === 'sqlite'
      ? sqliteDialect(options.filename, options.timeLimitMs ?? defaultLockWaitMs)
      : await postgresDialect(options.url, {
          pgSchema: options.pgSchema,
          timeLimitMs: options.timeLimitMs,
          tag,
        });
  const db = new Kysely<SegmintTables>({ dialect });
  const kind = options.kind;
  let schema: Schema;
  let schemaPosition: number;
  try {
    [schema, schemaPosition] = await db.transaction().execute(async (trx) => {
      // Migrations and new indexes may take long on a big database: the time limit is for requests.
      if (kind === 'postgres') await sql`set local statement_timeout = 0`.execute(trx);
      await migrate(trx, kind);
      const loaded = await loadSchema(trx);
      await reconcileEntityTables(trx, kind, loaded);
      return [loaded, await lastSchemaPosition(trx)] as const;
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }

  // Another process's schema addition is taken up the next time anything asks (`syncSchema`).
  const syncSchema = async (on: Kysely<SegmintTables>): Promise<Schema> => {
    const position = await lastSchemaPosition(on);
    if (position !== schemaPosition) {
      const loaded = await loadSchema(on);
      // A slower sync that read an older position must not undo a newer one.
      if (position > schemaPosition) [schema, schemaPosition] = [loaded, position];
    }
    return schema;
  };
  const adopt = (
    saved: SchemaAddition<{ readonly ok: true; readonly schema: Schema } | { readonly ok: false }>,
  ) => {
    if (saved.position !== undefined && saved.result.ok && saved.position > schemaPosition) {
      schema = saved.result.schema;
      schemaPosition = saved.position;
    }
  };

  const context: StoreContext = {
    dialect: kind,
    db,
    inTransaction: false,
    schema: () => schema,
    syncSchema,
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

  const changes =
    options.kind === 'postgres'
      ? pgChangeFeed(() => pgSessionClient(options.url, options.pgSchema), tag)
      : sqliteChangeFeed(db);

  let closed = false;
  const store: Store = {
    ...session,
    query: (compiled) => limited(() => session.query(compiled)),
    // A transaction that lost a race (a deadlock, a serialization failure, the lock not had in time)
    // rolled back whole, so running it again is safe; other failures reach the caller.
    transaction: (fn) => retryConflicts(() => limited(() => session.transaction(fn))),
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
        const saved = await retryConflicts(() => saveCustomAttribute(context, entity, input, syncSchema));
        adopt(saved);
        return saved.result;
      });
    },
    addCustomEntity(input) {
      return oneAtATime(async () => {
        const saved = await retryConflicts(() => saveCustomEntity(context, input, syncSchema));
        adopt(saved);
        return saved.result;
      });
    },
    onExternalChange(listener) {
      return changes.subscribe(() => {
        void syncSchema(db)
          .catch(() => undefined)
          .then(listener);
      });
    },
    leaderLock(leaseMs) {
      return options.kind === 'postgres'
        ? pgLeaderLock(() => pgSessionClient(options.url, options.pgSchema))
        : sqliteLeaderLock(store, tag, leaseMs);
    },
    async close() {
      if (closed) return;
      closed = true;
      await changes.close();
      await readers?.close();
      await db.destroy();
    },
  };
  return store;
}

function isInMemory(filename: string): boolean {
  return filename === ':memory:' || filename === '';
}
