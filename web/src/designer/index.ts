// The designer's interface, fixed so the segment pages can be written beside it; the designer
// itself is being written now (this stub renders nothing).
import type { ReactElement } from 'react';
import type { Problem } from '../api/index.ts';

/** The `query` of a dynamic segment's definition (SEGMENTS.md): `{ blocks: [...] }`. */
export interface QueryDefinition {
  readonly blocks: readonly Readonly<Record<string, unknown>>[];
}

export interface SegmentDesignerProps {
  /** The query being edited. */
  readonly query: QueryDefinition;
  /** Called with the new query on every edit. */
  readonly onChange: (query: QueryDefinition) => void;
  /**
   * Problems from `/api/segments/validate` or a refused go-live; each is shown next to the control
   * its `path` (`query.blocks[1].where.children[0].operator`) names.
   */
  readonly problems: readonly Problem[];
  /** Shows the query without edit controls. */
  readonly readOnly?: boolean;
}

/** A query with no blocks yet. */
export function emptyQuery(): QueryDefinition {
  return { blocks: [] };
}

/** The query designer: blocks, rows, groups, related and behaviour rows, segment blocks. */
export function SegmentDesigner(_props: SegmentDesignerProps): ReactElement | null {
  return null;
}
