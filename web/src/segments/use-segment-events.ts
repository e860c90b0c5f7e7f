import { useQuery } from '@tanstack/react-query';
import type { MembershipEvent } from '../api/index.ts';
import { useApi } from '../session/index.ts';

/**
 * The newest `keep` membership events of a segment, newest first. The log is read oldest first
 * (`GET /api/events?segment=&after=`) to its end, keeping only the last `keep`.
 */
export function useSegmentEvents(segmentId: string, keep = 20) {
  const api = useApi();
  return useQuery({
    queryKey: ['segment', segmentId, 'events', keep],
    queryFn: async () => {
      let after = 0;
      let newest: MembershipEvent[] = [];
      for (;;) {
        const page = await api.get('/api/events', {
          params: { query: { segment: segmentId, after, limit: 1000 } },
        });
        newest = [...newest, ...page.items].slice(-keep);
        if (!page.hasMore || page.items.length === 0) break;
        after = page.nextAfter;
      }
      return newest.reverse();
    },
  });
}
