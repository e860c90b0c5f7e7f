import type { OverrideMode, StoreSession } from '../store/index.ts';

/**
 * What live maintenance knows about the contacts it re-checks: the segments each is a member of and
 * its overrides, read once for all segments (one query per write instead of several per segment)
 * and kept up to date as the pass changes membership.
 */
export class MembershipSnapshot {
  readonly #members = new Map<string, Set<string>>();
  readonly #overrides = new Map<string, Map<string, OverrideMode>>();
  readonly #loaded = new Set<string>();

  /** Reads the memberships and overrides of the contacts not read yet. */
  async load(tx: StoreSession, contactIds: Iterable<string>): Promise<void> {
    const missing = [...contactIds].filter((id) => !this.#loaded.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.#loaded.add(id);
    const { members, overrides } = await tx.members.membershipsOf(missing);
    for (const [id, segments] of members) this.#members.set(id, segments);
    for (const [id, modes] of overrides) this.#overrides.set(id, modes);
  }

  isMember(segmentId: string, contactId: string): boolean {
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
