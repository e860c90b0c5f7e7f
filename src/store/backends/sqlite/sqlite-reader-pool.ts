import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sqliteFunctionNames } from './sqlite-connection.ts';
import {
  replyRows,
  type ReaderReply,
  type ReaderRequest,
  type ReaderWorkerData,
} from './sqlite-reader-protocol.ts';
import { TimeLimitError } from '../../time-limit-error.ts';

/** How long a reader may take to start (about a second; more on a busy machine): not the reading's time. */
const startAllowanceMs = 10_000;

/**
 * Long reads of an SQLite file off the event loop. better-sqlite3 runs each statement on the thread that
 * calls it, so a query that takes seconds on the main thread stops every request for seconds (one
 * estimate over 200k contacts held a server for 265 s). The pool keeps a few reader processes, each
 * with its own read-only connection to the same file (WAL lets them read beside the writer); the
 * server compiles the SQL as always and sends its text and parameters, the reader sends back the rows.
 *
 * Processes, not worker threads, because work past its time limit must really stop: better-sqlite3
 * cannot interrupt a statement, and a worker thread told to terminate ran its statement to the end
 * (7 s more in a trial, a core busy all along), while a process is ended at once by SIGKILL, which is
 * safe for a connection that only reads. The price: a reader takes a moment to start (about a second
 * through tsx), and each reading costs about a millisecond of messages; both are small beside the
 * reads sent here.
 *
 * A reading holds one reader from its first statement to its last, in one read transaction, so they
 * all see one snapshot; that is why this is not a task pool such as piscina, whose tasks may each land
 * on a different worker. Every reading has a time limit: when it runs out the reader is killed, a new
 * one started in its place, and the reading rejects with a `TimeLimitError`. Readers start on first
 * use and stay, without keeping the server alive while idle, and end with it (they exit when their
 * channel to it closes). A `:memory:` database cannot be shared with another process and never comes
 * here: it is read on the one connection, without a time limit.
 *
 * Readers run as the rest of Segmint does: built, or from the TypeScript source through tsx (vitest,
 * SEGMINT_FROM_SOURCE=1) when this file runs from source.
 */
export class SqliteReaderPool {
  readonly #filename: string;
  readonly #size: number;
  readonly #idle: ReaderWorker[] = [];
  readonly #all = new Set<ReaderWorker>();
  readonly #waiting: Waiter[] = [];
  #starting = 0;
  #closed = false;
  /** Workers being started, each until it has started (or failed to). */
  readonly #starts = new Set<Promise<void>>();

  /** `size` readers at most: by default one per core, from 2 to 4. */
  constructor(filename: string, size = Math.min(4, Math.max(2, availableParallelism()))) {
    this.#filename = filename;
    this.#size = size;
  }

  /**
   * Runs `read` with one reader held for it, its statements in one snapshot. With `limitMs`, the
   * reading is stopped when it runs longer, and so is its wait for a free reader when that takes
   * longer than the limit and the time a reader takes to start (`startAllowanceMs`).
   *
   * @example
   * const rows = await pool.read((reader) => reader.query('select id from contact where …', [42]), 30_000);
   */
  async read<T>(read: (reader: Reader) => Promise<T>, limitMs?: number): Promise<T> {
    const worker = await this.#acquire(limitMs);
    let expired: TimeLimitError | undefined;
    const timer =
      limitMs === undefined
        ? undefined
        : setTimeout(() => {
            expired = new TimeLimitError(limitMs);
            void worker.stop(expired);
          }, limitMs);
    try {
      await worker.request({ kind: 'begin' });
      return await read({
        query: (sql, parameters) =>
          expired ? Promise.reject(expired) : worker.request({ kind: 'query', sql, parameters }),
      });
    } finally {
      clearTimeout(timer);
      this.#release(worker);
    }
  }

  /**
   * Runs a passive checkpoint of the file's WAL in a free reader (`sqlite-checkpoints.ts`): the log's
   * pages copied into the file beside the writer and the readings. Rejects when the pool is closed.
   */
  async checkpoint(): Promise<void> {
    const worker = await this.#acquire(undefined);
    try {
      await worker.request({ kind: 'checkpoint' });
    } finally {
      this.#release(worker);
    }
  }

  /** Ends every worker; readings in flight reject. Safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true;
    const closing = new Error('The database was closed.');
    for (const waiter of this.#waiting.splice(0)) waiter.reject(closing);
    this.#idle.length = 0;
    // A worker still starting has the file open once it starts: it is stopped then, before this returns.
    await Promise.allSettled([...this.#starts]);
    await Promise.all([...this.#all].map((worker) => worker.stop(closing)));
  }

  /**
   * A free worker, started when there are fewer than `size`; with a reading's `limitMs`, waits for one
   * at most that long and the time a reader takes to start.
   */
  #acquire(limitMs: number | undefined): Promise<ReaderWorker> {
    if (this.#closed) return Promise.reject(new Error('The database was closed.'));
    const idle = this.#idle.pop();
    if (idle) {
      idle.hold();
      return Promise.resolve(idle);
    }
    const waiter = new Waiter();
    this.#waiting.push(waiter);
    if (this.#all.size + this.#starting < this.#size) this.#start();
    if (limitMs === undefined) return waiter.promise;
    const timer = setTimeout(() => {
      const at = this.#waiting.indexOf(waiter);
      if (at >= 0) this.#waiting.splice(at, 1);
      waiter.reject(new TimeLimitError(limitMs));
    }, limitMs + startAllowanceMs);
    return waiter.promise.finally(() => {
      clearTimeout(timer);
    });
  }

  /** Starts a worker for the first waiter; one that fails to start fails that waiter. */
  #start(): void {
    this.#starting += 1;
    const started = ReaderWorker.start(this.#filename).then(
      (worker) => {
        this.#starting -= 1;
        if (this.#closed) {
          void worker.stop(new Error('The database was closed.'));
          return;
        }
        this.#all.add(worker);
        void worker.exited.then(() => {
          this.#replace(worker);
        });
        this.#hand(worker);
      },
      (error: unknown) => {
        this.#starting -= 1;
        // With no worker running, nobody waiting would ever be served: all of them hear why.
        const failed = this.#all.size === 0 ? this.#waiting.splice(0) : this.#waiting.splice(0, 1);
        for (const waiter of failed) waiter.reject(error);
      },
    );
    this.#starts.add(started);
    void started.finally(() => this.#starts.delete(started));
  }

  /**
   * A worker that ended (stopped at its time limit, or failed) leaves, and a new one starts at once:
   * starting takes a few hundred milliseconds, which should not fall on the next reading's limit.
   */
  #replace(worker: ReaderWorker): void {
    this.#all.delete(worker);
    const at = this.#idle.indexOf(worker);
    if (at >= 0) this.#idle.splice(at, 1);
    if (!this.#closed) this.#start();
  }

  /** Gives a free worker to the first waiter, or lets it idle. */
  #hand(worker: ReaderWorker): void {
    const waiter = this.#waiting.shift();
    if (!waiter) {
      worker.idle();
      this.#idle.push(worker);
      return;
    }
    worker.hold();
    waiter.resolve(worker);
  }

  #release(worker: ReaderWorker): void {
    if (!worker.alive) return;
    // Ends the snapshot; the next reading's requests queue behind it in the same reader.
    worker.request({ kind: 'end' }).catch(() => undefined);
    this.#hand(worker);
  }
}

/** What a reading sends its statements through. */
export interface Reader {
  query(sql: string, parameters: readonly unknown[]): Promise<unknown[]>;
}

/** Someone waiting for a free worker. */
class Waiter {
  resolve!: (worker: ReaderWorker) => void;
  reject!: (error: unknown) => void;
  readonly promise = new Promise<ReaderWorker>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });
}

/**
 * The worker beside this file: its TypeScript source when this file runs from source (tsx, vitest),
 * which the worker then loads through tsx's loader too (found from here, so the server's folder does
 * not matter; tsx is a development dependency only); its JavaScript when built (`npm run build`).
 */
const fromSource = import.meta.url.endsWith('.ts');
const workerModule = fileURLToPath(
  new URL(`./sqlite-reader-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url),
);
const workerExecArgv = fromSource ? ['--import', import.meta.resolve('tsx')] : [];

/** One worker process and the requests it has not answered yet (it answers in order). */
class ReaderWorker {
  readonly #child: ChildProcess;
  readonly #pending: { resolve(rows: unknown[]): void; reject(error: unknown): void }[] = [];
  #ended: Error | undefined;
  readonly exited: Promise<void>;

  private constructor(child: ChildProcess) {
    this.#child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        resolve();
      }),
    );
    child.on('message', (reply: ReaderReply) => {
      const next = this.#pending.shift();
      if (!next) return;
      if (reply.ok) next.resolve(replyRows(reply.columns, reply.values));
      else next.reject(Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {}));
    });
    const fail = (error: Error) => {
      this.#ended ??= error;
      for (const next of this.#pending.splice(0)) next.reject(this.#ended);
    };
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      fail(new Error(`A database reader process ended (${signal ?? `exit code ${code ?? '?'}`}).`));
    });
  }

  /** Starts a worker on `filename` and resolves when its connection is open. */
  static start(filename: string): Promise<ReaderWorker> {
    const data: ReaderWorkerData = { filename, functions: sqliteFunctionNames };
    const child = fork(workerModule, [JSON.stringify(data)], {
      execArgv: workerExecArgv,
      // Structured clone, as between threads: rows keep their numbers, bigints and buffers.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const reader = new ReaderWorker(child);
    // The worker's first message says it is ready, so it is answered as a request.
    return new Promise<unknown[]>((resolve, reject) => reader.#pending.push({ resolve, reject })).then(
      () => reader,
    );
  }

  get alive(): boolean {
    return this.#ended === undefined;
  }

  request(request: ReaderRequest): Promise<unknown[]> {
    if (this.#ended) return Promise.reject(this.#ended);
    return new Promise((resolve, reject) => {
      this.#pending.push({ resolve, reject });
      this.#child.send(request);
    });
  }

  /** Keeps the server alive while a reading holds this worker (a command waits for its answer). */
  hold(): void {
    this.#child.ref();
    this.#child.channel?.ref();
  }

  /** An idle worker does not keep the server alive. */
  idle(): void {
    this.#child.unref();
    this.#child.channel?.unref();
  }

  /** Ends the process at once (SIGKILL, see the pool), failing what it has not answered with `reason`. */
  async stop(reason: Error): Promise<void> {
    this.#ended ??= reason;
    for (const next of this.#pending.splice(0)) next.reject(reason);
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    this.hold(); // so that whoever awaits this waits for the end
    this.#child.kill('SIGKILL');
    await this.exited;
  }
}
