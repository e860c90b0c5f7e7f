import { useQuery } from '@tanstack/react-query';
import type { ApiClient, Segment, SegmentState } from '../api/index.ts';
import { useApi } from '../session/index.ts';

/** How a marketer sorts segments out: a compound segment is a dynamic one that reads other segments. */
export type SegmentKind = 'dynamic' | 'static' | 'compound';

/** The columns the Segments list sorts by. */
export type SegmentSortKey = 'name' | 'kind' | 'state' | 'memberCount' | 'updatedAt';

/** What the Segments list shows: search text, state and kind filters, and the sort. */
export interface SegmentListView {
  readonly search: string;
  readonly state: SegmentState | 'all';
  readonly kind: SegmentKind | 'all';
  readonly sort: SegmentSortKey;
  readonly descending: boolean;
}

/** The ids of the segments a segment's query reads through segment blocks. */
export function segmentsRead(segment: Segment): readonly string[] {
  const query = segment.definition.query as { blocks?: unknown } | undefined;
  const blocks = Array.isArray(query?.blocks) ? (query.blocks as unknown[]) : [];
  return blocks.flatMap((block) => {
    const id = (block as { segment?: unknown } | null)?.segment;
    return typeof id === 'string' ? [id] : [];
  });
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

function compare(a: Segment, b: Segment, key: SegmentSortKey): number {
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

/** The segments `view` shows: those matching its search and filters, in its order (then by name). */
export function viewSegments(segments: readonly Segment[], view: SegmentListView): Segment[] {
  const search = view.search.trim().toLocaleLowerCase();
  const direction = view.descending ? -1 : 1;
  return segments
    .filter((s) => search === '' || s.name.toLocaleLowerCase().includes(search))
    .filter((s) => view.state === 'all' || s.state === view.state)
    .filter((s) => view.kind === 'all' || segmentKind(s) === view.kind)
    .sort((a, b) => direction * compare(a, b, view.sort) || compare(a, b, 'name'));
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
