import {
  Button,
  Field,
  SearchBox,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { Segment, SegmentState } from '../api/index.ts';
import {
  dependantsById,
  segmentKind,
  useAllSegments,
  viewSegments,
  type SegmentKind,
  type SegmentListView,
  type SegmentSortKey,
} from '../data/index.ts';
import { useApi } from '../session/index.ts';
import { useNotify } from '../shell/index.ts';
import { takeOverDeleted } from './feedback-handoff.ts';
import { NewSegmentMenu } from './new-segment-menu.tsx';
import { ErrorAlert, messageOf } from './problem-list.tsx';
import { stateLabel } from './segment-labels.ts';
import { RouteLink } from './route-link.tsx';

const kindLabels = { dynamic: 'Dynamic', static: 'Static', compound: 'Compound' } satisfies Record<
  SegmentKind,
  string
>;
const states: readonly SegmentState[] = ['draft', 'live', 'stopped'];
const columns: readonly { key: SegmentSortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Type' },
  { key: 'state', label: 'State' },
  { key: 'memberCount', label: 'Members' },
  { key: 'updatedAt', label: 'Updated' },
];
const pageSize = 50;
const segmentHref = (id: string) => `/segments/${encodeURIComponent(id)}`;

/** **Clone**: a new draft with the same definition, named "Copy of …", opened in the designer. */
function useCloneSegment() {
  const api = useApi();
  const client = useQueryClient();
  const notify = useNotify();
  const [, navigate] = useLocation();
  return useMutation({
    mutationFn: (segment: Segment) =>
      api.post('/api/segments', { body: { ...segment.definition, name: `Copy of ${segment.name}` } }),
    onSuccess: async (copy) => {
      notify(`“${copy.name}” was made as a draft`, { intent: 'success' });
      await client.invalidateQueries({ queryKey: ['segments'] });
      navigate(segmentHref(copy.id));
    },
  });
}

/** The search box and the State and Type filters above the list. */
function SegmentFilters({
  view,
  onView,
}: {
  view: SegmentListView;
  onView: (change: Partial<SegmentListView>) => void;
}) {
  return (
    <div className="list-filters">
      <Field label="Search segments">
        <SearchBox
          value={view.search}
          placeholder="Name contains…"
          onChange={(_event, data) => {
            onView({ search: data.value });
          }}
        />
      </Field>
      <Field label="State">
        <Select
          value={view.state}
          onChange={(_event, data) => {
            onView({ state: data.value as SegmentListView['state'] });
          }}
        >
          <option value="all">All states</option>
          {states.map((state) => (
            <option key={state} value={state}>
              {stateLabel(state)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Type">
        <Select
          value={view.kind}
          onChange={(_event, data) => {
            onView({ kind: data.value as SegmentListView['kind'] });
          }}
        >
          <option value="all">All types</option>
          {Object.entries(kindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

/**
 * The Segments area: every segment in a table that searches by name, filters by state and type
 * (dynamic, static, compound), sorts by any column, names the segments that use each one, and clones;
 * and the **New** menu.
 */
export function SegmentsPage() {
  const segments = useAllSegments();
  const clone = useCloneSegment();
  const client = useQueryClient();
  // Arriving from a deleted segment's page: the notice says so and has the focus, not the page.
  const [deleted] = useState(() => takeOverDeleted(client));
  const deletedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    deletedRef.current?.focus();
  }, []);
  const [view, setView] = useState<SegmentListView>({
    search: '',
    state: 'all',
    kind: 'all',
    sort: 'name',
    descending: false,
  });
  const [pageIndex, setPageIndex] = useState(0);
  const changeView = (change: Partial<SegmentListView>) => {
    setView((current) => ({ ...current, ...change }));
    setPageIndex(0);
  };
  const all = segments.data;
  const shown = useMemo(() => viewSegments(all ?? [], view), [all, view]);
  const users = useMemo(() => dependantsById(all ?? []), [all]);
  const pageCount = Math.max(1, Math.ceil(shown.length / pageSize));
  const page = shown.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize);

  return (
    <section aria-labelledby="segments-title">
      <h1 id="segments-title">Segments</h1>
      <div className="toolbar" role="toolbar" aria-label="Segments">
        <NewSegmentMenu />
      </div>
      {deleted !== undefined && (
        <p ref={deletedRef} tabIndex={-1} role="status" className="notice">
          “{deleted}” was deleted.
        </p>
      )}
      <SegmentFilters view={view} onView={changeView} />
      <ErrorAlert message={segments.error ? messageOf(segments.error) : undefined} />
      <ErrorAlert
        message={clone.error ? `The segment was not cloned: ${messageOf(clone.error)}` : undefined}
      />
      {segments.isPending && <p aria-busy="true">Loading segments…</p>}
      {all?.length === 0 && <p className="muted">No segments yet. Select New to make one.</p>}
      {all !== undefined && all.length > 0 && (
        <p className="muted" role="status">
          {shown.length === all.length
            ? `${all.length.toLocaleString()} segments`
            : `${shown.length.toLocaleString()} of ${all.length.toLocaleString()} segments match`}
        </p>
      )}
      {page.length > 0 && (
        <div className="table-wrap">
          <Table sortable aria-label="Segments" className="segments-table">
            <TableHeader>
              <TableRow>
                {columns.map((column) => (
                  <TableHeaderCell
                    key={column.key}
                    sortDirection={
                      view.sort === column.key ? (view.descending ? 'descending' : 'ascending') : undefined
                    }
                    onClick={() => {
                      changeView({
                        sort: column.key,
                        descending: view.sort === column.key && !view.descending,
                      });
                    }}
                  >
                    {column.label}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell>Used by</TableHeaderCell>
                <TableHeaderCell>
                  <span className="visually-hidden">Actions</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.map((segment) => (
                <TableRow key={segment.id}>
                  <TableCell>
                    <RouteLink href={segmentHref(segment.id)}>{segment.name}</RouteLink>
                  </TableCell>
                  <TableCell>{kindLabels[segmentKind(segment)]}</TableCell>
                  <TableCell>{stateLabel(segment.state)}</TableCell>
                  <TableCell>{segment.memberCount.toLocaleString()}</TableCell>
                  <TableCell>{new Date(segment.updatedAt).toLocaleString()}</TableCell>
                  <TableCell>
                    <UsedBy users={users.get(segment.id) ?? []} name={segment.name} />
                  </TableCell>
                  <TableCell>
                    {/* Only the row being cloned waits, and it keeps the focus while it does. */}
                    <Button
                      size="small"
                      aria-label={`Clone ${segment.name}`}
                      disabledFocusable={clone.isPending && clone.variables.id === segment.id}
                      aria-busy={(clone.isPending && clone.variables.id === segment.id) || undefined}
                      onClick={() => {
                        if (!clone.isPending) clone.mutate(segment);
                      }}
                    >
                      Clone
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {pageCount > 1 && (
        <nav className="pager" aria-label="Pages of segments">
          {/* Off buttons stay focusable: the focus stays on Next page as the last page comes. */}
          <Button
            disabledFocusable={pageIndex === 0}
            onClick={() => {
              setPageIndex((i) => i - 1);
            }}
          >
            Previous page
          </Button>
          <span>
            Page {pageIndex + 1} of {pageCount}
          </span>
          <Button
            disabledFocusable={pageIndex + 1 >= pageCount}
            onClick={() => {
              setPageIndex((i) => i + 1);
            }}
          >
            Next page
          </Button>
        </nav>
      )}
    </section>
  );
}

/** The segments whose query reads this one, as links; "None" when no segment uses it. */
function UsedBy({ users, name }: { users: readonly Segment[]; name: string }) {
  if (users.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="inline-list" aria-label={`Segments that use ${name}`}>
      {users.map((user) => (
        <li key={user.id}>
          <RouteLink href={segmentHref(user.id)}>{user.name}</RouteLink>
          {user.state === 'live' ? ' (live)' : ''}
        </li>
      ))}
    </ul>
  );
}
