import type {
  CompiledQuery,
  ColumnDefinitionBuilder,
  Dialect,
  Expression,
  Kysely,
  RawBuilder,
  SqlBool,
  TransactionBuilder,
} from 'kysely';
import type { SqlDialect } from '../compile/index.ts';
import type { AttributeDef, EntityDef } from '../schema/index.ts';
import type { ChangeFeed } from './change-feed.ts';
import type { ChangeCause } from './event-store.ts';
import type { IdList } from './id-list.ts';
import type { LoggedChange } from './logged-changes.ts';
import type { LeaderLock } from './leader-lock.ts';
import type { MemberCsvBatch, MemberCsvFormulas, MemberCsvSource } from './member-csv-text.ts';
import type { StoreOptions, StoreSession } from './store.ts';
import type { ColumnValue, EntityRow, SegmintTables, StoreDialect } from './tables.ts';

/**
 * One database Segmint can keep its data in: how to connect to it, the column types of its DDL, how
 * each attribute type is stored, the SQL that differs, and what it can do faster than the shared
 * code. Every backend lives in its own folder under `backends/` and is listed once in
 * `backends/index.ts`, whose type makes a backend missing for a `StoreDialect`, or a piece missing
 * from a backend, a compile error. The store asks its backend; it never branches on the name.
 *
 * @example
 * const { types } = backends[session.kind];
 * await db.schema.createTable('t').addColumn('id', types.id, (c) => c.primaryKey()).execute();
 */
export interface Backend<K extends StoreDialect> {
  readonly name: K;
  /** The compiler's hooks for this database (compile stage): the SQL its segment queries are written in. */
  readonly sql: SqlDialect;
  readonly connection: BackendConnection<K>;
  readonly errors: ErrorCodes;
  readonly types: ColumnTypes;
  readonly ddl: DdlHooks;
  readonly values: ValueForms;
  readonly statements: StatementHooks;
  readonly capabilities: Capabilities;
  /** Bound parameters one statement may carry, under the database's own limit. */
  readonly maxParameters: number;
}

/** The backend of some database, whichever it is: what `backends[session.kind]` gives. */
export type AnyBackend = { readonly [K in StoreDialect]: Backend<K> }[StoreDialect];

/** Where a database of backend `K` is, as `openStore` is given it. */
export type LocationOf<K extends StoreDialect> = Extract<StoreOptions, { readonly kind: K }>;

/** Opening a database and what holds a connection of its own. */
export interface BackendConnection<K extends StoreDialect> {
  /**
   * Connects: the Kysely dialect of the store's connection (or pool), each read-write transaction in
   * the database's writer lane (`writer-lane.ts`). `tag` names this store in the notices its commits
   * send; `timeLimitMs` is `StoreOptions.timeLimitMs`.
   */
  open(location: LocationOf<K>, settings: ConnectionSettings): Promise<OpenDatabase>;
  /** Runs first in the transaction that migrates: lifts a request time limit the connection carries. */
  beforeMigrations(db: Kysely<SegmintTables>): Promise<void>;
  /**
   * The transaction of a `Store.read` on the store's own connection: a snapshot that only reads. On
   * a database whose readings run apart (`OpenDatabase.readers`) it serves only an in-memory one.
   */
  snapshot(db: Kysely<SegmintTables>): TransactionBuilder<SegmintTables>;
  /** True for the error this database stops a statement with when it runs past the time limit. */
  isTimeLimit(error: unknown): boolean;
}

/** What `BackendConnection.open` is told besides the location. */
export interface ConnectionSettings {
  readonly tag: string;
  readonly timeLimitMs?: number | undefined;
}

/** A database as its backend opened it. */
export interface OpenDatabase {
  readonly dialect: Dialect;
  /** Readings in other processes, off this one's event loop; undefined when reads use this connection. */
  readonly readers?: ReadersApart | undefined;
  /** Word of other processes' commits (`change-feed.ts`), watched through `db` or a connection of its own. */
  changeFeed(db: Kysely<SegmintTables>): ChangeFeed;
  /** The installation's leader lock (`leader-lock.ts`); `store` runs transactions, `leaseMs` is a lease's length. */
  leaderLock(store: TransactionRunner, leaseMs: number): LeaderLock;
}

/** What runs a transaction: a store or a session. */
export interface TransactionRunner {
  transaction<T>(fn: (tx: StoreSession) => Promise<T>): Promise<T>;
}

/** Readings that run in other processes, each one snapshot through the dialect it is handed. */
export interface ReadersApart {
  read<T>(read: (dialect: Dialect) => Promise<T>, limitMs: number | undefined): Promise<T>;
  close(): Promise<void>;
}

/** What this database's driver says of a failure, by its `code` and `message` (`transient-error.ts`). */
export interface ErrorCodes {
  /** "Not now": a lock held or a race lost, the server restarting, the connection dropped. */
  transient(code: string | undefined, message: string): boolean;
  /** The failure ended a transaction whole, so running it again as it was may succeed. */
  conflict(code: string): boolean;
}

/** The column types of the DDL (`entity-ddl.ts`, `migrations.ts`); `column-codec.ts` says what each holds. */
export interface ColumnTypes {
  /** Text that holds record ids, ordered by code point as JavaScript orders them. */
  readonly id: Expression<unknown>;
  /** A moment in time (UTC ISO text, or the database's own instant type). */
  readonly instant: Expression<unknown>;
  /** A whole number up to 2^63. */
  readonly integer: Expression<unknown>;
  /** The column type of an attribute. */
  attribute(attribute: AttributeDef): Expression<unknown>;
  /** The columns a table has now; empty when there is no such table. */
  existingColumns(db: Kysely<SegmintTables>, table: string): Promise<Set<string>>;
}

/**
 * The DDL of the migrations that differs between databases (`migrations.ts`). A released step never
 * changes, so neither does what these give it.
 */
export interface DdlHooks {
  /** Takes the lock that makes two processes opening one new database migrate it once, if needed. */
  migrationLock(db: Kysely<SegmintTables>): Promise<void>;
  /** A table stored in its primary key's order, where the database stores tables apart from it. */
  clustered<T extends { modifyEnd(modifier: Expression<unknown>): T }>(table: T): T;
  /** The type of an installation-wide sequence column (`seq`). */
  readonly sequenceType: 'integer' | 'bigint';
  /** A sequence column's definition: its primary key, numbered by the database. */
  readonly sequence: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** The key of the sort index of a contact's text `column` (0007): what `member-page.ts` orders by. */
  contactSortKey(column: string): RawBuilder<unknown>;
  /** Steps of the history only this database takes, by name (the list is `migrations.ts`'s). */
  readonly ownSteps: Readonly<Record<string, (db: Kysely<SegmintTables>) => Promise<void>>>;
}

/** How the attribute types whose column forms differ between databases are written and read. */
export interface ValueForms {
  /** A decimal or money value (canonical text) as its column holds it, `scale` digits kept. */
  decimal(text: string, scale: number): ColumnValue;
  /** A decimal column's value as canonical text; `text()` is the raw value as text, or throws. */
  readDecimal(raw: unknown, scale: number, text: () => string): string;
  /**
   * A faster `readDecimal` for the text a decimal column most often comes back as, or undefined to
   * leave it to `readDecimal`. Optional.
   */
  readonly fastDecimal?: (raw: string, scale: number) => string | undefined;
  /** A boolean as its column holds it. */
  boolean(value: boolean): ColumnValue;
  /** A multi-choice value (sorted, distinct, not empty) as its column holds it. */
  multichoice(values: readonly string[]): ColumnValue;
  /** The select expression that reads `attribute`'s column (`column`) exactly. */
  read(attribute: AttributeDef, column: RawBuilder<unknown>): RawBuilder<unknown>;
}

/** A select that may lock the rows it reads (Kysely's `forUpdate` and `forKeyShare`). */
export interface LockableQuery<Q> {
  forUpdate(): Q;
  forKeyShare(): Q;
}

/** Pieces of the store's own SQL that differ between databases. */
export interface StatementHooks {
  /** `query` locking the rows it reads against a concurrent change, where rows can be locked. */
  forUpdate<Q extends LockableQuery<Q>>(query: Q): Q;
  /** `query` locking the keys it reads against a concurrent delete, where rows can be locked. */
  forKeyShare<Q extends LockableQuery<Q>>(query: Q): Q;
  /** Text ordered by code point, as JavaScript and every backend order ids, whatever the locale. */
  byCodePoint(text: RawBuilder<string>): RawBuilder<string>;
  /** An instant (UTC ISO text) as a value of an `instant` column in a statement's select list. */
  instant(iso: string): RawBuilder<unknown>;
  /**
   * The `segment_id` and `contact_id` of the `sm_member` rows whose segment is one of `segments` and
   * contact one of `contacts` (each one list parameter, as `idListParam` makes), with a null `mode`:
   * found by the primary key, a seek per segment and contact, whatever the table's statistics say.
   */
  membersAmong(segments: unknown, contacts: unknown): RawBuilder<MemberAmong>;
  /**
   * The ids of `list` as rows of one column, `id`, from one parameter. Both databases read a list in
   * its order; nothing depends on that but the speed of an insert in key order.
   */
  listedIds(list: IdList): RawBuilder<{ id: string }>;
  /**
   * Sets aside `count` sequence numbers of the event log, in a row, for a run of events logged with
   * their numbers given (`event-runs.ts`), and selects the first as `first`. Run in a write
   * transaction: writers take turns (`writer-lane.ts`), so no other writer takes a number meanwhile.
   */
  reserveEventSeqs(count: number): RawBuilder<{ first: number | string }>;
}

/** A row of `StatementHooks.membersAmong`. */
export interface MemberAmong {
  readonly segment_id: string;
  readonly contact_id: string;
  readonly mode: null;
}

/**
 * What a database does faster than the shared code, or only it can. Each is optional; without it the
 * shared way runs, with the same result.
 */
export interface Capabilities {
  /**
   * The member CSV of a segment, written by the database itself in batches (`member-csv-text.ts`), or
   * undefined when it cannot write this one.
   */
  memberCsv?(
    source: MemberCsvSource,
    contact: EntityDef,
    segmentId: string,
    options: { readonly batchSize: number; readonly formulas: MemberCsvFormulas },
  ): AsyncGenerator<MemberCsvBatch> | undefined;
  /**
   * A reader of `entity`'s records as arrays of raw column values (`id`, then every attribute) in id
   * order, faster than rows as objects (`member-rows.ts`), or undefined for this entity.
   */
  rowArrays?(
    db: Kysely<SegmintTables>,
    entity: EntityDef,
  ): ((where: RawBuilder<SqlBool>) => Promise<unknown[][]>) | undefined;
  /**
   * A number that changes whenever another connection commits, as `db`'s connection sees it: what
   * tells a reading's snapshot from the database now (`engine/maintenance/go-live-snapshot.ts`).
   */
  readonly commitVersion?: (db: Kysely<SegmintTables>) => Promise<number>;
  /**
   * Writes a maintenance pass's member rows, counts, events and history in statements of its own
   * (one on PostgreSQL, SQL texts that do not change with the number of changes on SQLite), returning
   * each changed segment's count after (`logged-changes.ts`). With `atCommit` the caller reads
   * nothing it returns, and the backend may send it with the transaction's next statement (PostgreSQL:
   * in the commit's round trip), returning no counts.
   */
  readonly writeLoggedChanges?: (
    db: Kysely<SegmintTables>,
    changes: readonly LoggedChange[],
    cause: ChangeCause,
    now: Date,
    atCommit?: boolean,
  ) => Promise<Map<string, number>>;
  /**
   * Loads encoded rows into `table` in one statement of the database's own (PostgreSQL's `COPY`),
   * the default way of `records.bulkInsert` where there is one (`bulk-insert.ts`).
   */
  readonly copyRows?: (
    db: Kysely<SegmintTables>,
    table: string,
    columns: readonly string[],
    rows: readonly EntityRow[],
  ) => Promise<void>;
  /**
   * Whether a write transaction's begin also makes the reads it names first (`begin-reads.ts`): worth
   * it where each statement costs a round trip to a server, not on an embedded database.
   */
  readonly readsAhead?: boolean;
  /**
   * The rows of each of `queries` (selects), read in one round trip, or undefined when they cannot be
   * (`read-together.ts`): worth it where each statement costs a round trip to a server.
   */
  readonly readMany?: (
    db: Kysely<SegmintTables>,
    queries: readonly CompiledQuery[],
  ) => Promise<unknown[][] | undefined>;
}
