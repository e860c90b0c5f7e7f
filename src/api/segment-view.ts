import type { StoredSegment } from '../store/index.ts';

/** A saved segment as the API answers it: its definition, state, member count and time stamps. */
export function segmentView(segment: StoredSegment) {
  const definition = (
    typeof segment.definition === 'object' && segment.definition !== null ? segment.definition : {}
  ) as Record<string, unknown>;
  const description = typeof definition.description === 'string' ? definition.description : undefined;
  return {
    id: segment.id,
    name: segment.name,
    type: segment.type,
    ...(description === undefined ? {} : { description }),
    state: segment.state,
    timeZone: segment.timeZone,
    memberCount: segment.memberCount,
    createdAt: segment.createdAt,
    updatedAt: segment.updatedAt,
    goLiveAt: segment.goLiveAt,
    definition,
  };
}
