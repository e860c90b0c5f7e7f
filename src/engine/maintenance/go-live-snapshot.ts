import { compileForContacts, compileQuery } from '../../compile/index.ts';
import type { Store, StoreSession } from '../../store/index.ts';
import { contactsReached } from './contact-reach.ts';
import type { LoadedSegment } from '../live-segment.ts';
import type { WriteJournal } from '../write-journal.ts';

/** Contacts per restricted re-check; each list travels as one parameter. */
const contactsPerCheck = 10_000;

/**
 * Runs `write` in a write transaction with the contacts a dynamic segment's query selects, evaluated
 * without holding the event loop (DESIGN.md, "No request holds the server"): the full evaluation runs
 * in a reader at a snapshot (`Store.read`), and the write transaction brings it up to date by
 * re-checking, restricted to them, the contacts that anything committed since can have changed:
 *
 * - the records this engine wrote since the snapshot (`WriteJournal`), each followed along the
 *   segment's access paths to the contacts it reaches, both as the snapshot has it (a deleted
 *   interaction's contact) and as it is now (an interaction moved to another contact);
 * - the members that the segments it reads gained or lost since the snapshot (the event log).
 *
 * Writes by another process cannot be seen that way: `PRAGMA data_version` tells whether any other
 * connection committed since the mark; nor can what a delete's cascade removed or unlinked. Then this
 * answers `'changed'` without calling `write`, for the caller to try again or to evaluate in the
 * write transaction itself. The reading (snapshot
 * held) lasts until the write transaction ends, under the store's time limit.
 */
export async function withSnapshotMatches<T>(
  store: Store,
  journal: WriteJournal,
  segment: LoadedSegment,
  now: Date,
  write: (tx: StoreSession, matched: () => Promise<Set<string>>) => Promise<T | 'changed'>,
): Promise<T | 'changed'> {
  const { query, timeZone } = segment.definition;
  if (!query) throw new Error(`segment ${segment.stored.id} has no query`);
  const mark = journal.mark();
  try {
    const version = await dataVersion(store);
    return await store.read(async (snapshot) => {
      const options = { schema: snapshot.schema(), dialect: snapshot.kind, now, timeZone };
      const lastEvent = await snapshot.events.lastSeq();
      const matched = new Set<string>();
      for (const row of await snapshot.query(compileQuery(query, options))) matched.add(row.id);
      return store.transaction(async (tx) => {
        // A delete's cascade reaches records the journal does not name: evaluate again instead.
        const unseen = journal.since(mark).some((write) => write.kind === 'delete');
        if (unseen || (await dataVersion(tx)) !== version) return 'changed';
        return write(tx, async () => {
          const touched = await touchedContacts(snapshot, tx, segment, journal.since(mark), lastEvent);
          for (const id of touched) matched.delete(id);
          const recheck = compileForContacts(query, options);
          const ids = [...touched];
          for (let i = 0; i < ids.length; i += contactsPerCheck) {
            for (const row of await tx.query(recheck(ids.slice(i, i + contactsPerCheck))))
              matched.add(row.id);
          }
          return matched;
        });
      });
    });
  } finally {
    journal.release(mark);
  }
}

/**
 * The contacts whose membership may differ between the snapshot and now: those the journal's writes
 * reach along the segment's access paths, then and now, and those whose membership changed since in a
 * segment this one reads.
 */
async function touchedContacts(
  snapshot: StoreSession,
  tx: StoreSession,
  segment: LoadedSegment,
  writes: readonly { readonly entity: string; readonly ids: readonly string[] }[],
  lastEvent: number,
): Promise<Set<string>> {
  const touched = new Set<string>();
  const byEntity = new Map<string, Set<string>>();
  for (const { entity, ids } of writes) {
    const known = byEntity.get(entity) ?? new Set<string>();
    for (const id of ids) known.add(id);
    byEntity.set(entity, known);
  }
  // A written contact is re-checked whatever the segment reads of it: it may be new, or gone.
  for (const id of byEntity.get('contact') ?? []) touched.add(id);
  for (const path of segment.dependencies.paths) {
    const ids = byEntity.get(path.entity);
    if (!ids || path.toContact.length === 0) continue;
    for (const session of [snapshot, tx]) {
      const images = await session.records.getMany(path.entity, [...ids]);
      for (const id of await contactsReached(session, path, images)) touched.add(id);
    }
  }
  for (const read of segment.dependencies.segments) {
    for (let after = lastEvent; ;) {
      const events = await tx.events.list({ after, segmentId: read, limit: 10_000 });
      for (const event of events) touched.add(event.contactId);
      const last = events.at(-1);
      if (!last) break;
      after = last.seq;
    }
  }
  return touched;
}

/** The count of commits by other connections, as this session's connection sees it (`PRAGMA data_version`). */
function dataVersion(session: StoreSession): Promise<number> {
  return session.commitVersion();
}
