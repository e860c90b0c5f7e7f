import type { ChangeCause, PreparedRead, StoreSession } from '../../store/index.ts';
import type { LoadedSegment } from '../live-segment.ts';
import type { RelationshipDef } from '../../schema/schema-types.ts';
import { contactsWithRelatedInMemory, inMemoryPlan } from './in-memory-membership.ts';
import { recheck } from './membership-check.ts';
import { MaintenancePass } from './maintenance-pass.ts';
import { PassRecords } from './pass-records.ts';

/**
 * Re-checks the candidate contacts of each segment in dependency order; a segment that reads another
 * also re-checks every contact whose membership there just changed. Returns the changes per segment.
 *
 * @param candidates contacts to re-check, per segment id
 * @param changed membership already changed before the cascade (a manual change), per segment id
 * @param records records the pass already holds (the write's own), read once for every segment
 */
export async function cascade(
  tx: StoreSession,
  ordered: readonly LoadedSegment[],
  candidates: ReadonlyMap<string, ReadonlySet<string>>,
  cause: ChangeCause,
  now: Date,
  changed: ReadonlyMap<string, readonly string[]> = new Map(),
  records = new PassRecords(),
): Promise<Map<string, string[]>> {
  const changes = new Map<string, string[]>();
  const pass = new MaintenancePass(cause, now, records);
  for (const [id, ids] of changed) changes.set(id, [...ids]);
  await preloadFirstWave(tx, pass, ordered, candidates);
  for (const segment of ordered) {
    let ids = candidates.get(segment.stored.id);
    if (segment.dependencies.segments.size > 0) {
      const widened = new Set(ids);
      for (const read of segment.dependencies.segments)
        for (const id of changes.get(read) ?? []) widened.add(id);
      ids = widened;
    }
    if (!ids || ids.size === 0) continue;
    const moved = await recheck(tx, segment, ids, cause, now, pass);
    if (moved.length > 0)
      changes.set(segment.stored.id, [...(changes.get(segment.stored.id) ?? []), ...moved]);
  }
  await pass.pending.flush(tx, true);
  return changes;
}

/**
 * Reads the first wave's memberships in one statement (every candidate in every segment re-checked or
 * read) when the segments share their candidates, as after a write; when they do not, as after a
 * clock tick, the cross product would probe far more pairs than are needed, and each re-check reads
 * its own instead. The segments downstream of the first wave (those that read a segment it re-checks,
 * and so on) are read for the same contacts: a contact whose membership changes is re-checked there
 * next, and its memberships would otherwise cost a round trip of their own.
 */
async function preloadFirstWave(
  tx: StoreSession,
  pass: MaintenancePass,
  ordered: readonly LoadedSegment[],
  candidates: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<void> {
  const contacts = new Set<string>();
  const segments = new Set<string>();
  let needed = 0;
  for (const segment of ordered) {
    const ids = candidates.get(segment.stored.id);
    if (!ids || ids.size === 0) continue;
    const read = [segment.stored.id, ...segment.dependencies.segments];
    for (const id of ids) contacts.add(id);
    for (const segmentId of read) segments.add(segmentId);
    needed += ids.size * read.length;
  }
  if (needed === 0) return;
  const downstream = downstreamOf(ordered, (segment) => (candidates.get(segment.stored.id)?.size ?? 0) > 0);
  for (const segment of downstream) {
    const read = [segment.stored.id, ...segment.dependencies.segments];
    for (const segmentId of read) segments.add(segmentId);
    needed += contacts.size * read.length;
  }
  if (contacts.size * segments.size > 2 * needed) return;
  // The memberships and the records the segments are decided from: one round trip on PostgreSQL.
  const reads = [
    pass.snapshot.loadRead(tx, contacts, segments),
    ...recordsAhead(tx, ordered, candidates, pass.records, downstream),
  ];
  await tx.readTogether(reads.filter((read) => read !== undefined));
}

/**
 * The segments a first wave (the segments `inFirstWave` picks) can reach, in `ordered`'s (dependency)
 * order: each reads a segment of the first wave or one already reached. Such a segment re-checks,
 * beside its own candidates, any contact whose membership changed upstream: any of the first wave's.
 */
export function downstreamOf(
  ordered: readonly LoadedSegment[],
  inFirstWave: (segment: LoadedSegment) => boolean,
): LoadedSegment[] {
  const reached = new Set<string>();
  const downstream: LoadedSegment[] = [];
  for (const segment of ordered) {
    const readsReached = [...segment.dependencies.segments].some((read) => reached.has(read));
    if (readsReached) downstream.push(segment);
    if (readsReached || inFirstWave(segment)) reached.add(segment.stored.id);
  }
  return downstream;
}

/**
 * The reads of records that the first wave's segments decided in memory will make
 * (`loadForPlan`), to be made beside the memberships: their candidate contacts, the records those
 * contacts point to when the pass already holds the contacts (a written contact), and the records that
 * point to the contacts (their interactions). Made for a write's few contacts only.
 */
function recordsAhead(
  tx: StoreSession,
  ordered: readonly LoadedSegment[],
  candidates: ReadonlyMap<string, ReadonlySet<string>>,
  records: PassRecords,
  downstream: readonly LoadedSegment[],
): (PreparedRead<unknown> | undefined)[] {
  const contacts = new Set<string>();
  const relationships = new Map<string, RelationshipDef>();
  for (const segment of ordered) {
    const ids = candidates.get(segment.stored.id);
    const plan = ids && ids.size > 0 ? inMemoryPlan(segment, tx.schema()) : undefined;
    if (!ids || !plan) continue;
    for (const id of ids) contacts.add(id);
    for (const relationship of plan.relationships) relationships.set(relationship.name, relationship);
  }
  // What a downstream segment decided in memory reads of the same contacts, should one reach it.
  for (const segment of downstream) {
    const plan = contacts.size > 0 ? inMemoryPlan(segment, tx.schema()) : undefined;
    for (const relationship of plan?.relationships ?? []) relationships.set(relationship.name, relationship);
  }
  if (contacts.size === 0 || contacts.size > contactsWithRelatedInMemory) return [];
  const ids = [...contacts];
  // Decided before the contacts' own read is prepared, which counts them as known from then on.
  const held = ids.every((id) => records.has('contact', id));
  const reads = [records.loadRead(tx, 'contact', ids)];
  for (const relationship of relationships.values()) {
    if (relationship.cardinality === 'oneToMany') {
      reads.push(records.loadReferencingRead(tx, relationship, ids));
    } else if (held) {
      const targets = new Set<string>();
      for (const id of ids) {
        const target = records.record('contact', id)?.[relationship.lookupAttribute];
        if (typeof target === 'string') targets.add(target);
      }
      reads.push(records.loadRead(tx, relationship.to, targets));
    }
  }
  return reads;
}
