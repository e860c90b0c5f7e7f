import { Schema } from '../src/schema/index.ts';
import type { Problem } from '../src/schema/index.ts';
import { parseDefinition } from '../src/definition/index.ts';
import { catalogOf, validateDefinition, type SegmentInfo } from '../src/validate/index.ts';
import {
  and,
  condition,
  contactBlock,
  didRecently,
  dynamic,
  not,
  or,
  related,
  segmentBlock,
  type BenchSegment,
} from './segment-builders.ts';

export { mixedSegments } from './mixed-segments.ts';
export type { BenchSegment } from './segment-builders.ts';

const optedOut = 'bench-opted-out';
const raleigh = 'bench-raleigh';
const sfWine = 'bench-sf-wine';
const ncCraftBeer = 'bench-nc-craft-beer';
const engaged = 'bench-engaged-readers';
const bigSoftware = 'bench-big-software';

/**
 * The representative segments the go-live scenario times, in an order where every segment comes after
 * the segments it reads: profile only, nested OR groups, a firmographic row (contact → account), a
 * traverse from accounts, leads, behaviour in a window, the clock, the seed's two examples, and segment
 * blocks with union, intersect and exclude.
 */
export const representativeSegments: readonly BenchSegment[] = [
  dynamic(raleigh, 'Contacts in Raleigh', [
    contactBlock(and(condition('address1_city', 'equals', ['Raleigh']))),
  ]),
  dynamic(optedOut, 'Opted out of bulk email', [
    contactBlock(
      or(
        condition('donotbulkemail', 'equals', [true]),
        related('interactions', and(condition('type', 'equals', ['EmailUnsubscribed', 'EmailBounced']))),
      ),
    ),
  ]),
  dynamic(
    sfWine,
    'Female wine enthusiasts over 40 in San Francisco',
    [
      contactBlock(
        and(
          condition('address1_city', 'equals', ['San Francisco']),
          condition('gendercode', 'equals', ['female']),
          condition('interests', 'containsAnyOf', ['wine']),
          condition('birthdate', 'olderThan', [40], 'years'),
        ),
      ),
      segmentBlock(optedOut, 'exclude'),
    ],
    'America/Los_Angeles',
  ),
  dynamic(
    ncCraftBeer,
    'Craft beer fans from North Carolina who checked in at an event',
    [
      contactBlock(
        and(
          condition('address1_stateorprovince', 'equals', ['NC']),
          condition('interests', 'containsAnyOf', ['craftbeer']),
          related('interactions', and(condition('type', 'equals', ['EventCheckIn']))),
        ),
      ),
    ],
    'America/New_York',
  ),
  dynamic('bench-nested-or', 'West coast foodies, or east coast families who take email', [
    contactBlock(
      or(
        and(
          condition('address1_city', 'equals', [
            'San Francisco',
            'Los Angeles',
            'Seattle',
            'Portland',
            'San Diego',
          ]),
          condition('interests', 'containsAnyOf', ['cooking', 'wine']),
        ),
        and(
          condition('address1_stateorprovince', 'equals', ['NY', 'MA', 'NC']),
          condition('numberofchildren', 'greaterOrEqual', [2]),
          not(
            or(condition('donotbulkemail', 'equals', [true]), condition('emailaddress1', 'notContainsData')),
          ),
        ),
      ),
    ),
  ]),
  dynamic(bigSoftware, 'People at large software companies', [
    contactBlock(
      and(
        related(
          'parentcustomerid',
          and(
            condition('industrycode', 'equals', ['software']),
            condition('numberofemployees', 'greaterOrEqual', [200]),
          ),
        ),
      ),
    ),
  ]),
  dynamic(engaged, 'Opened at least 3 emails in the last 30 days', [
    contactBlock(and(didRecently('EmailOpened', 3, 30))),
  ]),
  dynamic('bench-brewery-staff', 'Staff of breweries and wineries who take bulk email', [
    {
      entity: 'account',
      where: and(condition('industrycode', 'equals', ['brewing'])),
      traverse: [{ relationship: 'contacts', where: and(condition('donotbulkemail', 'equals', [false])) }],
    },
  ]),
  dynamic('bench-hot-leads', 'Contacts with a hot open lead from the last 90 days', [
    contactBlock(
      and(
        related(
          'leads',
          and(condition('leadqualitycode', 'equals', ['hot']), condition('statecode', 'equals', ['open'])),
          {
            window: { attribute: 'createdon', last: 90, unit: 'days' },
          },
        ),
      ),
    ),
  ]),
  dynamic('bench-birthdays', 'Birthdays in the next 7 days', [
    contactBlock(and(condition('birthdate', 'anniversaryInNext', [7]))),
  ]),
  dynamic('bench-union', 'Raleigh or North Carolina craft beer fans', [
    segmentBlock(raleigh),
    segmentBlock(ncCraftBeer, 'union'),
  ]),
  dynamic('bench-intersect', 'Engaged readers at large software companies', [
    segmentBlock(engaged),
    segmentBlock(bigSoftware, 'intersect'),
  ]),
  dynamic('bench-three-combinations', 'High credit or SF wine, who read email, without the opted out', [
    contactBlock(and(condition('creditlimit', 'greaterOrEqual', [20000]))),
    segmentBlock(sfWine, 'union'),
    contactBlock(
      and(related('interactions', and(condition('type', 'equals', ['EmailOpened', 'EmailClicked'])))),
      'intersect',
    ),
    segmentBlock(optedOut, 'exclude'),
  ]),
];

/**
 * Every problem of `segments` against the built-in schema, each segment validated as the engine would
 * at go-live: the segments before it in the list count as live. Empty when all are valid.
 */
export function segmentProblems(segments: readonly BenchSegment[], schema = Schema.builtin()): Problem[] {
  const live: SegmentInfo[] = [];
  const problems: Problem[] = [];
  for (const segment of segments) {
    const parsed = parseDefinition(segment.definition);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((p) => ({ ...p, path: `${segment.id}: ${p.path}` })));
      continue;
    }
    const found = validateDefinition(parsed.value, { schema, segments: catalogOf(live), selfId: segment.id });
    problems.push(...found.map((p) => ({ ...p, path: `${segment.id}: ${p.path}` })));
    live.push({
      id: segment.id,
      name: parsed.value.name,
      type: parsed.value.type,
      state: 'live',
      ...(parsed.value.query ? { query: parsed.value.query } : {}),
    });
  }
  return problems;
}
