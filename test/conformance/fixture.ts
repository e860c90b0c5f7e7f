import { accounts, leads } from './fixture-accounts-leads.ts';
import { atlantisContacts } from './fixture-contacts-atlantis.ts';
import { cityContacts } from './fixture-contacts-cities.ts';
import { edgeContacts } from './fixture-contacts-edge.ts';
import { interactions } from './fixture-interactions.ts';
import type { Fixture } from './fixture-types.ts';

export type { Account, Contact, Fixture, Interaction, Lead } from './fixture-types.ts';

/**
 * The clock of every case: a Tuesday, 17:00 UTC, 10:00 in Los Angeles (PDT, UTC−7) two days after the
 * United States moved its clocks forward on 2026-03-08, and already Wednesday 02:00 in Tokyo.
 *
 * Boundaries the cases hard-code follow from it: in UTC today starts at 2026-03-10T00:00Z, in Los
 * Angeles at 2026-03-10T07:00Z; the week (from Monday) starts 2026-03-09; "the last 7 days" of a
 * date-time in Los Angeles starts at 2026-03-03T10:00 PST = 18:00Z, an hour later than in UTC, because
 * a day there keeps its wall-clock time across the change.
 */
export const now = new Date('2026-03-10T17:00:00Z');

/** Contacts, accounts, leads and interactions, as the store keeps them. Insert accounts first. */
export const fixture: Fixture = {
  contact: [...atlantisContacts, ...cityContacts, ...edgeContacts],
  account: accounts,
  lead: leads,
  interaction: interactions,
};

/**
 * The stored members of the segments that segment blocks read. They are kept members, not recomputed:
 * `seg_wine` holds c40, who has no wine interest, and misses c21, who has one.
 */
export const storedSegments: Readonly<Record<string, readonly string[]>> = {
  seg_wine: ['c01', 'c03', 'c08', 'c15', 'c20', 'c40'],
  seg_vip: ['c01', 'c09', 'c11', 'c13', 'c36', 'c48'],
  // The contacts in North Carolina (state "nc" in any case) who allow bulk email: `B exclude C` of the
  // block-order cases, stored so that `A union (B exclude C)` can be written.
  seg_nc_emailable: ['c13', 'c14', 'c15', 'c36'],
  seg_empty: [],
};
