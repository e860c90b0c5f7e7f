import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadedRows } from './duckdb-load.ts';
import type { DuckdbReply, DuckdbRequest } from './duckdb-protocol.ts';

/** DuckDB in a child process: what it loaded, and a go-live (store the members, count them) per segment. */
export interface DuckdbProcess {
  /** The DuckDB version and the threads it runs queries on. */
  readonly version: string;
  readonly threads: number;
  /** Loads the entity tables of a Segmint SQLite file; the milliseconds it took and the rows, by entity. */
  load(file: string): Promise<{ ms: number; rows: LoadedRows }>;
  /** Stores what `sql` selects as the segment's members table: the milliseconds, the rows and distinct ids. */
  members(segmentId: string, sql: string): Promise<{ ms: number; count: number; distinct: number }>;
  close(): void;
}

const worker = fileURLToPath(new URL('./duckdb-worker.ts', import.meta.url));

/**
 * Starts DuckDB (`@duckdb/node-api`, in-memory) in a child process run by tsx. A child keeps DuckDB's
 * memory out of the benchmark process's peak resident memory (issue 5's memory scenario measures the
 * engine) and runs DuckDB on its default threads; timings are taken inside the child, around the query
 * alone, so the IPC round trip does not count against DuckDB.
 */
export async function startDuckdb(): Promise<DuckdbProcess> {
  const child = fork(worker, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let version = 'unknown';
  let threads = 0;
  await reply(child, undefined, 'ready');
  const ask = async <K extends DuckdbReply['kind']>(request: DuckdbRequest, kind: K) =>
    reply(child, request, kind);
  return {
    get version() {
      return version;
    },
    get threads() {
      return threads;
    },
    async load(file) {
      const loaded = await ask({ kind: 'load', file }, 'loaded');
      version = loaded.version;
      threads = loaded.threads;
      return { ms: loaded.ms, rows: loaded.rows };
    },
    async members(segmentId, sql) {
      const { ms, count, distinct } = await ask({ kind: 'members', segmentId, sql }, 'members');
      return { ms, count, distinct };
    },
    close() {
      if (child.connected) child.disconnect();
    },
  };
}

/** Sends `request` (if any) and waits for the child's next message, which must be of `kind`. */
function reply<K extends DuckdbReply['kind']>(
  child: ChildProcess,
  request: DuckdbRequest | undefined,
  kind: K,
): Promise<Extract<DuckdbReply, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: DuckdbReply) => {
      cleanup();
      if (message.kind === kind) resolve(message as Extract<DuckdbReply, { kind: K }>);
      else if (message.kind === 'error') reject(new Error(`DuckDB: ${message.message}`));
      else reject(new Error(`DuckDB answered ${message.kind}, expected ${kind}`));
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`the DuckDB process exited (${String(code)}) before answering`));
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    if (request) child.send(request);
  });
}
