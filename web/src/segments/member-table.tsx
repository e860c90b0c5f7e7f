import { Button, TableCellLayout } from '@fluentui/react-components';
import {
  columnVisibilityFeature,
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnVisibilityState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Attribute } from '../api/index.ts';
import { RouteLink } from '../shell/index.ts';
import { MemberColumnPicker } from './member-column-picker.tsx';
import { cellText } from './member-columns.ts';
import { displayName, type Member, type MemberSort } from './member-types.ts';
import { SortableTable } from './sortable-header-cell.tsx';

/** The per-row action (Remove for static segments, Exclude for dynamic ones). */
export interface MemberAction {
  readonly label: string;
  readonly run: (member: Member) => void;
  /** The id of the member whose action runs, if one does. */
  readonly working: string | undefined;
}

/** What the cells read besides their row, as the table's meta (`table.options.meta`). */
interface MemberMeta {
  readonly action: MemberAction | undefined;
}

const features = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  tableMeta: {} as MemberMeta,
});
type Features = typeof features;

interface Props {
  readonly members: readonly Member[];
  /** The attributes the user may show as columns, besides the full name. */
  readonly choices: readonly Attribute[];
  /** The logical names of the attribute columns shown. */
  readonly shown: readonly string[];
  readonly onShownChange: (shown: readonly string[]) => void;
  /** The API's order (`fullname`, `-emailaddress1`): the server sorts, the grid says by what. */
  readonly sort: MemberSort;
  readonly onSortChange: (sort: MemberSort) => void;
  readonly action?: MemberAction;
}

const sortingOf = (sort: MemberSort): SortingState =>
  sort.startsWith('-') ? [{ id: sort.slice(1), desc: true }] : [{ id: sort, desc: false }];

const sortOf = (sorting: SortingState, previous: MemberSort): MemberSort => {
  const first = sorting[0];
  return first === undefined ? previous : `${first.desc ? '-' : ''}${first.id}`;
};

/**
 * The columns, made anew only when the attributes to choose from change: TanStack renders a cell as a
 * component of the column's `cell` function, so a new function would mount the cell anew (and drop the
 * focus of a pressed Remove). The action, and which row it runs for, is read from the table's meta.
 */
function columnsOf(choices: readonly Attribute[], withAction: boolean) {
  const columns: ColumnDef<Features, Member>[] = [
    {
      id: 'fullname',
      header: 'Full Name',
      accessorFn: (member) => displayName(member),
      enableHiding: false,
      cell: ({ row }) => (
        <TableCellLayout>
          <RouteLink
            id={`member-${row.original.id}-name`}
            href={`/contacts/${encodeURIComponent(row.original.id)}`}
          >
            {displayName(row.original)}
          </RouteLink>
        </TableCellLayout>
      ),
    },
    ...choices.map((attribute): ColumnDef<Features, Member> => ({
      id: attribute.name,
      header: attribute.displayName,
      accessorFn: (member) => member[attribute.name],
      // The API sorts members by a text attribute only.
      enableSorting: attribute.type === 'string',
      cell: ({ getValue }) => cellText(attribute, getValue()),
    })),
  ];
  if (!withAction) return columns;
  columns.push({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    enableHiding: false,
    enableSorting: false,
    cell: ({ row, table }) => {
      const action = table.options.meta?.action;
      if (action === undefined) return null;
      // Only the row being changed waits, and its button keeps the focus; the others stay on, and
      // wait for that change to be done.
      const working = action.working === row.original.id;
      return (
        <Button
          aria-describedby={`member-${row.original.id}-name`}
          disabledFocusable={working}
          aria-busy={working || undefined}
          onClick={() => {
            if (action.working === undefined) action.run(row.original);
          }}
        >
          {action.label}
        </Button>
      );
    },
  });
  return columns;
}

/**
 * The members as a grid: the full name (a link to the contact) and the attribute columns the user
 * picked, sortable by a text column's header, with an action per row. TanStack Table holds which
 * columns show and the sort; the server sorts and pages.
 */
export function MemberTable({ members, choices, shown, onShownChange, sort, onSortChange, action }: Props) {
  const withAction = action !== undefined;
  const columns = useMemo(() => columnsOf(choices, withAction), [choices, withAction]);
  const columnVisibility = useMemo(
    (): ColumnVisibilityState => Object.fromEntries(choices.map((a) => [a.name, shown.includes(a.name)])),
    [choices, shown],
  );
  const sorting = useMemo(() => sortingOf(sort), [sort]);
  const table = useTable({
    features,
    columns,
    data: members,
    meta: { action },
    getRowId: (member) => member.id,
    state: { columnVisibility, sorting },
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      onSortChange(sortOf(functionalUpdate(updater, sorting), sort));
    },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      onShownChange(choices.filter((a) => next[a.name] === true).map((a) => a.name));
    },
  });

  return (
    <>
      <div className="toolbar member-table-tools">
        <MemberColumnPicker
          columns={table
            .getAllLeafColumns()
            .filter((column) => column.getCanHide())
            .map((column) => ({
              id: column.id,
              label: choices.find((a) => a.name === column.id)?.displayName ?? column.id,
              shown: column.getIsVisible(),
              toggle: (show: boolean) => {
                column.toggleVisibility(show);
              },
            }))}
        />
      </div>
      <div className="table-wrap">
        <SortableTable
          table={table}
          cellsOf={(row) => row.getVisibleCells()}
          label="Members"
          className="member-table"
        />
      </div>
    </>
  );
}
