import type { CrmRecord } from '../api/index.ts';

/** A member as `GET /api/segments/{id}/members` lists it: a contact. */
export interface Member extends CrmRecord {
  readonly fullname?: string | null;
  readonly firstname?: string | null;
  readonly lastname?: string | null;
  readonly emailaddress1?: string | null;
}

/** A contact's name as a person reads it, falling back to its email, then its id. */
export function displayName(contact: Member): string {
  const parts = [contact.firstname, contact.lastname].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  return contact.fullname || parts.join(' ') || contact.emailaddress1 || contact.id;
}

/**
 * The order of the members list: a logical name, `-` before it for descending (`-emailaddress1`), as
 * the API's `sort=` takes it. The API sorts by a text attribute or by id.
 */
export type MemberSort = string;

/** The order the members list starts in: by full name, A to Z. */
export const defaultMemberSort: MemberSort = 'fullname';

/**
 * A manual change of members (`POST /api/segments/{id}/members`), exactly one field: static segments
 * add and remove (ids, or a query run once); dynamic ones include, exclude, or clear back to the query.
 */
export type MemberEdit =
  | { readonly add: readonly string[] }
  | { readonly remove: readonly string[] }
  | { readonly addByQuery: unknown }
  | { readonly removeByQuery: unknown }
  | { readonly include: readonly string[] }
  | { readonly exclude: readonly string[] }
  | { readonly clear: readonly string[] };
