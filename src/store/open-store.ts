import { Kysely } from 'kysely';
import type { Schema } from '../schema/index.ts';
import type { AnyBackend, LocationOf, OpenDatabase } from './backend.ts';
import { backends } from './backends/index.ts';
import {
  lastSchemaPosition,
  loadSchema,
  saveCustomAttribute,
  saveCustomEntity,
  type SchemaAddition,
} from './custom-schema-store.ts';
import { reconcileEntityTables } from './entity-ddl.ts';
import { migrate } from './migrations.ts';
import { newRecordId } from './record-id.ts';
import type { Store, StoreOptions, StoreSession } from './store.ts';
import type { StoreContext } from './store-context.ts';
import { createSession } from './store-session.ts';
import type { SegmintTables, StoreDialect } from './tables.ts';
import { TimeLimitError } from './time-limit-error.ts';
import { retryConflicts } from './transaction-retry.ts';
import { LaneQueue } from './writer-lane.ts';
import { coalesced } from './change-feed.ts';

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
  const kind = options.kind;
  const backend: AnyBackend = backends[kind];
  const opened = await openDatabase(kind, options, tag);
  const db = new Kysely<SegmintTables>({ dialect: opened.dialect });
  let schema: Schema;
  let schemaPosition: number;
  try {
    [schema, schemaPosition] = await db.transaction().execute(async (trx) => {
      await backend.connection.beforeMigrations(trx);
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
  // A database that stops a statement past the time limit (PostgreSQL's `statement_timeout`, set on
  // every pooled connection) rolls its transaction back; the caller hears which limit it ran into.
  const limited = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (limitMs !== undefined && backend.connection.isTimeLimit(error)) throw new TimeLimitError(limitMs);
      throw error;
    }
  };
  const readers = opened.readers;
  const readOnly = (db: Kysely<SegmintTables>): StoreSession =>
    createSession({ ...context, db, inTransaction: true });

  const changes = opened.changeFeed(db);

  let closed = false;
  const queue = new LaneQueue();
  const store: Store = {
    ...session,
    query: (compiled) => limited(() => session.query(compiled)),
    // A transaction that lost a race (a deadlock, a serialization failure, the lock not had in time)
    // rolled back whole, so running it again is safe; other failures reach the caller.
    // One at a time in this process too (`LaneQueue`), then into the database's lane.
    transaction: (fn, first) =>
      queue.run(() => retryConflicts(() => limited(() => session.transaction(fn, first))), limitMs),
    readsApart: readers !== undefined,
    read(read) {
      if (readers) {
        return readers.read((dialect) => read(readOnly(new Kysely<SegmintTables>({ dialect }))), limitMs);
      }
      return limited(() => backend.connection.snapshot(db).execute((trx) => read(readOnly(trx))));
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
      // However many notifications arrive while the schema is read, the listener hears of them once more.
      return changes.subscribe(
        coalesced(async () => {
          await syncSchema(db).catch(() => undefined);
          listener();
        }),
      );
    },
    leaderLock(leaseMs) {
      return opened.leaderLock(store, leaseMs);
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

/** Opens the database at `location` through the backend of `kind` (`K` ties the two together). */
function openDatabase<K extends StoreDialect>(
  kind: K,
  location: LocationOf<K>,
  tag: string,
): Promise<OpenDatabase> {
  return backends[kind].connection.open(location, { tag, timeLimitMs: location.timeLimitMs });
}
