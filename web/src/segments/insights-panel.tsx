import { useQuery } from '@tanstack/react-query';
import type { Segment } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { MemberHistoryChart } from './member-history-chart.tsx';
import { ErrorAlert, messageOf } from './problem-list.tsx';
import { RecentEvents } from './recent-events.tsx';
import { useSegmentEvents } from './use-segment-events.ts';

/** The **Insights** tab: the member count over time, and the latest joins and leaves. */
export function InsightsPanel({ segment }: { segment: Segment }) {
  const api = useApi();
  const history = useQuery({
    queryKey: ['segment', segment.id, 'history'],
    queryFn: () => api.get('/api/segments/{id}/history', { params: { path: { id: segment.id } } }),
  });
  const events = useSegmentEvents(segment.id);
  return (
    <div className="insights-panel">
      <section aria-labelledby="history-title" className="card">
        <h2 id="history-title">Members over time</h2>
        <ErrorAlert message={history.error ? messageOf(history.error) : undefined} />
        {history.isPending && <p aria-busy="true">Loading the history…</p>}
        {history.data && <MemberHistoryChart points={history.data.items} />}
      </section>
      <section aria-labelledby="events-title" className="card">
        <h2 id="events-title">Latest joins and leaves</h2>
        <ErrorAlert message={events.error ? messageOf(events.error) : undefined} />
        {events.isPending && <p aria-busy="true">Loading events…</p>}
        {events.data && <RecentEvents events={events.data} />}
      </section>
    </div>
  );
}
