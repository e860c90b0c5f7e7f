import { useQuery } from '@tanstack/react-query';
import type { ApiClient, Segment, SegmentState } from '../api/index.ts';
import { useApi } from '../session/index.ts';

/** How a marketer sorts segments out: a compound segment is a dynamic one that reads other segments. */
export type SegmentKind = 'dynamic' | 'static' | 'compound';

/** The columns the Segments list sorts by. */
export type SegmentSortKey = 'name' | 'kind' | 'state' | 'memberCount' | 'updatedAt';

/** Which segments the Segments list shows: the search text and the state and kind filters. */
export interface SegmentFilter {
  readonly search: string;
  readonly state: SegmentState | 'all';
  readonly kind: SegmentKind | 'all';
}

/** The ids of the segments a segment's query reads through segment blocks. */
export function segmentsRead(segment: Segment): readonly string[] {
  const blocks = segment.definition.query?.blocks ?? [];
  return blocks.flatMap((block) => ('segment' in block ? [block.segment] : []));
}

/** Dynamic, static, or compound when a dynamic segment reads another segment. */
export function segmentKind(segment: Segment): SegmentKind {
  if (segment.type === 'static') return 'static';
  return segmentsRead(segment).length > 0 ? 'compound' : 'dynamic';
}

/**
 * The segments that use each segment (its dependants), by id: every segment whose query reads it,
 * whatever its state (the server refuses to stop one while a *live* dependant reads it).
 */
export function dependantsById(segments: readonly Segment[]): ReadonlyMap<string, readonly Segment[]> {
  const users = new Map<string, Segment[]>();
  for (const segment of segments) {
    for (const id of new Set(segmentsRead(segment))) {
      users.set(id, [...(users.get(id) ?? []), segment]);
    }
  }
  return users;
}

const kindOrder = { dynamic: 0, static: 1, compound: 2 } satisfies Record<SegmentKind, number>;
const stateOrder = { draft: 0, live: 1, stopped: 2 } satisfies Record<SegmentState, number>;

/**
 * Orders two segments by one column, ascending: names A–Z whatever their case, types and states in the
 * order the filters list them, members fewest first, the least recently updated first.
 */
export function compareSegments(a: Segment, b: Segment, key: SegmentSortKey): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
    case 'kind':
      return kindOrder[segmentKind(a)] - kindOrder[segmentKind(b)];
    case 'state':
      return stateOrder[a.state] - stateOrder[b.state];
    case 'memberCount':
      return a.memberCount - b.memberCount;
    case 'updatedAt':
      return a.updatedAt.localeCompare(b.updatedAt);
  }
}

/**
 * The segments `filter` lets through: those whose name contains its search (in any case), in its
 * state and of its kind, by name, so that a sort by another column keeps them by name where it ties.
 */
export function filterSegments(segments: readonly Segment[], filter: SegmentFilter): Segment[] {
  const search = filter.search.trim().toLocaleLowerCase();
  return segments
    .filter((s) => search === '' || s.name.toLocaleLowerCase().includes(search))
    .filter((s) => filter.state === 'all' || s.state === filter.state)
    .filter((s) => filter.kind === 'all' || segmentKind(s) === filter.kind)
    .sort((a, b) => compareSegments(a, b, 'name'));
}

/** Every segment, following the API's cursor through all its pages (1,000 at a time). */
export async function allSegments(api: ApiClient): Promise<Segment[]> {
  const all: Segment[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get('/api/segments', { params: { query: { limit: 1000, cursor } } });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return all;
}

/** Every segment (`GET /api/segments`, all pages), shared by the pages that list segments. */
export function useAllSegments() {
  const api = useApi();
  return useQuery({ queryKey: ['segments', 'all'], queryFn: () => allSegments(api) });
}
