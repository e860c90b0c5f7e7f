import { CompiledQuery, type Dialect } from 'kysely';
import { backoffMs, inWriterLane, sleep } from '../../writer-lane.ts';
import { isSqliteBusy } from './sqlite-errors.ts';

/**
 * SQLite: `begin immediate`, and every statement, retried without blocking while another process
 * holds the file's lock. The connection's own busy timeout is 0, so SQLite answers "busy" at once and
 * this process's event loop keeps serving while it waits here; a statement that got "busy" did
 * nothing, so running it again is safe. Past `waitMs` the busy error reaches the caller (a 503).
 */
export function sqliteWriterLane(
  dialect: Dialect,
  options: { readonly waitMs: number; readonly afterCommit?: () => void },
): Dialect {
  const patiently = <T>(run: () => Promise<T>) => retryWhileBusy(run, options.waitMs);
  return inWriterLane(
    dialect,
    async (_inner, connection) => {
      // `connection` is the wrapped one below: the begin waits as every statement does.
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    },
    (connection) => ({
      executeQuery: (query) => patiently(() => connection.executeQuery(query)),
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    }),
    options.afterCommit,
  );
}

async function retryWhileBusy<T>(run: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isSqliteBusy(codeOf(error)) || Date.now() >= deadline) throw error;
    }
    await sleep(Math.min(backoffMs(attempt), Math.max(1, deadline - Date.now())));
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}
