import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type {
  Cell,
  Column_RowSorting,
  rowSortingFeature,
  ReactTable,
  Row,
  RowData,
  TableFeatures,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';

const sortDirection = { asc: 'ascending', desc: 'descending' } as const;

/** What the header needs of a TanStack column with the row sorting feature. */
type SortableColumn = Pick<
  Column_RowSorting<TableFeatures, RowData>,
  'getCanSort' | 'getIsSorted' | 'getToggleSortingHandler'
>;

/**
 * A column header of a TanStack table in a Fluent `Table`: when the column can sort, a Fluent sortable
 * header (a button, with the arrow of the order and `aria-sort` on the header cell) whose press
 * TanStack turns into the next order; otherwise a plain header.
 */
export function SortableHeaderCell({ column, children }: { column: SortableColumn; children: ReactNode }) {
  const sorted = column.getIsSorted();
  const toggle = column.getToggleSortingHandler();
  const sortable = column.getCanSort() && toggle !== undefined;
  return (
    <TableHeaderCell
      scope="col"
      sortable={sortable}
      sortDirection={sortable && sorted !== false ? sortDirection[sorted] : undefined}
      button={sortable ? { onClick: toggle } : undefined}
    >
      {children}
    </TableHeaderCell>
  );
}

/**
 * A TanStack table shown as a Fluent `Table`: a header row per header group, each header a
 * `SortableHeaderCell`, and a row per row of the row model with the cells `cellsOf` gives (the
 * visible ones where the table lets columns hide).
 */
export function SortableTable<
  TFeatures extends TableFeatures & { rowSortingFeature: typeof rowSortingFeature },
  TData extends RowData,
>({
  table,
  cellsOf,
  label,
  className,
}: {
  table: ReactTable<TFeatures, TData>;
  cellsOf: (row: Row<TFeatures, TData>) => readonly Cell<TFeatures, TData>[];
  label: string;
  className: string;
}) {
  return (
    <Table aria-label={label} className={className}>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id}>
            {group.headers.map((header) => (
              // TFeatures holds row sorting, which a generic column type cannot resolve to show.
              <SortableHeaderCell key={header.id} column={header.column as SortableColumn}>
                <table.FlexRender header={header} />
              </SortableHeaderCell>
            ))}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow key={row.id}>
            {cellsOf(row).map((cell) => (
              <TableCell key={cell.id}>
                <table.FlexRender cell={cell} />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
