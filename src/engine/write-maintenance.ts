import type { StoreSession, StoredRecord } from '../store/index.ts';
import { cascade } from './cascade.ts';
import { contactsReached } from './contact-reach.ts';
import type { LoadedSegment } from './live-segment.ts';
import type { AccessPath } from './segment-dependencies.ts';

/** One written record: as it was (none for a create) and as it is (none for a delete). */
export interface RecordChange {
  readonly entity: string;
  readonly before?: StoredRecord | undefined;
  readonly after?: StoredRecord | undefined;
}

/**
 * Brings every live segment up to date after some writes, in their transaction: finds the segments that
 * read what changed (the dependency index), the contacts each change can affect along the segment's
 * paths, and re-checks only those, in dependency order.
 */
export async function maintainAfterWrites(
  tx: StoreSession,
  ordered: readonly LoadedSegment[],
  changes: readonly RecordChange[],
  now: Date,
): Promise<Map<string, string[]>> {
  const candidates = new Map<string, Set<string>>();
  const reachCache = new Map<string, Set<string>>();
  const reach = async (path: AccessPath, images: readonly (StoredRecord | undefined)[], key: string) => {
    let found = reachCache.get(key);
    if (!found) {
      found = await contactsReached(tx.db, path, images);
      reachCache.set(key, found);
    }
    return found;
  };

  for (const segment of ordered) {
    if (!segment.definition.query) continue;
    for (const path of segment.dependencies.paths) {
      const relevant = changes.filter((change) => change.entity === path.entity && affects(segment, change));
      if (relevant.length === 0) continue;
      const images = relevant.flatMap((c) => [c.before, c.after]);
      const key = `${pathKey(path)}|${relevant.map((c) => changes.indexOf(c)).join(',')}`;
      const contacts = await reach(path, images, key);
      const set = candidates.get(segment.stored.id) ?? new Set<string>();
      for (const id of contacts) set.add(id);
      candidates.set(segment.stored.id, set);
    }
  }
  return cascade(tx, ordered, candidates, 'data', now);
}

/** Whether a change can matter to a segment: a new or removed record it can reach, or an attribute it reads. */
function affects(segment: LoadedSegment, change: RecordChange): boolean {
  if (!change.before || !change.after) return true;
  const read = segment.dependencies.attributes.get(change.entity);
  if (!read) return false;
  for (const attribute of read) {
    if (!sameValue(change.before[attribute], change.after[attribute])) return true;
  }
  return false;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

function pathKey(path: AccessPath): string {
  return [path.entity, ...path.toContact.map((r) => `${r.from}.${r.name}`)].join('>');
}
