import { CompiledQuery, type Kysely } from 'kysely';
import pg from 'pg';
import type { SegmintTables } from '../../tables.ts';
import { inlineParameters } from './postgres-inline.ts';

/**
 * The rows of each of `queries`, read in one round trip: one simple query carrying them all, their
 * parameters written as literals (`postgres-inline.ts`). Undefined, having run nothing, when one
 * cannot be written so; the caller then runs them one by one.
 */
export async function pgReadMany(
  db: Kysely<SegmintTables>,
  queries: readonly CompiledQuery[],
): Promise<unknown[][] | undefined> {
  const texts: string[] = [];
  for (const query of queries) {
    const text = inlineParameters(query);
    if (text === undefined) return undefined;
    texts.push(text);
  }
  const results = await pgSimpleQuery(
    (submittable) => db.executeQuery(submittable).then(() => undefined),
    texts.join('; '),
  );
  return results.map((result): unknown[] => result.rows);
}

/**
 * Runs `text` (several statements, no parameters) as one simple query through `execute` and gives the
 * result of each statement, which Kysely's own path drops for all but a single one: the query is handed
 * to the `pg` client as a `pg.Query` (a Submittable, which `pg` runs as it is; see `pg-copy.ts`).
 */
export function pgSimpleQuery(
  execute: (query: CompiledQuery) => Promise<unknown>,
  text: string,
): Promise<pg.QueryResult[]> {
  return new Promise((resolve, reject) => {
    // A callback, not events: `pg` calls it for errors and time-outs alike (it replaces a query's
    // 'error' event by the callback when it times the query), and a promise settles once.
    const query = new pg.Query(text, undefined, (error: Error | undefined, result: unknown) => {
      if (error) reject(error);
      else resolve((Array.isArray(result) ? result : [result]) as pg.QueryResult[]);
    });
    // Not a string: pg's `client.query` runs a Submittable it is given.
    execute({ ...CompiledQuery.raw(''), sql: query as unknown as string }).catch(reject);
  });
}
