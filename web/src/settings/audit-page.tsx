import { Button } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import type { AuditPage as AuditPageAnswer } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { CursorPager, useCursorPages } from '../shell/index.ts';
import { actionLabel, actorLabel } from './audit-labels.ts';
import { AuditTarget } from './audit-target.tsx';
import { isScopeRefusal, ScopeNotice } from './scope-notice.tsx';
import { When } from './when.tsx';

const pageSize = 50;

/**
 * Settings > **Audit**: who (which key, or the command line) changed segments, the schema, webhooks,
 * templates and keys, and when, in the order it happened (`GET /api/audit`, paged by cursor).
 */
export function AuditPage() {
  const api = useApi();
  const pages = useCursorPages();
  const { cursor } = pages;
  const page = useQuery({
    queryKey: ['audit', { cursor }],
    queryFn: () => api.get<AuditPageAnswer>('/api/audit', { limit: pageSize, after: cursor }),
  });

  if (isScopeRefusal(page.error)) {
    return (
      <section aria-labelledby="audit-title">
        <h1 id="audit-title">Audit</h1>
        <ScopeNotice error={page.error} activity="reading the audit trail" />
      </section>
    );
  }

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit</h1>
      <p className="muted page-intro">
        Every change of segments, the schema, webhooks, templates and keys, with the key that made it, oldest
        first. Changes of contacts and other records are not listed here: each segment’s Insights show who
        joined and left.
      </p>
      {page.error !== null && (
        <div role="alert" className="load-error">
          <p className="error">The audit trail could not be loaded: {page.error.message}</p>
          <Button onClick={() => void page.refetch()}>Try again</Button>
        </div>
      )}
      {page.isPending && <p aria-busy="true">Loading the audit trail…</p>}
      {page.data?.items.length === 0 && pages.pageNumber === 1 && (
        <p className="muted">Nothing has been changed yet.</p>
      )}
      {page.data !== undefined && page.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {page.data.items.map((entry) => (
                <tr key={entry.seq}>
                  <td>
                    <When at={entry.at} />
                  </td>
                  <td className={entry.keyId === null ? 'muted' : undefined}>{actorLabel(entry)}</td>
                  <td>{actionLabel(entry.action)}</td>
                  <td>
                    <AuditTarget entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CursorPager
        pages={pages}
        nextCursor={page.data?.nextCursor}
        label="Pages of the audit trail"
        busy={page.isFetching}
      />
    </section>
  );
}
