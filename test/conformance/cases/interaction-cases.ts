import type { ConformanceCase } from '../conformance-case.ts';
import type { Interaction } from '../fixture-types.ts';
import { afterUpTo, contactIds, decimalIs, interactionsOf, textIs } from '../member-filters.ts';
import { and, condition, contactsWhere, or, related } from '../query-json.ts';

const now = '2026-03-10T17:00:00.000Z';
const la = 'America/Los_Angeles';

// Where "the last N days" of occurredon starts (exclusive). In Los Angeles, N days back keeps the
// wall-clock time 10:00, which before the change of 2026-03-08 was 18:00Z, not 17:00Z.
const last7dUtc = '2026-03-03T17:00:00.000Z';
const last7dLa = '2026-03-03T18:00:00.000Z';
const last30dUtc = '2026-02-08T17:00:00.000Z';
const last30dLa = '2026-02-08T18:00:00.000Z';
const last90dUtc = '2025-12-10T17:00:00.000Z';

const opened = (i: Interaction): boolean => i.type === 'EmailOpened';
const since =
  (from: string) =>
  (i: Interaction): boolean =>
    afterUpTo(i.occurredon, from, now);

/** Behaviour: related conditions from a contact to its interactions, with counts and windows. */
export const interactionCases: readonly ConformanceCase[] = [
  {
    name: 'atLeast 3 email opens in the last 30 days matches the most engaged contacts',
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EmailOpened'])), {
        count: { operator: 'atLeast', value: 3 },
        window: { attribute: 'occurredon', last: 30, unit: 'days' },
      }),
    ),
    expected: (d) =>
      contactIds(d, (c) => interactionsOf(d, c).filter((i) => opened(i) && since(last30dUtc)(i)).length >= 3),
  },
  {
    name: 'an email open in the last 7 days matches with the default count of at least one',
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EmailOpened'])), {
        window: { attribute: 'occurredon', last: 7, unit: 'days' },
      }),
    ),
    expected: (d) => contactIds(d, (c) => interactionsOf(d, c).some((i) => opened(i) && since(last7dUtc)(i))),
  },
  {
    name: 'exactly 2 email opens in the last 30 days in UTC counts an open at 17:30Z on February 8',
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EmailOpened'])), {
        count: { operator: 'exactly', value: 2 },
        window: { attribute: 'occurredon', last: 30, unit: 'days' },
      }),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) => interactionsOf(d, c).filter((i) => opened(i) && since(last30dUtc)(i)).length === 2,
      ),
  },
  {
    name: 'exactly 2 email opens in the last 30 days in Los Angeles leaves that open outside the window',
    timeZone: la,
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EmailOpened'])), {
        count: { operator: 'exactly', value: 2 },
        window: { attribute: 'occurredon', last: 30, unit: 'days' },
      }),
    ),
    expected: (d) =>
      contactIds(d, (c) => interactionsOf(d, c).filter((i) => opened(i) && since(last30dLa)(i)).length === 2),
  },
  {
    name: 'atMost 1 email open in the last 90 days includes contacts with none',
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EmailOpened'])), {
        count: { operator: 'atMost', value: 1 },
        window: { attribute: 'occurredon', last: 90, unit: 'days' },
      }),
    ),
    expected: (d) =>
      contactIds(d, (c) => interactionsOf(d, c).filter((i) => opened(i) && since(last90dUtc)(i)).length <= 1),
  },
  {
    name: 'exactly 0 interactions matches contacts who never did anything',
    query: contactsWhere(related('interactions', undefined, { count: { operator: 'exactly', value: 0 } })),
    expected: (d) => contactIds(d, (c) => interactionsOf(d, c).length === 0),
  },
  {
    name: 'exactly 0 email opens in the last 30 days matches contacts whose opens are older or absent',
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EmailOpened'])), {
        count: { operator: 'exactly', value: 0 },
        window: { attribute: 'occurredon', last: 30, unit: 'days' },
      }),
    ),
    expected: (d) =>
      contactIds(d, (c) => !interactionsOf(d, c).some((i) => opened(i) && since(last30dUtc)(i))),
  },
  {
    name: 'type and asset in one related where must hold for the same interaction',
    query: contactsWhere(
      related(
        'interactions',
        and(condition('type', 'equals', ['EmailClicked']), condition('assetid', 'equals', ['em_spring'])),
      ),
    ),
    expected: (d) =>
      contactIds(d, (c) =>
        interactionsOf(d, c).some((i) => i.type === 'EmailClicked' && i.assetid === 'em_spring'),
      ),
  },
  {
    name: 'a click and an interaction with the spring email may be different interactions in two related conditions',
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EmailClicked']))),
      related('interactions', and(condition('assetid', 'equals', ['em_spring']))),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          interactionsOf(d, c).some((i) => i.type === 'EmailClicked') &&
          interactionsOf(d, c).some((i) => textIs(i.assetid, (v) => v === 'em_spring')),
      ),
  },
  {
    name: 'a related condition on the asset ignores its letter case',
    query: contactsWhere(related('interactions', and(condition('assetid', 'equals', ['EM_SPRING'])))),
    expected: (d) =>
      contactIds(d, (c) => interactionsOf(d, c).some((i) => textIs(i.assetid, (v) => v === 'em_spring'))),
  },
  {
    name: 'registered for and checked in at the beer festival, as two related conditions',
    query: contactsWhere(
      related(
        'interactions',
        and(
          condition('type', 'equals', ['EventRegistration']),
          condition('assetid', 'equals', ['ev_beerfest']),
        ),
      ),
      related(
        'interactions',
        and(condition('type', 'equals', ['EventCheckIn']), condition('assetid', 'equals', ['ev_beerfest'])),
      ),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          interactionsOf(d, c).some((i) => i.type === 'EventRegistration' && i.assetid === 'ev_beerfest') &&
          interactionsOf(d, c).some((i) => i.type === 'EventCheckIn' && i.assetid === 'ev_beerfest'),
      ),
  },
  {
    name: 'checked in without registering, with exactly 0 registrations',
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EventCheckIn']))),
      related('interactions', and(condition('type', 'equals', ['EventRegistration'])), {
        count: { operator: 'exactly', value: 0 },
      }),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          interactionsOf(d, c).some((i) => i.type === 'EventCheckIn') &&
          !interactionsOf(d, c).some((i) => i.type === 'EventRegistration'),
      ),
  },
  {
    name: 'an email click in the last 7 days in UTC includes 17:30Z on March 3',
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EmailClicked'])), {
        window: { attribute: 'occurredon', last: 7, unit: 'days' },
      }),
    ),
    expected: (d) =>
      contactIds(d, (c) =>
        interactionsOf(d, c).some((i) => i.type === 'EmailClicked' && since(last7dUtc)(i)),
      ),
  },
  {
    name: 'an email click in the last 7 days in Los Angeles excludes 17:30Z on March 3, before the clocks changed',
    timeZone: la,
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EmailClicked'])), {
        window: { attribute: 'occurredon', last: 7, unit: 'days' },
      }),
    ),
    expected: (d) =>
      contactIds(d, (c) => interactionsOf(d, c).some((i) => i.type === 'EmailClicked' && since(last7dLa)(i))),
  },
  {
    name: 'a window never holds an interaction dated in the future',
    query: contactsWhere(
      related('interactions', and(condition('type', 'equals', ['EventRegistration'])), {
        window: { attribute: 'occurredon', last: 30, unit: 'days' },
      }),
    ),
    expected: (d) =>
      contactIds(d, (c) =>
        interactionsOf(d, c).some((i) => i.type === 'EventRegistration' && since(last30dUtc)(i)),
      ),
  },
  {
    name: 'a window of 2 hours matches any interaction in that time',
    query: contactsWhere(
      related('interactions', undefined, { window: { attribute: 'occurredon', last: 2, unit: 'hours' } }),
    ),
    expected: (d) => contactIds(d, (c) => interactionsOf(d, c).some(since('2026-03-10T15:00:00.000Z'))),
  },
  {
    name: 'without a window an interaction with no time still counts',
    query: contactsWhere(
      related(
        'interactions',
        and(condition('type', 'equals', ['EmailOpened']), condition('assetid', 'equals', ['em_spring'])),
      ),
    ),
    expected: (d) =>
      contactIds(d, (c) =>
        interactionsOf(d, c).some((i) => opened(i) && textIs(i.assetid, (v) => v === 'em_spring')),
      ),
  },
  {
    name: 'an inLast condition inside the where works like a window',
    query: contactsWhere(
      related(
        'interactions',
        and(condition('type', 'equals', ['EmailOpened']), condition('occurredon', 'inLast', [7], 'days')),
      ),
    ),
    expected: (d) => contactIds(d, (c) => interactionsOf(d, c).some((i) => opened(i) && since(last7dUtc)(i))),
  },
  {
    name: 'atLeast 2 opens of the winter email counts only opens of that email',
    query: contactsWhere(
      related(
        'interactions',
        and(condition('type', 'equals', ['EmailOpened']), condition('assetid', 'equals', ['em_winter'])),
        { count: { operator: 'atLeast', value: 2 } },
      ),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) => interactionsOf(d, c).filter((i) => opened(i) && i.assetid === 'em_winter').length >= 2,
      ),
  },
  {
    name: 'an or group inside the where lets either type match, with the asset on the same interaction',
    query: contactsWhere(
      related(
        'interactions',
        and(
          or(condition('type', 'equals', ['EmailOpened']), condition('type', 'equals', ['EmailClicked'])),
          condition('assetid', 'equals', ['em_winter']),
        ),
      ),
    ),
    expected: (d) =>
      contactIds(d, (c) =>
        interactionsOf(d, c).some(
          (i) => (i.type === 'EmailOpened' || i.type === 'EmailClicked') && i.assetid === 'em_winter',
        ),
      ),
  },
  {
    name: 'a url containing 100%_off matches that text literally, not 1000_off',
    query: contactsWhere(related('interactions', and(condition('url', 'contains', ['100%_off'])))),
    expected: (d) =>
      contactIds(d, (c) => interactionsOf(d, c).some((i) => textIs(i.url, (v) => v.includes('100%_off')))),
  },
  {
    name: 'a purchase of value 0.3 matches exactly, type and value on the same interaction',
    query: contactsWhere(
      related(
        'interactions',
        and(condition('type', 'equals', ['Purchase']), condition('value', 'equals', [0.3])),
      ),
    ),
    expected: (d) =>
      contactIds(d, (c) =>
        interactionsOf(d, c).some(
          (i) => i.type === 'Purchase' && decimalIs(i.value, (cmp) => cmp('0.3') === 0),
        ),
      ),
  },
  {
    name: 'purchases between 0.1 and 0.2 count each purchase on its own',
    query: contactsWhere(
      related('interactions', and(condition('value', 'between', [0.1, 0.2])), {
        count: { operator: 'atLeast', value: 2 },
      }),
    ),
    expected: (d) =>
      contactIds(
        d,
        (c) =>
          interactionsOf(d, c).filter((i) => decimalIs(i.value, (cmp) => cmp('0.1') >= 0 && cmp('0.2') <= 0))
            .length >= 2,
      ),
  },
];
