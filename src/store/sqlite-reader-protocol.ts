/** The messages between the reader pool (in the server) and a reader process. */
import type { SqliteFunctionNames } from './sqlite-functions.ts';

/** What a worker is started with: the database file, and the SQL functions to give its connection. */
export interface ReaderWorkerData {
  readonly filename: string;
  readonly functions: SqliteFunctionNames;
}

/** A request: open the snapshot, run one compiled statement in it, or end it. */
export type ReaderRequest =
  | { readonly kind: 'begin' }
  | { readonly kind: 'query'; readonly sql: string; readonly parameters: readonly unknown[] }
  | { readonly kind: 'end' };

/** The answer to one request, in order; a worker's first message (`ok`, no rows) says it is ready. */
export type ReaderReply =
  | { readonly ok: true; readonly rows: unknown[] }
  | { readonly ok: false; readonly message: string; readonly code?: string };
