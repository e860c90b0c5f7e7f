import type { Store } from '../store/index.ts';
import { ManualClock } from './clock.ts';
import { Engine } from './engine.ts';

/** Test helpers for the engine: definitions written as users write them, and an engine on a fresh store. */

export const start = '2026-03-10T17:00:00.000Z';

export async function engineOn(
  store: Store,
  clock = new ManualClock(start),
): Promise<{ engine: Engine; clock: ManualClock }> {
  return { engine: await Engine.open(store, { clock }), clock };
}

export const condition = (attribute: string, operator: string, values: unknown[] = [], unit?: string) => ({
  kind: 'condition',
  attribute,
  operator,
  values,
  ...(unit === undefined ? {} : { unit }),
});

export const and = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });

/** A dynamic segment of contacts matching `where`, optionally followed by more blocks. */
export const contactSegment = (name: string, where: unknown, ...more: unknown[]) => ({
  name,
  type: 'dynamic',
  query: { blocks: [{ entity: 'contact', where }, ...more] },
});

export const cityIs = (city: string) => and(condition('address1_city', 'equals', [city]));

/** Contacts with an email opened; more than `atLeast` 1 when given. */
export const openedAnEmail = (atLeast?: number) =>
  and({
    kind: 'related',
    relationship: 'interactions',
    where: and(condition('type', 'equals', ['EmailOpened'])),
    ...(atLeast === undefined ? {} : { count: { operator: 'atLeast', value: atLeast } }),
  });

/** Contacts whose account is in brewing. */
export const worksInBrewing = and({
  kind: 'related',
  relationship: 'parentcustomerid',
  where: and(condition('industrycode', 'equals', ['brewing'])),
});

/**
 * A block that adds no one but makes a segment need its SQL on every re-check: it reaches contacts
 * through their account, which live maintenance does not decide in memory.
 */
export const unionThroughAccounts = {
  combine: 'union',
  entity: 'account',
  where: and(condition('name', 'equals', ['No such account'])),
  traverse: [{ relationship: 'contacts' }],
};

/** The stored member ids of a segment, sorted. */
export async function membersOf(store: Store, segmentId: string): Promise<string[]> {
  return (await store.members.list(segmentId)).sort();
}
