import type { CrmRecord } from '../api/index.ts';

/** A member as `GET /api/segments/{id}/members` lists it: a contact's record. */
export type Member = CrmRecord;

/** A contact's name as a person reads it, falling back to its email, then its id. */
export function displayName(contact: Member): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const parts = [text(contact.firstname), text(contact.lastname)].filter((p) => p !== '');
  return text(contact.fullname) || parts.join(' ') || text(contact.emailaddress1) || contact.id;
}

/**
 * The order of the members list: a logical name, `-` before it for descending (`-emailaddress1`), as
 * the API's `sort=` takes it. The API sorts by a text attribute or by id.
 */
export type MemberSort = string;

/** The order the members list starts in: by full name, A to Z. */
export const defaultMemberSort: MemberSort = 'fullname';
