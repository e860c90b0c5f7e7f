import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { Segment } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { CursorPager, useCursorPages } from '../shell/index.ts';
import { NewSegmentMenu } from './new-segment-menu.tsx';
import { ErrorAlert, messageOf } from './problem-list.tsx';
import { stateLabel, typeLabel } from './segment-labels.ts';

/** `GET /api/segments`: a page of segments and the cursor of the next (no total). */
interface SegmentPage {
  readonly items: readonly Segment[];
  readonly nextCursor: string | null;
}

const pageSize = 50;

/** The Segments area: every segment in a table, paged by cursor, and the **New** menu. */
export function SegmentsPage() {
  const api = useApi();
  const pages = useCursorPages();
  const { cursor } = pages;
  const page = useQuery({
    queryKey: ['segments', { cursor }],
    queryFn: () => api.get<SegmentPage>('/api/segments', { limit: pageSize, cursor }),
  });

  return (
    <section aria-labelledby="segments-title">
      <h1 id="segments-title">Segments</h1>
      <div className="toolbar" role="toolbar" aria-label="Segments">
        <NewSegmentMenu />
      </div>
      <ErrorAlert message={page.error ? messageOf(page.error) : undefined} />
      {page.isPending && <p aria-busy="true">Loading segments…</p>}
      {page.data?.items.length === 0 && pages.pageNumber === 1 && (
        <p className="muted">No segments yet. Select New to make one.</p>
      )}
      {page.data !== undefined && page.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="segments-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">State</th>
                <th scope="col">Members</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {page.data.items.map((segment) => (
                <tr key={segment.id}>
                  <td>
                    <Link href={`/segments/${encodeURIComponent(segment.id)}`}>{segment.name}</Link>
                  </td>
                  <td>{typeLabel(segment.type)}</td>
                  <td>{stateLabel(segment.state)}</td>
                  <td>{segment.memberCount.toLocaleString()}</td>
                  <td>{new Date(segment.updatedAt).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CursorPager pages={pages} nextCursor={page.data?.nextCursor} label="Pages of segments" />
    </section>
  );
}
