import { evaluateContact, InMemoryRecords, type Explanation } from '../evaluate/index.ts';
import type { StoredRecord, StoreSession } from '../store/index.ts';
import { EngineError } from './engine-error.ts';
import { segmentOrThrow } from './engine-state.ts';
import type { LoadedSegment } from './live-segment.ts';

/** Why a contact is or is not a member: the evaluator's outcome tree, and what is stored. */
export interface MembershipExplanation {
  readonly segmentId: string;
  readonly contactId: string;
  /** Whether the contact is a stored member now (overrides included). */
  readonly member: boolean;
  /** The manual override that decides, if any. */
  readonly override: 'include' | 'exclude' | null;
  /** The query's verdict with every block, group and condition; absent for static segments. */
  readonly explanation: Explanation | null;
}

/**
 * Explains one contact's membership: loads the records the segment can read around the contact (each
 * access path walked back from the contact) and lets the in-process evaluator give the reason.
 */
export async function explainMembership(
  tx: StoreSession,
  segmentId: string,
  contactId: string,
  now: Date,
): Promise<MembershipExplanation> {
  const segment = await segmentOrThrow(tx, segmentId);
  const contact = await tx.records.get('contact', contactId);
  if (!contact) throw new EngineError('NOT_FOUND', `There is no contact "${contactId}".`);
  const member = await tx.members.has(segmentId, contactId);
  const override = (await tx.overrides.among(segmentId, [contactId])).get(contactId) ?? null;
  const { query, timeZone } = segment.definition;
  if (!query) return { segmentId, contactId, member, override, explanation: null };
  const records = await neighbourhood(tx, segment, contact);
  const memberships = new Map<string, boolean>();
  for (const read of segment.dependencies.segments)
    memberships.set(read, await tx.members.has(read, contactId));
  const explanation = evaluateContact(query, timeZone, contactId, {
    schema: tx.schema(),
    records: new InMemoryRecords(records),
    now,
    isMember: (id) => memberships.get(id) ?? false,
  });
  return { segmentId, contactId, member, override, explanation };
}

/** Every record a segment can reach from one contact, by entity. */
async function neighbourhood(
  tx: StoreSession,
  segment: LoadedSegment,
  contact: StoredRecord,
): Promise<Record<string, StoredRecord[]>> {
  const schema = tx.schema();
  const found = new Map<string, Map<string, StoredRecord>>([['contact', new Map([[contact.id, contact]])]]);
  const keep = (entity: string, records: readonly StoredRecord[]) => {
    const byId = found.get(entity) ?? new Map<string, StoredRecord>();
    for (const record of records) byId.set(record.id, record);
    found.set(entity, byId);
  };
  for (const path of segment.dependencies.paths) {
    let current: StoredRecord[] = [contact];
    // Walk the path backwards: from the contact along each relationship's reverse.
    for (const relationship of [...path.toContact].reverse()) {
      const back = schema.reverseOf(relationship);
      if (back.cardinality === 'manyToOne') {
        const ids = current
          .map((r) => r[back.lookupAttribute])
          .filter((id): id is string => typeof id === 'string');
        current = await tx.records.getMany(back.to, [...new Set(ids)]);
      } else {
        current = await tx.records.findByLookup(
          back.to,
          back.lookupAttribute,
          current.map((r) => r.id),
        );
      }
      keep(back.to, current);
    }
  }
  return Object.fromEntries([...found].map(([entity, byId]) => [entity, [...byId.values()]]));
}
