import type { Contact } from './fixture-types.ts';

type Person = Omit<Contact, 'id' | 'firstname' | 'lastname' | 'fullname'>;

/** A contact whose `fullname` is its first and last name joined by a space, as the store computes it. */
export function person(
  id: string,
  firstname: string | null,
  lastname: string | null,
  rest: Person = {},
): Contact {
  const fullname = [firstname, lastname].filter((part) => part !== null).join(' ');
  return { id, firstname, lastname, ...(fullname === '' ? {} : { fullname }), ...rest };
}
