import { getHeapStatistics } from 'node:v8';
import { compileForContacts } from '../../compile/index.ts';
import {
  ColumnarWorkExceeded,
  defaultWorkLimit,
  evaluateColumnar,
  markIdRows,
  type ColumnarImage,
} from '../../evaluate/columnar/index.ts';
import type { Schema } from '../../schema/index.ts';
import { IdList, type Store, type StoreSession } from '../../store/index.ts';
import type { LoadedSegment } from '../live-segment.ts';
import type { JournalEntry, JournalMark, WriteJournal } from '../write-journal.ts';
import { viewAnswer, type ViewAnswer } from './columnar-answer.ts';
import { columnarTouched } from './columnar-touched.ts';
import { loadColumnarImage } from './columnar-load.ts';

/** Contacts per restricted re-check; each list travels as one parameter. */
const contactsPerCheck = 10_000;

/** An image and the moment it was taken from: the journal's mark and the other connections' commits. */
interface Taken {
  readonly image: ColumnarImage;
  readonly schema: Schema;
  readonly mark: JournalMark;
  readonly version: number;
  /**
   * Stored members of segments that segment blocks read, as flags over the image's contact rows, each
   * with the members' version (`MemberStore.version`) it holds: reused while the version stays, the
   * least recently used dropped past `memberRowsBytes`.
   */
  readonly memberRows: Map<string, { readonly version: string; readonly rows: Uint8Array }>;
}

/** Bytes of member flags a view keeps at most (one byte per contact per segment). */
const memberRowsBytes = 64 * 2 ** 20;

/** How a `ColumnarView` has answered since it was made (for tests and `segmint serve --log`). */
export interface ColumnarViewCounts {
  /** Evaluations answered from the image. */
  answered: number;
  /** Evaluations it could not answer exactly (no image yet, another process wrote, a delete): SQL answered them. */
  declined: number;
  /** Of the declined, those whose work over the image would have passed `maxWork`. */
  tooCostly: number;
  /** Images built. */
  built: number;
  /** Why no image is built, when none can be (no commit count; not enough memory). */
  unavailable?: string;
}

/** What a `ColumnarView` may re-check before it prefers a fresh image. */
export interface ColumnarViewOptions {
  /** Contacts re-checked by SQL on top of the image, at most; past it the image is rebuilt (50,000 unless told). */
  readonly maxTouched?: number;
  /** Writes journaled since the image, at most, before it is rebuilt (20,000 unless told). */
  readonly maxWrites?: number;
  /**
   * Bytes of JavaScript heap a build may need at most (`imageBytes`); past it no image is built. By
   * default four fifths of what the heap has left (`node --max-old-space-size` raises it).
   */
  readonly memoryLimitBytes?: number;
  /**
   * Units of work one evaluation over the image may spend on the event loop (`WorkMeter`); a costlier
   * one is left to SQL, which runs apart and within the time limit (`defaultWorkLimit` unless told).
   */
  readonly maxWork?: number;
}

/**
 * What building an image of `records` records needs at most, by the measure of the demo data
 * (`npm run bench -- --scenarios columnar`: about 1 KB kept per contact with its five interactions and
 * the leads, 2.3 KB in an earlier build), taken generously at 400 bytes a record, and 16 MB for the
 * page of records being added (the loader holds no more of them).
 */
export function imageBytes(records: number): number {
  return records * 400 + 16 * 2 ** 20;
}

/** Four fifths of what V8's heap has left. */
function heapLeft(): number {
  const heap = getHeapStatistics();
  return 0.8 * (heap.heap_size_limit - heap.used_heap_size);
}

/**
 * The whole-query evaluations of one engine answered from a columnar image (issue 16; docs/DESIGN.md,
 * "Evaluation over a columnar image"), exactly: the image is a snapshot taken at a journal mark, and
 * an evaluation re-checks by SQL, restricted to them, the contacts that the writes this engine made
 * since can have changed (`columnarTouched`), as a go-live at a snapshot does (`go-live-snapshot.ts`).
 * Segment blocks read the stored members as they are now.
 *
 * It declines (answers undefined, and the caller evaluates by SQL) while no image is built, and when
 * it cannot know what changed: another connection committed since the image (`commitVersion`, so an
 * SQLite database only: PostgreSQL has no such count, and there the view never builds), a delete
 * (whose cascade the journal does not name), a schema addition, or more writes than `maxWrites`. Each
 * of those starts a new image in the background.
 */
export class ColumnarView {
  readonly #store: Store;
  readonly #journal: WriteJournal;
  readonly #maxTouched: number;
  readonly #maxWrites: number;
  readonly #memoryLimitBytes: number | undefined;
  readonly #maxWork: number;
  #taken: Taken | undefined;
  #building: Promise<void> | undefined;
  #closed = false;
  readonly counts: ColumnarViewCounts = { answered: 0, declined: 0, tooCostly: 0, built: 0 };

  constructor(store: Store, journal: WriteJournal, options: ColumnarViewOptions = {}) {
    this.#store = store;
    this.#journal = journal;
    this.#maxTouched = options.maxTouched ?? 50_000;
    this.#maxWrites = options.maxWrites ?? 20_000;
    this.#memoryLimitBytes = options.memoryLimitBytes;
    this.#maxWork = options.maxWork ?? defaultWorkLimit;
  }

  /**
   * Starts building an image unless one is current or being built; resolves when that build ends.
   * A build that fails leaves the view without an image (evaluations go to SQL) and is not retried
   * until the next `refresh`.
   */
  refresh(): Promise<void> {
    if (this.#closed || this.counts.unavailable !== undefined || this.#taken) return Promise.resolve();
    this.#building ??= this.#build().finally(() => {
      this.#building = undefined;
    });
    return this.#building;
  }

  async #build(): Promise<void> {
    const mark = this.#journal.mark();
    let kept = false;
    try {
      // Taken before the first page: a commit by another connection after it makes the image stale.
      const version = await this.#store.commitVersion().catch(() => undefined);
      if (version === undefined) {
        this.counts.unavailable = "the database keeps no count of other connections' commits";
        return;
      }
      const schema = this.#store.schema();
      const sizes = await Promise.all([...schema.entities.keys()].map((e) => this.#store.records.count(e)));
      const needs = imageBytes(sizes.reduce((a, b) => a + b, 0));
      const limit = this.#memoryLimitBytes ?? heapLeft();
      if (needs > limit) {
        this.counts.unavailable = `an image of these records needs about ${mib(needs)} MiB of heap, more than the ${mib(limit)} MiB it may take (node --max-old-space-size raises it)`;
        process.emitWarning(`No columnar image: ${this.counts.unavailable}; estimates and go-lives use SQL.`);
        return;
      }
      const image = await loadColumnarImage(this.#store, schema);
      if (this.#closed) throw new Error('closed');
      this.#taken = { image, schema, mark, version, memberRows: new Map() };
      this.counts.built += 1;
      kept = true;
    } catch {
      // A failed build (the database closed under it): no image until the next refresh.
    } finally {
      if (!kept) this.#journal.release(mark);
    }
  }

  /** Whether an image is built (it may still decline an evaluation it cannot answer exactly). */
  get hasImage(): boolean {
    return this.#taken !== undefined;
  }

  /** Drops the image (and its mark) and builds another in the background. */
  #stale(): void {
    const taken = this.#taken;
    this.#taken = undefined;
    if (taken) this.#journal.release(taken.mark);
    void this.refresh();
    this.counts.declined += 1;
  }

  /**
   * The contacts `segment`'s query selects at `now`, as a full evaluation would find them (overrides
   * not applied), read beside other work (`Store.read`); undefined when the image cannot say exactly.
   */
  async matches(segment: LoadedSegment, now: Date): Promise<Set<string> | undefined> {
    return (await this.#answer(segment, now))?.ids();
  }

  /**
   * How many contacts `matches` would give, without making their ids (an estimate: at a million
   * contacts, 143,000 ids cost more than the evaluation).
   */
  async count(segment: LoadedSegment, now: Date): Promise<number | undefined> {
    return (await this.#answer(segment, now))?.count();
  }

  async #answer(segment: LoadedSegment, now: Date): Promise<ViewAnswer | undefined> {
    const taken = this.#usable();
    if (!taken) return undefined;
    const before = await this.#store.commitVersion();
    if (before !== taken.version) {
      this.#stale();
      return undefined;
    }
    const { query, timeZone } = segment.definition;
    if (query && this.#journal.since(taken.mark).length === 0 && segment.dependencies.segments.size === 0) {
      // Nothing written since the image and nothing stored read: the image alone is the answer, now.
      const matched = this.#metered(() =>
        evaluateColumnar(query, timeZone, taken.image, {
          now,
          storedMembers: () => [],
          maxWork: this.#maxWork,
        }),
      );
      if (matched === 'tooCostly') return undefined;
      this.counts.answered += 1;
      return viewAnswer(taken.image, matched, [], new Set());
    }
    const matched = await this.#store.read((session) => this.#evaluate(session, taken, segment, now));
    if (matched === 'tooCostly') return undefined;
    // A commit by another connection while the reading ran: its snapshot may hold it, the image not.
    if (matched === 'stale' || (await this.#store.commitVersion()) !== before) {
      this.#stale();
      return undefined;
    }
    this.counts.answered += 1;
    return matched;
  }

  /**
   * As `matches`, in a write transaction `tx` of this engine's store (a go-live): no other connection
   * can commit while it runs, so one look at `commitVersion` suffices.
   */
  async matchesIn(tx: StoreSession, segment: LoadedSegment, now: Date): Promise<IdList | undefined> {
    const taken = this.#usable();
    if (!taken) return undefined;
    if ((await tx.commitVersion()) !== taken.version) {
      this.#stale();
      return undefined;
    }
    const matched = await this.#evaluate(tx, taken, segment, now);
    if (matched === 'tooCostly') return undefined;
    if (matched === 'stale') {
      this.#stale();
      return undefined;
    }
    this.counts.answered += 1;
    return matched.sortedIds();
  }

  /** The current image, or undefined (a build started) when there is none or the schema has grown. */
  #usable(): Taken | undefined {
    const taken = this.#taken;
    if (taken && taken.schema === this.#store.schema()) return taken;
    if (taken) {
      this.#stale();
      return undefined;
    }
    void this.refresh();
    this.counts.declined += 1;
    return undefined;
  }

  async #evaluate(
    session: StoreSession,
    taken: Taken,
    segment: LoadedSegment,
    now: Date,
  ): Promise<ViewAnswer | 'stale' | 'tooCostly'> {
    const { query, timeZone } = segment.definition;
    if (!query) return { ids: () => new Set(), sortedIds: () => IdList.of([]), count: () => 0 };
    const writes: readonly JournalEntry[] = this.#journal.since(taken.mark);
    if (writes.length > this.#maxWrites || writes.some((write) => write.kind === 'delete')) return 'stale';
    const touched = await columnarTouched(session, taken.image, segment, writes);
    // Past a quarter of the image's contacts, re-checking costs about what a new image does.
    const contacts = taken.image.table('contact').ids.length;
    if (touched.size > this.#maxTouched || (touched.size > 1_000 && touched.size * 4 > contacts))
      return 'stale';
    const held = new Map<string, Uint8Array>();
    for (const id of segment.dependencies.segments) held.set(id, await memberRows(session, taken, id));
    const members = this.#metered(() =>
      evaluateColumnar(query, timeZone, taken.image, {
        now,
        storedMembers: () => [],
        storedMemberRows: (id) => held.get(id),
        maxWork: this.#maxWork,
      }),
    );
    if (members === 'tooCostly') return members;
    const recheck = compileForContacts(query, {
      schema: session.schema(),
      dialect: session.kind,
      now,
      timeZone,
    });
    const ids = [...touched];
    const rechecked = new Set<string>();
    for (let i = 0; i < ids.length; i += contactsPerCheck) {
      for (const row of await session.query(recheck(ids.slice(i, i + contactsPerCheck))))
        rechecked.add(row.id);
    }
    return viewAnswer(taken.image, members, ids, rechecked);
  }

  /** What `evaluate` gives, or 'tooCostly' (counted as declined) when it would pass `maxWork`. */
  #metered<T>(evaluate: () => T): T | 'tooCostly' {
    try {
      return evaluate();
    } catch (error) {
      if (!(error instanceof ColumnarWorkExceeded)) throw error;
      this.counts.declined += 1;
      this.counts.tooCostly += 1;
      return 'tooCostly';
    }
  }

  /** Drops the image; builds in progress are dropped when they end. */
  close(): void {
    this.#closed = true;
    const taken = this.#taken;
    this.#taken = undefined;
    if (taken) this.#journal.release(taken.mark);
  }
}

/**
 * The stored members of `segmentId` as flags over the image's contact rows: those the view holds while
 * the members' version is the same, else read (in id order, as `markIdRows` reads fastest) and held.
 */
async function memberRows(session: StoreSession, taken: Taken, segmentId: string): Promise<Uint8Array> {
  const version = await session.members.version(segmentId);
  const held = taken.memberRows.get(segmentId);
  taken.memberRows.delete(segmentId);
  const contacts = taken.image.table('contact');
  const rows =
    held?.version === version
      ? held.rows
      : markIdRows(contacts, await session.members.list(segmentId), new Uint8Array(contacts.ids.length));
  taken.memberRows.set(segmentId, { version, rows });
  const most = Math.max(1, Math.floor(memberRowsBytes / Math.max(1, contacts.ids.length)));
  for (const oldest of taken.memberRows.keys()) {
    if (taken.memberRows.size <= most) break;
    taken.memberRows.delete(oldest);
  }
  return rows;
}

function mib(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}
