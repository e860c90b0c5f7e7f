import { Button } from '@fluentui/react-components';
import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ReactTable,
  type SortFn,
} from '@tanstack/react-table';
import type { Segment } from '../api/index.ts';
import { compareSegments, segmentKind, type SegmentSortKey } from '../data/index.ts';
import { RouteLink } from '../shell/index.ts';
import { kindLabels, stateLabel } from './segment-labels.ts';
import { SortableTable } from './sortable-header-cell.tsx';

/** What the cells read besides their row, as the table's meta (`table.options.meta`). */
interface SegmentsMeta {
  /** The segments that use each segment, by id. */
  readonly users: ReadonlyMap<string, readonly Segment[]>;
  /** The id of the segment being cloned, if one is. */
  readonly cloning: string | undefined;
  readonly onClone: (segment: Segment) => void;
}

const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  tableMeta: {} as SegmentsMeta,
});
type Features = typeof features;

/** The Segments list's TanStack table: its sort and its page are TanStack's state. */
export type SegmentsTableModel = ReactTable<Features, Segment>;

const pageSize = 50;
const segmentHref = (id: string) => `/segments/${encodeURIComponent(id)}`;

/** Sorts rows by one of the list's columns, the way the data layer orders segments. */
const sortBy =
  (key: SegmentSortKey): SortFn<Features, Segment> =>
  (a, b) =>
    compareSegments(a.original, b.original, key);

interface Options extends SegmentsMeta {
  /** The segments the search and the filters let through, by name. */
  readonly segments: readonly Segment[];
}

/**
 * The columns, made once: TanStack renders a cell as a component of the column's `cell` function, so a
 * new function would mount the cell anew (and drop the focus of its Clone). What changes is read
 * from the table's meta.
 */
function columnsOf() {
  // The cells show the accessor's text; the order is the data layer's, not the text's.
  const sortable = (
    key: SegmentSortKey,
    header: string,
    text: (segment: Segment) => string,
  ): ColumnDef<Features, Segment> => ({
    id: key,
    header,
    accessorFn: text,
    sortFn: sortBy(key),
    cell: ({ getValue }) => getValue<string>(),
  });
  const columns: ColumnDef<Features, Segment>[] = [
    {
      ...sortable('name', 'Name', (segment) => segment.name),
      cell: ({ row }) => <RouteLink href={segmentHref(row.original.id)}>{row.original.name}</RouteLink>,
    },
    sortable('kind', 'Type', (segment) => kindLabels[segmentKind(segment)]),
    sortable('state', 'State', (segment) => stateLabel(segment.state)),
    sortable('memberCount', 'Members', (segment) => segment.memberCount.toLocaleString()),
    sortable('updatedAt', 'Updated', (segment) => new Date(segment.updatedAt).toLocaleString()),
    {
      id: 'usedBy',
      header: 'Used by',
      enableSorting: false,
      cell: ({ row, table }) => (
        <UsedBy users={table.options.meta?.users.get(row.original.id) ?? []} name={row.original.name} />
      ),
    },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">Actions</span>,
      enableSorting: false,
      cell: ({ row, table }) => {
        const meta = table.options.meta;
        // Only the row being cloned waits, and it keeps the focus while it does.
        const cloning = meta?.cloning === row.original.id;
        return (
          <Button
            size="small"
            aria-label={`Clone ${row.original.name}`}
            disabledFocusable={cloning}
            aria-busy={cloning || undefined}
            onClick={() => {
              if (meta?.cloning === undefined) meta?.onClone(row.original);
            }}
          >
            Clone
          </Button>
        );
      },
    },
  ];
  return columns;
}
const columns = columnsOf();

/**
 * The Segments list as a TanStack table over `segments`: sorted by name at first, by any data column
 * its header chooses (ascending first, then the other way round), fifty rows a page. A new search,
 * filter or sort goes back to the first page (TanStack's `autoResetPageIndex`).
 */
export function useSegmentsTable({ segments, ...meta }: Options): SegmentsTableModel {
  return useTable({
    features,
    columns,
    data: segments,
    meta,
    getRowId: (segment) => segment.id,
    initialState: {
      sorting: [{ id: 'name', desc: false }],
      pagination: { pageIndex: 0, pageSize },
    },
    enableMultiSort: false,
    enableSortingRemoval: false,
    // A count or a date sorts ascending first too, as a name does.
    sortDescFirst: false,
  });
}

/** The page of segments `table` shows, in a Fluent table whose data columns sort by their header. */
export function SegmentsTable({ table }: { table: SegmentsTableModel }) {
  return (
    <div className="table-wrap">
      <SortableTable
        table={table}
        cellsOf={(row) => row.getAllCells()}
        label="Segments"
        className="segments-table"
      />
    </div>
  );
}

/** **Previous page** and **Next page** through TanStack's pages, when there is more than one. */
export function SegmentsPager({ table }: { table: SegmentsTableModel }) {
  const pageCount = table.getPageCount();
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label="Pages of segments">
      {/* Off buttons stay focusable: the focus stays on Next page as the last page comes. */}
      <Button
        disabledFocusable={!table.getCanPreviousPage()}
        onClick={() => {
          table.previousPage();
        }}
      >
        Previous page
      </Button>
      <span>
        Page {table.state.pagination.pageIndex + 1} of {pageCount}
      </span>
      <Button
        disabledFocusable={!table.getCanNextPage()}
        onClick={() => {
          table.nextPage();
        }}
      >
        Next page
      </Button>
    </nav>
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
