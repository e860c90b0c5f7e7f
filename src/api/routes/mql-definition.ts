import type { Engine } from '../../engine/index.ts';
import type { MqlProblem } from '../../mql/index.ts';
import type { Problem } from '../../schema/index.ts';
import { ApiError } from '../api-error.ts';

/** An MQL problem as the API's error details carry it: the field (`mql`), the line and the column. */
export type MqlDetail = Problem & Pick<MqlProblem, 'line' | 'column'>;

/** The 422 for MQL that cannot be read: every problem with its line and column. */
export function invalidMql(problems: readonly MqlProblem[]): ApiError {
  const details: MqlDetail[] = problems.map((p) => ({
    code: p.code,
    message: p.message,
    path: 'mql',
    line: p.line,
    column: p.column,
  }));
  const first = problems[0];
  const where = first ? ` Line ${first.line}, column ${first.column}: ${first.message}` : '';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new ApiError(422, 'INVALID_MQL', `The MQL cannot be read.${where}${more}`, details);
}

/** A 422 naming one problem of a definition sent with `mql`. */
function refused(code: string, message: string): ApiError {
  return new ApiError(422, 'INVALID_DEFINITION', message, [{ code, message, path: 'mql' }]);
}

/** Reads MQL over the installation's schema and segments, or throws the 422 with every problem. */
export async function queryOfMql(engine: Engine, text: string): Promise<unknown> {
  const result = await engine.readMql(text);
  if (!result.ok) throw invalidMql(result.problems);
  return result.query;
}

/**
 * A segment definition sent with its query as MQL (`"mql"` in place of `"query"`), with the MQL read
 * into `query`; a definition without `mql` as it is. Sending both is refused (422 naming `mql`), as is
 * MQL on a static segment, whose members are added by id, never by a query.
 */
export async function definitionWithMql(
  engine: Engine,
  body: Readonly<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const { mql, ...definition } = body;
  if (mql === undefined) return { ...body };
  if (definition.query !== undefined)
    throw refused(
      'QUERY_AND_MQL',
      'The definition has both "query" and "mql": send the query once, as JSON in "query" or as MQL text in "mql".',
    );
  if (definition.type === 'static')
    throw refused(
      'QUERY_ON_STATIC',
      'A static segment has no query: its members are added by id or by running a query once (addByQuery). Remove "mql", or make the segment dynamic.',
    );
  if (typeof mql !== 'string') throw refused('INVALID_MQL', '"mql" must be text: the segment query as MQL.');
  return { ...definition, query: await queryOfMql(engine, mql) };
}
