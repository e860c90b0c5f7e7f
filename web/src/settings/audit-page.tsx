import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
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
    queryFn: () =>
      api.get('/api/audit', {
        params: { query: { limit: pageSize, after: cursor === undefined ? undefined : Number(cursor) } },
      }),
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
          <Table className="audit-table" aria-label="Audit trail">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">When</TableHeaderCell>
                <TableHeaderCell scope="col">Who</TableHeaderCell>
                <TableHeaderCell scope="col">What</TableHeaderCell>
                <TableHeaderCell scope="col">Target</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.data.items.map((entry) => (
                <TableRow key={entry.seq}>
                  <TableCell>
                    <When at={entry.at} />
                  </TableCell>
                  <TableCell className={entry.keyId === null ? 'muted' : undefined}>
                    {actorLabel(entry)}
                  </TableCell>
                  <TableCell>
                    <TableCellLayout>{actionLabel(entry.action)}</TableCellLayout>
                  </TableCell>
                  <TableCell>
                    <AuditTarget entry={entry} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
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
