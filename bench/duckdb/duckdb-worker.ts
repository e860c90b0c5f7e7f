import { DuckDBInstance } from '@duckdb/node-api';
import { loadSqliteIntoDuckdb } from './duckdb-load.ts';
import { membersTable } from './duckdb-segments.ts';
import type { DuckdbReply, DuckdbRequest } from './duckdb-protocol.ts';

/**
 * The child process that runs DuckDB for the go-live scenario (started by `duckdb-process.ts`), so that
 * DuckDB's memory and threads never count in the benchmark process's own figures. It answers one
 * request at a time over the IPC channel: load an SQLite file into an in-memory DuckDB, or store a
 * segment's members as a table and count them.
 */
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const threads = await connection.runAndReadAll(`SELECT current_setting('threads') AS threads`);

async function answer(request: DuckdbRequest): Promise<DuckdbReply> {
  switch (request.kind) {
    case 'load': {
      const start = performance.now();
      const rows = await loadSqliteIntoDuckdb(request.file, connection);
      const version = await connection.runAndReadAll('SELECT version() AS v');
      return {
        kind: 'loaded',
        ms: performance.now() - start,
        rows,
        version: String(version.getRows()[0]?.[0]),
        threads: Number(threads.getRows()[0]?.[0]),
      };
    }
    case 'members': {
      const table = membersTable(request.segmentId);
      const start = performance.now();
      await connection.run(`CREATE OR REPLACE TABLE ${table} AS ${request.sql}`);
      const ms = performance.now() - start;
      const counted = await connection.runAndReadAll(`SELECT count(*), count(DISTINCT id) FROM ${table}`);
      const [count, distinct] = counted.getRows()[0] ?? [];
      return { kind: 'members', ms, count: Number(count), distinct: Number(distinct) };
    }
  }
}

process.on('message', (message: DuckdbRequest) => {
  answer(message).then(
    (reply) => process.send?.(reply),
    (error: unknown) => process.send?.({ kind: 'error', message: String(error) } satisfies DuckdbReply),
  );
});
process.on('disconnect', () => {
  connection.closeSync();
  process.exit(0);
});
process.send?.({ kind: 'ready' } satisfies DuckdbReply);
