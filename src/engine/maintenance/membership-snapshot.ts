import {
  mapRead,
  type ContactMemberships,
  type OverrideMode,
  type PreparedRead,
  type StoreSession,
} from '../../store/index.ts';

/**
 * What live maintenance knows about the contacts it re-checks: their membership in the segments a
 * pass re-checks or reads, and their overrides, read in as few queries as it can (the pass loads
 * every first-wave segment's candidates at once) and kept up to date as the pass changes membership.
 * Members are stored by segment then contact, so a load probes each segment named for each contact.
 */
export class MembershipSnapshot {
  readonly #members = new Map<string, Set<string>>();
  readonly #overrides = new Map<string, Map<string, OverrideMode>>();
  /** Contacts whose overrides are read. */
  readonly #overridesRead = new Set<string>();
  /** Per segment, the contacts whose membership in it is read. */
  readonly #read = new Map<string, Set<string>>();
  /** Contacts created by the pass's writes: in no segment and without overrides until the pass says so. */
  readonly #created: ReadonlySet<string>;

  constructor(created: ReadonlySet<string> = new Set()) {
    this.#created = created;
  }

  /** Reads the membership of `contactIds` in `segmentIds`, and their overrides, where not read yet. */
  async load(tx: StoreSession, contactIds: Iterable<string>, segmentIds: Iterable<string>): Promise<void> {
    const read = this.loadRead(tx, contactIds, segmentIds);
    if (read) await tx.readTogether([read]);
  }

  /** `load` as a read to run with others, or undefined when everything asked is read already. */
  loadRead(
    tx: StoreSession,
    contactIds: Iterable<string>,
    segmentIds: Iterable<string>,
  ): PreparedRead<void> | undefined {
    const ids = [...new Set(contactIds)].filter((id) => !this.#created.has(id));
    const segments: string[] = [];
    const missing = new Set<string>(ids.filter((id) => !this.#overridesRead.has(id)));
    /** Per segment, the contacts whose membership in it this load reads. */
    const unreadIn = new Map<string, Set<string>>();
    for (const segmentId of new Set(segmentIds)) {
      const read = this.#read.get(segmentId);
      const unread = read ? ids.filter((id) => !read.has(id)) : ids;
      if (unread.length === 0) continue;
      segments.push(segmentId);
      unreadIn.set(segmentId, new Set(unread));
      for (const id of unread) missing.add(id);
    }
    if (missing.size === 0) return undefined;
    return mapRead(tx.members.membershipsRead([...missing], segments), (read) => {
      this.#keep(read, segments, missing, unreadIn);
    });
  }

  #keep(
    { members, overrides }: ContactMemberships,
    segments: readonly string[],
    missing: ReadonlySet<string>,
    unreadIn: ReadonlyMap<string, ReadonlySet<string>>,
  ): void {
    for (const segmentId of segments) {
      const read = this.#read.get(segmentId) ?? new Set<string>();
      for (const id of missing) read.add(id);
      this.#read.set(segmentId, read);
    }
    for (const id of missing) {
      if (this.#overridesRead.has(id)) continue;
      this.#overridesRead.add(id);
      const modes = overrides.get(id);
      if (modes) this.#overrides.set(id, modes);
    }
    // The query reads every missing contact in every listed segment; only what was unread is taken
    // from it. What was read before may have been changed by this pass (`apply`) and not written yet:
    // the database's row would bring back a member the pass removed.
    for (const [id, found] of members) {
      const known = this.#members.get(id) ?? new Set<string>();
      for (const segmentId of found) if (unreadIn.get(segmentId)?.has(id)) known.add(segmentId);
      this.#members.set(id, known);
    }
  }

  /** Whether the contact is a member; its membership in the segment must have been loaded. */
  isMember(segmentId: string, contactId: string): boolean {
    if (!this.#read.get(segmentId)?.has(contactId) && !this.#created.has(contactId))
      throw new Error(`membership of ${contactId} in ${segmentId} was not loaded for this pass`);
    return this.#members.get(contactId)?.has(segmentId) ?? false;
  }

  override(segmentId: string, contactId: string): OverrideMode | undefined {
    return this.#overrides.get(contactId)?.get(segmentId);
  }

  /** Records a change this pass wrote. */
  apply(segmentId: string, join: readonly string[], leave: readonly string[]): void {
    for (const id of join) {
      const segments = this.#members.get(id) ?? new Set<string>();
      segments.add(segmentId);
      this.#members.set(id, segments);
    }
    for (const id of leave) this.#members.get(id)?.delete(segmentId);
  }
}
