import Database from 'better-sqlite3';
import type { ReaderReply, ReaderRequest, ReaderWorkerData } from './sqlite-reader-protocol.ts';
import { registerSegmintFunctions } from './sqlite-functions.ts';

/**
 * A reader worker process (see `sqlite-reader-pool.ts`): one read-only connection to the database
 * file, which runs the SQL the server compiled, one statement at a time. `begin` opens a read
 * transaction, so every statement until `end` sees the database as it was at the first one (WAL keeps
 * that snapshot while the writer goes on). A write is refused by SQLite itself: the connection is
 * read-only. Started with its `ReaderWorkerData` as JSON in its one argument.
 */

const send = process.send?.bind(process);
if (!send) throw new Error('sqlite-reader-worker.ts runs as a child process with an IPC channel');
const { filename, functions } = JSON.parse(process.argv[2] ?? '{}') as ReaderWorkerData;
const database = new Database(filename, { readonly: true, fileMustExist: true });
database.pragma('busy_timeout = 5000');
registerSegmintFunctions(database, functions);

// Statements by SQL text: an export's batches and a pass's re-checks repeat a few texts many times.
const statements = new Map<string, Database.Statement>();
function prepare(text: string): Database.Statement {
  let statement = statements.get(text);
  if (!statement) {
    if (statements.size >= 200) statements.clear();
    statement = database.prepare(text);
    statements.set(text, statement);
  }
  return statement;
}

const none: ReaderReply = { ok: true, columns: [], values: [] };

/**
 * The connection that checkpoints, opened on first use: a read-only one cannot copy the log into the
 * file. It never writes a row; `checkpoint` never waits for the writer or a reading (PASSIVE).
 */
let checkpointer: Database.Database | undefined;
function checkpoint(): void {
  if (!checkpointer) {
    checkpointer = new Database(filename, { fileMustExist: true });
    checkpointer.pragma('busy_timeout = 0');
  }
  checkpointer.pragma('wal_checkpoint(PASSIVE)');
}

function answer(request: ReaderRequest): ReaderReply {
  switch (request.kind) {
    case 'begin':
      if (!database.inTransaction) database.exec('begin');
      return none;
    case 'checkpoint':
      checkpoint();
      return none;
    case 'end':
      if (database.inTransaction) database.exec('rollback');
      return none;
    case 'query': {
      const statement = prepare(request.sql);
      if (!statement.reader) throw new Error('A reading only reads: this statement would write.');
      const rows = statement.raw(true).all(request.parameters) as unknown[][];
      return { ok: true, columns: statement.columns().map((c) => c.name), values: rows.flat() };
    }
  }
}

process.on('message', (request: ReaderRequest) => {
  let reply: ReaderReply;
  try {
    reply = answer(request);
  } catch (error) {
    const { message, code } = error as { message?: unknown; code?: unknown };
    reply = {
      ok: false,
      message: typeof message === 'string' ? message : String(error),
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  send(reply);
});
// The server is gone (its end of the channel closed): nothing is left to read for.
process.on('disconnect', () => process.exit(0));
send(none);
