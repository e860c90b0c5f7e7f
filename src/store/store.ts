import type { CompiledQuery, Kysely } from 'kysely';
import type {
  CustomAttributeInput,
  CustomAttributeResult,
  CustomEntityInput,
  CustomEntityResult,
  Schema,
} from '../schema/index.ts';
import type { AuditStore } from './audit-store.ts';
import type { ClockStore } from './clock-store.ts';
import type { EventStore } from './event-store.ts';
import type { FirstReads } from './first-reads.ts';
import type { PreparedRead } from './read-together.ts';
import type { HistoryStore } from './history-store.ts';
import type { KeyStore } from './key-store.ts';
import type { LeaderLock } from './leader-lock.ts';
import type { LinkStore } from './link-store.ts';
import type { MemberStore } from './member-store.ts';
import type { OverrideStore } from './override-store.ts';
import type { SettingStore } from './setting-store.ts';
import type { RecordStore } from './record-store.ts';
import type { SegmentStore } from './segment-store.ts';
import type { SegmintTables, StoreDialect } from './tables.ts';
import type { TemplateStore } from './template-store.ts';
import type { WebhookStore } from './webhook-store.ts';

/** Where the database is: an SQLite file (or `:memory:`), or a PostgreSQL server. */
export type StoreOptions = (
  | { readonly kind: 'sqlite'; readonly filename: string }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      /** A PostgreSQL schema to work in, created when missing (tests run side by side in fresh ones). */
      readonly pgSchema?: string;
    }
) & {
  /** The clock for `createdon`, `modifiedon` and segment time stamps; the system clock by default. */
  readonly now?: () => Date;
  /**
   * How long request work may run, in milliseconds: each `read` (on an SQLite file) and each
   * PostgreSQL statement (`statement_timeout`) past it is stopped with a `TimeLimitError`. None by
   * default (the command line); `segmint serve` sets its `--request-timeout`.
   */
  readonly timeLimitMs?: number;
};

/**
 * The database as one connection or one open transaction sees it. Inside `transaction`, use the
 * session it passes: on SQLite the outer store waits for the transaction to end.
 */
export interface StoreSession {
  readonly kind: StoreDialect;
  readonly db: Kysely<SegmintTables>;
  /** The built-in schema plus every custom addition, as this process last loaded it. */
  schema(): Schema;
  /**
   * The schema as the database holds it, reloaded first when another process added to it since (one
   * small read). In a transaction, it is the schema that transaction sees.
   */
  syncSchema(): Promise<Schema>;
  readonly records: RecordStore;
  readonly segments: SegmentStore;
  readonly members: MemberStore;
  /** The ordered log of membership changes. */
  readonly events: EventStore;
  /** Manual includes and excludes of dynamic segments. */
  readonly overrides: OverrideStore;
  /** Member counts over time. */
  readonly history: HistoryStore;
  readonly settings: SettingStore;
  /** Webhooks and how far each one's deliveries have got. */
  readonly webhooks: WebhookStore;
  /** Segment templates users saved. */
  readonly templates: TemplateStore;
  /** Named API keys with scopes. */
  readonly keys: KeyStore;
  /** Who changed segments, the schema, webhooks and keys. */
  readonly audit: AuditStore;
  /** The records relationships link. */
  readonly links: LinkStore;
  /** The records whose dates the clock crossed. */
  readonly clock: ClockStore;
  /**
   * A number that changes whenever another connection commits, as this session's connection sees it
   * (SQLite's `PRAGMA data_version`); rejects on a database that has none (`Capabilities.commitVersion`).
   */
  commitVersion(): Promise<number>;
  /**
   * Runs a query compiled for this store's dialect (the compile stage's output). Rows come back as the
   * driver gives them, column forms as `column-codec.ts` describes (on SQLite a money column is its
   * scaled integer); PostgreSQL dates, instants, bigints and numerics arrive as text or numbers.
   */
  query<R>(compiled: CompiledQuery<R>): Promise<R[]>;
  /** Runs prepared reads, in one round trip where the backend can (`read-together.ts`); gives each one's value. */
  readTogether<T extends readonly unknown[]>(reads: {
    readonly [K in keyof T]: PreparedRead<T[K]>;
  }): Promise<T>;
  /**
   * Runs `fn` in one transaction, committed when it resolves; a nested call joins the outer one.
   * `first` names what `fn` reads before it writes, which the backend may read as it begins.
   */
  transaction<T>(fn: (tx: StoreSession) => Promise<T>, first?: FirstReads): Promise<T>;
}

/**
 * An open Segmint database: records, segments and members, and the schema it holds (see
 * `openStore`). Schema additions run one at a time, each in its own transaction.
 */
export interface Store extends StoreSession {
  /**
   * Runs `read` with a session that only reads and sees the database at one moment (a snapshot),
   * without holding this process's event loop: on an SQLite file every statement runs in a reader
   * process (`sqlite-reader-pool.ts`); on PostgreSQL in a read-only repeatable-read transaction on a
   * pooled connection. Past the time limit the work is stopped and this rejects with a
   * `TimeLimitError`. An in-memory SQLite database cannot be read from another process: there it is a
   * transaction on the one connection, without a time limit.
   *
   * @example
   * const ids = await store.read((session) => session.query(compileQuery(query, options)));
   */
  read<T>(read: (session: StoreSession) => Promise<T>): Promise<T>;
  /**
   * True when `read` runs in reader processes (an SQLite file), while this process's own connection
   * holds the event loop for each statement: long work is worth moving into a reading there, and a
   * write transaction may be opened while a reading is in flight (its snapshot then falls behind).
   * False on an in-memory SQLite database (a reading is a transaction of the one connection, so no
   * other may open inside it) and on PostgreSQL (whose connections never hold the event loop).
   */
  readonly readsApart: boolean;
  /** Adds a custom attribute: a column (`ALTER TABLE … ADD COLUMN`), saved so it survives reopening. */
  addCustomAttribute(entity: string, input: CustomAttributeInput): Promise<CustomAttributeResult>;
  /** Adds a custom entity: a table, with its lookups as relationships on their targets. */
  addCustomEntity(input: CustomEntityInput): Promise<CustomEntityResult>;
  /**
   * Calls `listener` when another process has committed something to this database (see
   * `change-feed.ts`), within about a second, after this store has taken up any schema addition it
   * made. Returns the unsubscribe function.
   */
  onExternalChange(listener: () => void): () => void;
  /** The installation's leader lock (see `leader-lock.ts`); `leaseMs` is the SQLite lease's length. */
  leaderLock(leaseMs: number): LeaderLock;
  /** Closes the connection (or pool); safe to call twice. */
  close(): Promise<void>;
}
