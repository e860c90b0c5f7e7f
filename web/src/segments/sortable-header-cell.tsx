import { TableHeaderCell } from '@fluentui/react-components';
import type { Column_RowSorting, RowData, TableFeatures } from '@tanstack/react-table';
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
