import type { Account, Contact, Fixture, Interaction, Lead } from './fixture-types.ts';

/**
 * Small, obviously correct pieces for the expected-member filters. None of them comes from src/: the
 * table is an independent statement of SEGMENTS.md.
 */

/** The ids of records, the shape every `expected` returns. */
export const ids = (records: readonly { readonly id: string }[]): string[] => records.map((r) => r.id);

/** True when a value is present (neither null nor absent). */
export const has = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** A present text value, compared in lower case; false on a missing value (two-valued logic). */
export const textIs = (value: string | null | undefined, test: (lower: string) => boolean): boolean =>
  has(value) && test(value.toLowerCase());

/** Exact comparison of two decimal texts ("0.3", "-50.5"), negative/zero/positive like `a - b`. */
export function compareDecimal(a: string, b: string): number {
  const scaled = (text: string): bigint => {
    const negative = text.startsWith('-');
    const [whole = '0', fraction = ''] = text.replace(/^[-+]/, '').split('.');
    const digits = BigInt(whole + fraction.padEnd(12, '0'));
    return negative ? -digits : digits;
  };
  const difference = scaled(a) - scaled(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** A present decimal value for which `test` holds of its comparison with each of `bounds`. */
export const decimalIs = (
  value: string | null | undefined,
  test: (compare: (bound: string) => number) => boolean,
): boolean => has(value) && test((bound) => compareDecimal(value, bound));

/** A present date or instant text in the half-open range [from, to); ISO text sorts as time does. */
export const within = (
  value: string | null | undefined,
  from: string | undefined,
  to: string | undefined,
): boolean => has(value) && (from === undefined || value >= from) && (to === undefined || value < to);

/** The month and day of a `YYYY-MM-DD` date, `MM-DD`. */
export const monthDay = (date: string): string => date.slice(5);

/** The contacts that `test` holds for, as ids. */
export const contactIds = (data: Fixture, test: (contact: Contact) => boolean): string[] =>
  ids(data.contact.filter(test));

/** Every contact id. */
export const everyone = (data: Fixture): string[] => ids(data.contact);

/** The account of a contact, if it has one. */
export const accountOf = (data: Fixture, contact: Contact): Account | undefined =>
  has(contact.parentcustomerid) ? data.account.find((a) => a.id === contact.parentcustomerid) : undefined;

/** The contacts of an account. */
export const contactsOf = (data: Fixture, account: Account): Contact[] =>
  data.contact.filter((c) => c.parentcustomerid === account.id);

/** The interactions of a contact. */
export const interactionsOf = (data: Fixture, contact: Contact): Interaction[] =>
  data.interaction.filter((i) => i.contactid === contact.id);

/** The leads tied to a contact. */
export const leadsOf = (data: Fixture, contact: Contact): Lead[] =>
  data.lead.filter((l) => l.parentcontactid === contact.id);

/** Set operations on id lists, in the order of the left operand. */
export const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
export const intersect = (a: readonly string[], b: readonly string[]): string[] =>
  a.filter((id) => b.includes(id));
export const minus = (a: readonly string[], b: readonly string[]): string[] =>
  a.filter((id) => !b.includes(id));

/** A present instant in the sliding range (from, to]: after `from`, up to and including `to`. */
export const afterUpTo = (value: string | null | undefined, from: string, to: string): boolean =>
  has(value) && value > from && value <= to;
