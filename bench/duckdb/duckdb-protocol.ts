import type { LoadedRows } from './duckdb-load.ts';

/** What the benchmark asks its DuckDB child process (`duckdb-worker.ts`). */
export type DuckdbRequest =
  | { readonly kind: 'load'; readonly file: string }
  /** Store the rows of `sql` (member ids) as the segment's members table, timed, then count them. */
  | { readonly kind: 'members'; readonly segmentId: string; readonly sql: string };

/** What the DuckDB child process answers, one reply per request, after a first `ready`. */
export type DuckdbReply =
  | { readonly kind: 'ready' }
  | {
      readonly kind: 'loaded';
      readonly ms: number;
      readonly rows: LoadedRows;
      readonly version: string;
      readonly threads: number;
    }
  | { readonly kind: 'members'; readonly ms: number; readonly count: number; readonly distinct: number }
  | { readonly kind: 'error'; readonly message: string };
