import { Button } from '@fluentui/react-components';
import { useCallback, useState } from 'react';

/**
 * The cursors of the pages seen so far (the first page has none), so that **Previous page** goes
 * back without the server's help and **Next page** follows the API's `nextCursor`.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([undefined]);
  return {
    /** The cursor of the page shown. */
    cursor: cursors.at(-1),
    /** 1 for the first page. */
    pageNumber: cursors.length,
    back: useCallback(() => {
      setCursors((current) => (current.length > 1 ? current.slice(0, -1) : current));
    }, []),
    forward: useCallback((next: string) => {
      setCursors((current) => [...current, next]);
    }, []),
    /** Back to the first page (after the search or the sort changed). */
    reset: useCallback(() => {
      setCursors([undefined]);
    }, []),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;

/**
 * **Previous page** and **Next page** buttons over `pages`; Next is off when there is no `nextCursor`.
 * An off button stays focusable (`aria-disabled`, Fluent's `disabledFocusable`), so that the focus
 * stays on Next page as the last page comes, rather than falling to the page.
 */
export function CursorPager({
  pages,
  nextCursor,
  label,
  busy = false,
}: {
  pages: CursorPages;
  nextCursor: string | null | undefined;
  /** Names the navigation landmark, e.g. "Pages of contacts". */
  label: string;
  /** True while the next page loads: Next waits. */
  busy?: boolean;
}) {
  return (
    <nav className="pager" aria-label={label}>
      <Button disabledFocusable={pages.pageNumber === 1} onClick={pages.back}>
        Previous page
      </Button>
      <span>Page {pages.pageNumber}</span>
      <Button
        disabledFocusable={nextCursor === null || nextCursor === undefined || busy}
        onClick={() => {
          if (nextCursor) pages.forward(nextCursor);
        }}
      >
        Next page
      </Button>
    </nav>
  );
}
