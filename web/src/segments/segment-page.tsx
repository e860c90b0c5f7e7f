import { useQuery } from '@tanstack/react-query';
import { useParams } from 'wouter';
import { ApiError } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { RouteLink } from '../shell/index.ts';
import { ErrorAlert, messageOf } from './problem-list.tsx';
import { SegmentEditor } from './segment-editor.tsx';

/** `/segments/:id`: a saved segment's page. */
export function SegmentPage() {
  const { id } = useParams<{ id: string }>();
  const api = useApi();
  const segment = useQuery({
    queryKey: ['segment', id],
    queryFn: () => api.get('/api/segments/{id}', { params: { path: { id } } }),
  });
  if (segment.data !== undefined)
    return <SegmentEditor key={segment.data.id} segment={segment.data} type={segment.data.type} />;
  if (segment.error instanceof ApiError && segment.error.status === 404) {
    return (
      <section>
        <h1>Segment not found</h1>
        <p>
          {segment.error.message} It may have been deleted.{' '}
          <RouteLink href="/segments">Back to Segments</RouteLink>
        </p>
      </section>
    );
  }
  return (
    <section aria-busy={segment.isPending || undefined}>
      {segment.isPending && <p>Loading the segment…</p>}
      <ErrorAlert message={segment.error ? messageOf(segment.error) : undefined} />
    </section>
  );
}
