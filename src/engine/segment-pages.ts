import type { SegmentState, StoredSegment, StoreSession } from '../store/index.ts';

/** A position in the list of segments: the last segment of the page before. */
export interface SegmentPosition {
  readonly createdAt: string;
  readonly id: string;
}

/** A page of segments, and where the next one starts (none after the last). */
export interface SegmentPage {
  readonly items: readonly StoredSegment[];
  readonly next?: SegmentPosition;
}

/**
 * A page of the saved segments (those in `state`, or all), oldest first: in (createdAt, id) order,
 * the order the store keeps, after `after`.
 */
export async function segmentPage(
  session: StoreSession,
  request: { readonly state?: SegmentState; readonly limit: number; readonly after?: SegmentPosition },
): Promise<SegmentPage> {
  const { state, limit, after } = request;
  const all = await session.segments.list(state === undefined ? {} : { state });
  const rest =
    after === undefined
      ? all
      : all.filter(
          (s) => s.createdAt > after.createdAt || (s.createdAt === after.createdAt && s.id > after.id),
        );
  const items = rest.slice(0, limit);
  const last = items.at(-1);
  return rest.length > limit && last !== undefined
    ? { items, next: { createdAt: last.createdAt, id: last.id } }
    : { items };
}
