import type {
  BulkInsertResult,
  MembershipEvent,
  Store,
  StoredRecord,
  StoredSegment,
  CountPoint,
  OrderKey,
} from '../store/index.ts';
import type {
  CustomAttributeInput,
  CustomAttributeResult,
  CustomEntityInput,
  CustomEntityResult,
} from '../schema/index.ts';
import { systemClock, type Clock } from './clock.ts';
import { clockTick } from './maintenance/clock-tick.ts';
import { withinTimeLimit } from './engine-error.ts';
import type { EngineState } from './engine-state.ts';
import { onCurrentSchema } from './current-schema.ts';
import { explainMembership, type MembershipExplanation } from './explain.ts';
import { Leadership } from './leadership.ts';
import { editMembers, type MemberEdit } from './manual-members.ts';
import { estimateQuery, evaluateQuery, fetchByQuery } from './query-once.ts';
import { bulkInsertRecords, createRecord, deleteRecord, updateRecord, withIds } from './record-writes.ts';
import { upsertRecords, type UpsertResult } from './record-upsert.ts';
import { createSegment, deleteSegment, goLive, stopSegment, updateSegment } from './segment-lifecycle.ts';
import { SegmentRegistry } from './segment-registry.ts';
import { verifySegments, type Drift } from './verify.ts';
import { WriteJournal, type JournalKind } from './write-journal.ts';
import {
  ColumnarView,
  type ColumnarViewCounts,
  type ColumnarViewOptions,
} from './maintenance/columnar-view.ts';
import { EngineReads } from './engine-reads.ts';

export interface EngineOptions {
  readonly clock?: Clock;
  /** How often the clock ticks while `start` runs; at least once a minute. */
  readonly tickMs?: number;
  /**
   * Let webhooks reach loopback, private, link-local and other internal addresses (a receiver on the
   * same machine or network). Off by default: such targets are refused (`webhook-target-policy.ts`).
   */
  readonly allowPrivateWebhookTargets?: boolean;
  /**
   * Answer estimates and go-lives from a columnar image of the records, built in the background once
   * the engine opens and kept exact by re-checking what changed since (`ColumnarView`; SQLite only).
   * It costs memory (about 750 MiB per million contacts with their interactions) and a build after another process
   * writes. Off by default; `segmint serve --columnar` turns it on.
   */
  readonly columnar?: boolean | ColumnarViewOptions;
}

/**
 * Live segments over a store: publishing and stopping segments, writes that keep every live segment
 * right in their own transaction, the clock, manual members, the event log and verification.
 *
 * @example
 * const engine = await Engine.open(store);
 * const segment = await engine.createSegment(definition);
 * await engine.goLive(segment.id);
 * await engine.createRecord('contact', { firstname: 'Ada', address1_city: 'Atlantis' }); // joins now
 *
 * Its clients (the API, the command line) work only through its operations, the reads that show an
 * installation among them (`EngineReads`, which it extends); `store` is for the engine's extensions
 * and for tests, and ESLint refuses it in `src/api` and `src/cli`.
 */
export class Engine extends EngineReads {
  readonly #state: EngineState;
  readonly #tickMs: number;
  /** Whether webhooks may target internal addresses (the operator's `--allow-private-webhooks`). */
  readonly allowPrivateWebhookTargets: boolean;
  #timer: NodeJS.Timeout | undefined;
  #ticking: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<() => void>();
  readonly #journal = new WriteJournal();
  readonly #leadership: Leadership;
  /** Ends the subscription to other processes' changes, taken while anyone listens. */
  #unwatch: (() => void) | undefined;

  private constructor(store: Store, options: EngineOptions) {
    super(store);
    const columnar = options.columnar
      ? new ColumnarView(store, this.#journal, options.columnar === true ? {} : options.columnar)
      : undefined;
    this.#state = {
      store,
      registry: new SegmentRegistry(),
      clock: options.clock ?? systemClock,
      ...(columnar ? { columnar } : {}),
    };
    this.#tickMs = Math.min(options.tickMs ?? 30_000, 60_000);
    this.allowPrivateWebhookTargets = options.allowPrivateWebhookTargets ?? false;
    // Asked four times a tick period, so that a dead leader is replaced within one (`leadership.ts`).
    this.#leadership = new Leadership(
      () => store.leaderLock(this.#leadership.leaseMs),
      Math.max(250, this.#tickMs / 4),
      () => {
        // The new leader catches the clock up at once and delivers what the old one left.
        void this.tick().catch(() => undefined);
        this.#tell();
      },
    );
  }

  /** Loads the live segments and catches up with the time that passed while nothing ran. */
  static async open(store: Store, options: EngineOptions = {}): Promise<Engine> {
    const engine = new Engine(store, options);
    // The first tick loads the live segments and brings clock-dependent ones up to now.
    await engine.tick();
    void engine.#state.columnar?.refresh();
    return engine;
  }

  get store(): Store {
    return this.#state.store;
  }

  /**
   * Calls `listener` after every committed operation that may have logged membership events (the
   * event stream reads the log from its last sequence number then). Returns the unsubscribe function.
   */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    // Other processes' commits wake the listeners too, within about a second (`change-feed.ts`).
    this.#unwatch ??= this.#state.store.onExternalChange(() => {
      this.#tell();
    });
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) {
        this.#unwatch?.();
        this.#unwatch = undefined;
      }
    };
  }

  /**
   * True while this process does the work that happens once per installation (the clock tick,
   * webhook delivery): always before `start`, then while it holds the leader lock.
   */
  get leads(): boolean {
    return this.#leadership.leads;
  }

  #tell(): void {
    for (const listener of this.#listeners) listener();
  }

  /**
   * Runs a write of `rows` of `entity`, in the journal from before it starts until it ends, so that a
   * go-live evaluating at a snapshot meanwhile re-checks what it reaches (`go-live-snapshot.ts`).
   */
  #journaled<T>(
    entity: string,
    rows: readonly Readonly<Record<string, unknown>>[],
    kind: JournalKind,
    write: () => Promise<T>,
  ): Promise<T> {
    const ids = rows.flatMap((row) => (typeof row.id === 'string' ? [row.id] : []));
    const entry = this.#journal.begin(entity, ids, kind);
    return this.#changed(
      onCurrentSchema(this.#state.store, write).finally(() => {
        this.#journal.settle(entry);
      }),
    );
  }

  /** Passes a committed result through, telling the listeners. */
  #changed<T>(result: Promise<T>): Promise<T> {
    return result.then((value) => {
      this.#tell();
      return value;
    });
  }

  /**
   * Campaigns for the installation's lead and, while leading, ticks the clock every `tickMs`, until
   * `stop`. Resolves once the first campaign round is answered.
   */
  start(): Promise<void> {
    this.#timer ??= setInterval(() => {
      if (this.#leadership.leads) void this.tick().catch(() => undefined);
    }, this.#tickMs);
    this.#timer.unref();
    return this.#leadership.run();
  }

  /** Stops ticking and gives the lead up. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#unwatch?.();
    this.#unwatch = undefined;
    await this.#leadership.stop();
    this.#state.columnar?.close();
  }

  /**
   * The columnar image's state when the engine uses one (`columnar`): `ready` resolves once the image
   * being built is (at once when none is), and `counts` says how evaluations were answered.
   */
  get columnar(): { readonly ready: () => Promise<void>; readonly counts: ColumnarViewCounts } | undefined {
    const view = this.#state.columnar;
    return view && { ready: () => view.refresh(), counts: view.counts };
  }

  /** Moves clock-dependent segments to the current time; ticks never overlap. */
  tick(): Promise<Map<string, string[]>> {
    const next = this.#changed(this.#ticking.then(() => clockTick(this.#state)));
    this.#ticking = next.catch(() => undefined);
    return next;
  }

  createSegment(definition: unknown, id?: string): Promise<StoredSegment> {
    return createSegment(this.#state, definition, id);
  }

  updateSegment(id: string, definition: unknown): Promise<StoredSegment> {
    return this.#changed(updateSegment(this.#state, id, definition));
  }

  goLive(id: string): Promise<StoredSegment> {
    return this.#changed(goLive(this.#state, id, this.#journal));
  }

  stopSegment(id: string): Promise<StoredSegment> {
    return stopSegment(this.#state, id);
  }

  deleteSegment(id: string): Promise<void> {
    return deleteSegment(this.#state, id);
  }

  createRecord(entity: string, values: Readonly<Record<string, unknown>>): Promise<StoredRecord> {
    const rows = withIds([values]);
    const madeId = rows[0] !== values;
    return this.#journaled(entity, rows, 'write', () =>
      createRecord(this.#state, entity, rows[0] ?? values, madeId),
    );
  }

  updateRecord(entity: string, id: string, patch: Readonly<Record<string, unknown>>): Promise<StoredRecord> {
    return this.#journaled(entity, [{ id }], 'write', () => updateRecord(this.#state, entity, id, patch));
  }

  deleteRecord(entity: string, id: string): Promise<void> {
    return this.#journaled(entity, [{ id }], 'delete', () => deleteRecord(this.#state, entity, id));
  }

  bulkInsert(entity: string, rows: readonly Readonly<Record<string, unknown>>[]): Promise<BulkInsertResult> {
    const identified = withIds(rows);
    return this.#journaled(entity, identified, 'write', () =>
      bulkInsertRecords(this.#state, entity, identified),
    );
  }

  /**
   * Updates the rows whose `id` names an existing record and creates the others, in one transaction
   * with one re-check per live segment (a CSV import's batch). Bad rows are reported by index.
   */
  upsertRecords(entity: string, rows: readonly Readonly<Record<string, unknown>>[]): Promise<UpsertResult> {
    const identified = withIds(rows);
    return this.#journaled(entity, identified, 'write', () => upsertRecords(this.#state, entity, identified));
  }

  /** Adds a custom attribute to an entity, or says every problem (the schema is then unchanged). */
  addCustomAttribute(entity: string, input: CustomAttributeInput): Promise<CustomAttributeResult> {
    return this.#state.store.addCustomAttribute(entity, input);
  }

  /** Adds a custom entity with its attributes and lookups, or says every problem. */
  addCustomEntity(input: CustomEntityInput): Promise<CustomEntityResult> {
    return this.#state.store.addCustomEntity(input);
  }

  /** Keeps a small named value in the database (`sm_setting`), as `setting` reads it. */
  saveSetting(name: string, value: string): Promise<void> {
    return this.#state.store.settings.set(name, value);
  }

  editMembers(segmentId: string, edit: MemberEdit): Promise<string[]> {
    return this.#changed(editMembers(this.#state, segmentId, edit));
  }

  /**
   * Runs a query once without saving it: the members it selects now (`segmint eval`).
   * It only reads, at one snapshot, beside other requests (`Store.read`), within the store's time limit.
   */
  evaluateQuery(query: unknown, timeZone = 'UTC'): Promise<Set<string>> {
    return evaluateQuery(this.#state, query, timeZone);
  }

  /** How many contacts a query selects now (the size estimate), as `evaluateQuery` would find them. */
  estimateQuery(query: unknown, timeZone = 'UTC'): Promise<number> {
    return estimateQuery(this.#state, query, timeZone);
  }

  /**
   * A page of the contacts a query selects now, sorted by `order` (then by id) and cut from `offset`,
   * with how many it selects in all (Dynamics' FetchContactsByQuery).
   */
  fetchByQuery(
    query: unknown,
    timeZone: string,
    page: { readonly order: readonly OrderKey[]; readonly offset: number; readonly limit: number },
  ): Promise<{ total: number; records: StoredRecord[] }> {
    return fetchByQuery(this.#state, query, timeZone, page);
  }

  /** Membership events after `after`, oldest first. */
  events(options?: {
    readonly after?: number;
    readonly segmentId?: string;
    readonly limit?: number;
  }): Promise<MembershipEvent[]> {
    return this.#state.store.events.list(options);
  }

  /** A segment's member count over time. */
  history(segmentId: string): Promise<CountPoint[]> {
    return this.#state.store.history.list(segmentId);
  }

  /** Whether a contact is a member of a segment and why, condition by condition. */
  explain(segmentId: string, contactId: string): Promise<MembershipExplanation> {
    const now = this.#state.clock.now();
    return withinTimeLimit(
      this.#state.store.read((session) => explainMembership(session, segmentId, contactId, now)),
      'The explanation',
      'Try again when the server is less busy.',
    );
  }

  /**
   * Ticks, then recomputes every live segment and reports any stored membership that is wrong. The
   * recomputation only reads, at one snapshot (`Store.read`): stored members and full evaluations agree.
   */
  async verify(): Promise<Drift[]> {
    await this.tick();
    const now = this.#state.clock.now();
    return withinTimeLimit(
      this.#state.store.read((session) =>
        // verifySegments opens its transaction on the state's store: here, the reading's session.
        verifySegments(
          { ...this.#state, store: { ...this.#state.store, transaction: (fn) => fn(session) } },
          now,
        ),
      ),
      'Verification',
      'Run `segmint verify` from the command line, which has no time limit.',
    );
  }
}
