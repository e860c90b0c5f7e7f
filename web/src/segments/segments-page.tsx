import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { Segment } from '../api/index.ts';
import { dependantsById, filterSegments, useAllSegments, type SegmentFilter } from '../data/index.ts';
import { useApi } from '../session/index.ts';
import { useNotify } from '../shell/index.ts';
import { takeOverDeleted } from './feedback-handoff.ts';
import { NewSegmentMenu } from './new-segment-menu.tsx';
import { ErrorAlert, messageOf } from './problem-list.tsx';
import { SegmentFilters } from './segment-filters.tsx';
import { SegmentsPager, SegmentsTable, useSegmentsTable } from './segments-table.tsx';

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

/**
 * The Segments area: every segment in a table that searches by name, filters by state and type
 * (dynamic, static, compound), sorts by any column and pages (TanStack Table), names the segments that
 * use each one, and clones; and the **New** menu.
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
  const [filter, setFilter] = useState<SegmentFilter>({ search: '', state: 'all', kind: 'all' });
  const all = segments.data;
  const shown = useMemo(() => filterSegments(all ?? [], filter), [all, filter]);
  const users = useMemo(() => dependantsById(all ?? []), [all]);
  const { mutate } = clone;
  const table = useSegmentsTable({
    segments: shown,
    users,
    cloning: clone.isPending ? clone.variables.id : undefined,
    onClone: useCallback(
      (segment: Segment) => {
        mutate(segment);
      },
      [mutate],
    ),
  });

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
      <SegmentFilters
        filter={filter}
        onFilter={(change) => {
          setFilter((current) => ({ ...current, ...change }));
        }}
      />
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
      {shown.length > 0 && <SegmentsTable table={table} />}
      <SegmentsPager table={table} />
    </section>
  );
}
