import { useQuery } from '@tanstack/react-query';
import { allSegments } from '../data/index.ts';
import { useApi } from '../session/index.ts';

/** The query key of the segments a segment block may read; invalidate it when segments change. */
export const segmentChoicesKey = ['segments', 'designer-choices'] as const;

/**
 * The segments a segment block may read: live dynamic ones and static ones, from every page of
 * `GET /api/segments`.
 */
export function useSegmentChoices() {
  const api = useApi();
  return useQuery({
    queryKey: segmentChoicesKey,
    queryFn: async () =>
      (await allSegments(api)).filter((segment) => segment.type === 'static' || segment.state === 'live'),
    staleTime: 30_000,
  });
}
