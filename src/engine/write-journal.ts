/**
 * The records this engine writes, by entity and id, kept while someone needs them: a go-live that
 * evaluated its segment at a snapshot (`go-live-snapshot.ts`) re-checks the contacts those writes can
 * reach, so that nothing written during its evaluation is lost. Ids are known before a write starts
 * (the engine gives new records their ids), so a write is in the journal before it can commit.
 *
 * @example
 * const mark = journal.mark();          // before the snapshot
 * …                                     // writes: journal.begin / settle around each
 * journal.since(mark);                  // every write that may have committed after the mark
 * journal.release(mark);
 */
export class WriteJournal {
  #next = 0;
  /** Entries in sequence order, from the oldest that a mark or an unsettled write still needs. */
  readonly #entries: JournalEntry[] = [];
  readonly #marks = new Set<JournalMark>();

  /** Records a write about to start, of the records `ids` of `entity`; `settle` it when it ends. */
  begin(entity: string, ids: readonly string[], kind: JournalKind): JournalEntry {
    const entry: JournalEntry = { seq: this.#next++, entity, ids, kind, settled: false };
    this.#entries.push(entry);
    return entry;
  }

  /** The write ended (committed or not). */
  settle(entry: JournalEntry): void {
    entry.settled = true;
    this.#prune();
  }

  /**
   * A position to read from: every write that has not ended yet, and every later one, is after it.
   * Take it before the snapshot, so that a write that commits after the snapshot is never before it.
   */
  mark(): JournalMark {
    const mark: JournalMark = { seq: this.#entries.find((e) => !e.settled)?.seq ?? this.#next };
    this.#marks.add(mark);
    return mark;
  }

  /** The writes at or after `mark`, settled or not. */
  since(mark: JournalMark): readonly JournalEntry[] {
    return this.#entries.filter((entry) => entry.seq >= mark.seq);
  }

  /** The mark is no longer needed; nor, once no mark or write needs them, are its entries. */
  release(mark: JournalMark): void {
    this.#marks.delete(mark);
    this.#prune();
  }

  #prune(): void {
    let needed = this.#next;
    for (const mark of this.#marks) needed = Math.min(needed, mark.seq);
    let drop = 0;
    for (const entry of this.#entries) {
      if (entry.seq >= needed || !entry.settled) break;
      drop += 1;
    }
    this.#entries.splice(0, drop);
  }
}

/**
 * What a write does: create or change records (`write`), or delete one, which may delete or unlink
 * records of other entities too (the cascade rules), beyond what the journal names.
 */
export type JournalKind = 'write' | 'delete';

/** One write: the records of one entity it creates, changes or deletes. */
export interface JournalEntry {
  readonly seq: number;
  readonly entity: string;
  readonly ids: readonly string[];
  readonly kind: JournalKind;
  settled: boolean;
}

/** A position in the journal, held until released. */
export interface JournalMark {
  readonly seq: number;
}
