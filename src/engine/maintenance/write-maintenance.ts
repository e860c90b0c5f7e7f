import type { StoreSession, StoredRecord } from '../../store/index.ts';
import { cascade } from './cascade.ts';
import { contactsReached } from './contact-reach.ts';
import type { LoadedSegment } from '../live-segment.ts';
import { PassRecords } from './pass-records.ts';
import type { AccessPath } from './segment-dependencies.ts';
import { leavesTestsUnchanged } from './unchanged-tests.ts';

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
  // What each change touched, worked out once for every segment: a write is checked against 100s of them.
  const touched = changes.map((change) => ({ change, attributes: changedAttributes(change) }));
  const entities = new Set(changes.map((change) => change.entity));
  // The written records as they now are: the pass decides segments in memory from them without reading them again.
  const records = new PassRecords();
  for (const change of changes) {
    if (change.after && !change.before) records.rememberCreated(change.entity, change.after);
    else if (change.after) records.remember(change.entity, change.after);
    else if (change.before) records.forget(change.entity, change.before.id);
  }
  const schema = tx.schema();
  const candidates = new Map<string, ReadonlySet<string>>();
  const reachCache = new Map<string, Set<string>>();

  for (const segment of ordered) {
    if (!segment.definition.query) continue;
    for (const path of segment.dependencies.paths) {
      if (!entities.has(path.entity)) continue;
      const read = segment.dependencies.attributes.get(path.entity);
      const relevant: number[] = [];
      for (let index = 0; index < touched.length; index++) {
        const { change, attributes } = touched[index] ?? { change: undefined, attributes: 'all' };
        if (change?.entity !== path.entity || !affects(read, attributes)) continue;
        // An update whose record answers the segment's tests as before moves no contact through it.
        const { before, after } = change;
        if (
          before &&
          after &&
          attributes !== 'all' &&
          leavesTestsUnchanged(segment, path, before, after, attributes, schema, now)
        )
          continue;
        relevant.push(index);
      }
      if (relevant.length === 0) continue;
      const key = `${pathKey(path)}|${relevant.join(',')}`;
      let contacts = reachCache.get(key);
      if (!contacts) {
        const images = relevant.flatMap((i) => [changes[i]?.before, changes[i]?.after]);
        const [first, ...rest] = path.toContact;
        // One step back to contacts (an account's): read the contacts for the in-memory evaluator, with
        // what any live segment tests on a contact and nothing more.
        contacts =
          first?.cardinality === 'oneToMany' && first.lookupEntity === 'contact' && rest.length === 0
            ? await records.loadHolders(tx, first, imageIds(images), contactAttributesRead(ordered))
            : await contactsReached(tx, path, images);
        reachCache.set(key, contacts);
      }
      const soFar = candidates.get(segment.stored.id);
      // Sets from the cache are shared between segments and only ever read; a second path makes a new one.
      candidates.set(segment.stored.id, soFar ? new Set([...soFar, ...contacts]) : contacts);
    }
  }
  return cascade(tx, ordered, candidates, 'data', now, new Map(), records);
}

const contactAttributes = new WeakMap<readonly LoadedSegment[], ReadonlySet<string>>();

/**
 * Every contact attribute that one of `ordered` reads, lookups it follows included: all a pass's
 * evaluation of a contact can ask of it, whichever of these segments the cascade reaches. Kept per
 * list, which the registry makes again whenever a segment goes live, changes or stops.
 */
function contactAttributesRead(ordered: readonly LoadedSegment[]): ReadonlySet<string> {
  let read = contactAttributes.get(ordered);
  if (!read) {
    const names = new Set<string>();
    for (const segment of ordered)
      for (const name of segment.dependencies.attributes.get('contact') ?? []) names.add(name);
    read = names;
    contactAttributes.set(ordered, read);
  }
  return read;
}

function imageIds(images: readonly (StoredRecord | undefined)[]): Set<string> {
  const ids = new Set<string>();
  for (const image of images) if (image) ids.add(image.id);
  return ids;
}

/** The attributes an update changed, or every attribute for a create or a delete. */
function changedAttributes(change: RecordChange): ReadonlySet<string> | 'all' {
  const { before, after } = change;
  if (!before || !after) return 'all';
  const changed = new Set<string>();
  for (const attribute of Object.keys(after)) {
    if (!sameValue(before[attribute], after[attribute])) changed.add(attribute);
  }
  return changed;
}

/** Whether a change can matter to a segment: a new or removed record it can reach, or an attribute it reads. */
function affects(read: ReadonlySet<string> | undefined, changed: ReadonlySet<string> | 'all'): boolean {
  if (changed === 'all') return true;
  if (!read) return false;
  for (const attribute of changed) if (read.has(attribute)) return true;
  return false;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

const pathKeys = new WeakMap<AccessPath, string>();

function pathKey(path: AccessPath): string {
  let key = pathKeys.get(path);
  if (key === undefined) {
    key = [path.entity, ...path.toContact.map((r) => `${r.from}.${r.name}`)].join('>');
    pathKeys.set(path, key);
  }
  return key;
}
