import type { ConformanceCase } from '../conformance-case.ts';
import { storedSegments } from '../fixture.ts';
import type { Fixture } from '../fixture-types.ts';
import { contactIds, everyone, has, intersect, minus, textIs, union } from '../member-filters.ts';
import { condition, contactBlock } from '../query-json.ts';

const stored = (segment: string): string[] => [...(storedSegments[segment] ?? [])];
const inAtlantis = (d: Fixture): string[] =>
  contactIds(d, (c) => textIs(c.address1_city, (v) => v === 'atlantis'));
const likesWine = (d: Fixture): string[] =>
  contactIds(d, (c) => has(c.interests) && c.interests.includes('wine'));

const atlantis = condition('address1_city', 'equals', ['Atlantis']);
const wine = condition('interests', 'containsAnyOf', ['wine']);

/** Segment blocks: the stored members of another segment, combined like any block. */
export const segmentBlockCases: readonly ConformanceCase[] = [
  {
    name: 'a segment block as the first block reads the stored members, even one with no data',
    query: { blocks: [{ segment: 'seg_vip' }] },
    expected: () => stored('seg_vip'),
  },
  {
    name: 'union with a segment adds its stored members',
    query: { blocks: [contactBlock(undefined, atlantis), { combine: 'union', segment: 'seg_wine' }] },
    expected: (d) => union(inAtlantis(d), stored('seg_wine')),
  },
  {
    name: 'intersect with a segment keeps wine lovers who are stored members',
    query: { blocks: [contactBlock(undefined, wine), { combine: 'intersect', segment: 'seg_wine' }] },
    expected: (d) => intersect(likesWine(d), stored('seg_wine')),
  },
  {
    name: 'exclude a segment from every contact removes its members',
    query: { blocks: [{ entity: 'contact' }, { combine: 'exclude', segment: 'seg_vip' }] },
    expected: (d) => minus(everyone(d), stored('seg_vip')),
  },
  {
    name: 'a segment block reads stored members, not the rule they once came from',
    query: { blocks: [{ segment: 'seg_wine' }, contactBlock('exclude', wine)] },
    expected: (d) => minus(stored('seg_wine'), likesWine(d)),
  },
  {
    name: 'a segment intersected with another segment keeps their common members',
    query: { blocks: [{ segment: 'seg_vip' }, { combine: 'intersect', segment: 'seg_wine' }] },
    expected: () => intersect(stored('seg_vip'), stored('seg_wine')),
  },
  {
    name: 'a segment excluding another segment keeps the members only it has',
    query: { blocks: [{ segment: 'seg_vip' }, { combine: 'exclude', segment: 'seg_wine' }] },
    expected: () => minus(stored('seg_vip'), stored('seg_wine')),
  },
  {
    name: 'segments joined by union read as one: the members of either',
    query: { blocks: [{ segment: 'seg_vip' }, { combine: 'union', segment: 'seg_wine' }] },
    expected: () => union(stored('seg_vip'), stored('seg_wine')),
  },
  {
    name: 'a union of three segments, one of them empty, then narrowed to Atlantis',
    query: {
      blocks: [
        { segment: 'seg_vip' },
        { combine: 'union', segment: 'seg_empty' },
        { combine: 'union', segment: 'seg_wine' },
        contactBlock('intersect', atlantis),
      ],
    },
    expected: (d) => intersect(union(stored('seg_vip'), stored('seg_wine')), inAtlantis(d)),
  },
  {
    name: 'a union of segments, then a segment excluded, then a segment added back',
    query: {
      blocks: [
        { segment: 'seg_vip' },
        { combine: 'union', segment: 'seg_wine' },
        { combine: 'exclude', segment: 'seg_vip' },
        { combine: 'union', segment: 'seg_nc_emailable' },
      ],
    },
    expected: () =>
      union(
        minus(union(stored('seg_vip'), stored('seg_wine')), stored('seg_vip')),
        stored('seg_nc_emailable'),
      ),
  },
  {
    // seg_nc_emailable holds "North Carolina exclude refuses bulk email" (checked by the runner).
    name: 'A union a stored (B exclude C) segment keeps the Atlantis contact who refuses bulk email',
    query: { blocks: [contactBlock(undefined, atlantis), { combine: 'union', segment: 'seg_nc_emailable' }] },
    expected: (d) => union(inAtlantis(d), stored('seg_nc_emailable')),
  },
  {
    name: 'intersect with a segment that has no members leaves no one',
    query: { blocks: [contactBlock(undefined, atlantis), { combine: 'intersect', segment: 'seg_empty' }] },
    expected: () => [],
  },
  {
    name: 'exclude a segment that has no members changes nothing',
    query: { blocks: [contactBlock(undefined, atlantis), { combine: 'exclude', segment: 'seg_empty' }] },
    expected: (d) => inAtlantis(d),
  },
];
