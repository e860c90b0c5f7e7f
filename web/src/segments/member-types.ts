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

/** The sorts the members list offers (`sort=` of the API), with their labels. */
export const memberSorts = [
  { value: 'fullname', label: 'Name (A to Z)' },
  { value: '-fullname', label: 'Name (Z to A)' },
  { value: 'emailaddress1', label: 'Email (A to Z)' },
  { value: '-emailaddress1', label: 'Email (Z to A)' },
] as const;

/** One of the sorts of `memberSorts`. */
export type MemberSort = (typeof memberSorts)[number]['value'];

/** A manual change of members (`POST /api/segments/{id}/members`), exactly one field. */
export type MemberEdit =
  | { readonly add: readonly string[] }
  | { readonly remove: readonly string[] }
  | { readonly addByQuery: unknown }
  | { readonly include: readonly string[] }
  | { readonly exclude: readonly string[] };
