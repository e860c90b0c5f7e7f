import type { SegmentState, StoredSegment, StoredSegmentType, StoreSession } from '../store/index.ts';

/** How a contact came to be a member: by the query, added to a static list, or included by hand. */
export type MembershipSource = 'query' | 'added' | 'included';

/** A segment a contact is a member of, and how. */
export interface ContactSegment {
  readonly id: string;
  readonly name: string;
  readonly state: SegmentState;
  readonly type: StoredSegmentType;
  readonly source: MembershipSource;
}

function sourceOf(segment: StoredSegment, override: string | undefined): MembershipSource {
  if (segment.type === 'static') return 'added';
  return override === 'include' ? 'included' : 'query';
}

/**
 * The segments a contact is a stored member of (live, and stopped ones that kept their members),
 * sorted by name, each with how the contact came to be in it; undefined when there is no such contact.
 */
export async function contactSegments(
  session: StoreSession,
  contactId: string,
): Promise<ContactSegment[] | undefined> {
  const contact = await session.records.get('contact', contactId);
  if (!contact) return undefined;
  const segmentIds = await session.members.segmentsOf(contact.id);
  const overrides = (await session.overrides.forContacts([contact.id])).get(contact.id);
  const items: ContactSegment[] = [];
  for (const segmentId of segmentIds) {
    const segment = await session.segments.get(segmentId);
    // A segment deleted between the two reads has no members left to show.
    if (!segment) continue;
    items.push({
      id: segment.id,
      name: segment.name,
      state: segment.state,
      type: segment.type,
      source: sourceOf(segment, overrides?.get(segment.id)),
    });
  }
  items.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return items;
}
