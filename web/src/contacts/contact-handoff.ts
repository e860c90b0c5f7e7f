import type { QueryClient } from '@tanstack/react-query';
import type { CrmRecord } from '../api/index.ts';
import { handOverNotice } from '../shell/index.ts';

/** A record's attribute as text ('' when it has none). */
const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Save & Close of a contact: tells the Contacts list what was saved ("Contact created: Grace Hopper",
 * with **Open** going to it) and answers the list's address, searched to the contact by its full
 * name, else its email, so that it does not vanish into an A–Z list of thousands.
 */
export function handOverSavedContact(
  client: QueryClient,
  contact: CrmRecord,
  done: 'created' | 'saved',
): string {
  const name = textOf(contact.fullname) || textOf(contact.emailaddress1);
  handOverNotice(client, '/contacts', {
    text: `Contact ${done}: ${name === '' ? '(no name)' : name}`,
    href: `/contacts/${encodeURIComponent(contact.id)}`,
  });
  return name === '' ? '/contacts' : `/contacts?search=${encodeURIComponent(name)}`;
}
