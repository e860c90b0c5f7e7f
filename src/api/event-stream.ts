import type { ServerResponse } from 'node:http';
import type { Engine } from '../engine/index.ts';
import type { MembershipEvent } from '../store/index.ts';

/** Events read from the log per query while catching up. */
const batchSize = 500;

/** One server-sent event for a membership change (its `id` is the sequence number, for resuming). */
export function membershipEventText(event: MembershipEvent): string {
  return `id: ${event.seq}\nevent: membership\ndata: ${JSON.stringify(event)}\n\n`;
}

export interface EventStreamOptions {
  readonly engine: Engine;
  /** Send the events after this sequence number. */
  readonly after: number;
  readonly segmentId?: string | undefined;
  readonly heartbeatMs: number;
  /** Told when the stream ends (the client went away, the server closes, the log failed). */
  readonly onEnd?: () => void;
  readonly onError?: (error: unknown) => void;
}

/**
 * Streams the membership log to one client as server-sent events on an open response. It sends what
 * the log holds after `after`, then wakes on every engine change (and on each heartbeat, for writes made
 * by other processes such as the CLI) and sends what is new; it waits for a slow client instead of
 * buffering. Returns the function that ends it.
 */
export function streamEvents(response: ServerResponse, options: EventStreamOptions): () => void {
  const { engine, segmentId } = options;
  let last = options.after;
  let ended = false;
  // Wakes asked for and wakes served: a wake during a send is served by one more pass afterwards.
  let wanted = 0;
  let running = false;
  const open = () => !ended;

  const write = (text: string): Promise<void> | undefined => {
    if (ended || response.write(text)) return undefined;
    return new Promise((resolve) => {
      const done = () => {
        response.off('drain', done);
        response.off('close', done);
        resolve();
      };
      response.on('drain', done);
      response.on('close', done);
    });
  };

  /** Sends every event the log holds after `last`, a batch at a time. */
  const sendNew = async (): Promise<void> => {
    let batch: MembershipEvent[];
    do {
      batch = await engine.events({ after: last, limit: batchSize, ...(segmentId ? { segmentId } : {}) });
      for (const event of batch) {
        if (!open()) return;
        last = event.seq;
        await write(membershipEventText(event));
      }
    } while (batch.length === batchSize && open());
  };

  const pump = async (): Promise<void> => {
    wanted += 1;
    if (running) return;
    running = true;
    try {
      let served = 0;
      while (served < wanted && open()) {
        served = wanted;
        await sendNew();
      }
    } catch (error) {
      options.onError?.(error);
      end();
    } finally {
      running = false;
    }
  };

  const unsubscribe = engine.onChange(() => void pump());
  const heartbeat = setInterval(() => {
    void write(': heartbeat\n\n');
    void pump();
  }, options.heartbeatMs);
  heartbeat.unref();

  function end(): void {
    if (ended) return;
    ended = true;
    unsubscribe();
    clearInterval(heartbeat);
    if (!response.writableEnded) response.end();
    options.onEnd?.();
  }

  response.on('close', end);
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    // The response lasts as long as the stream; when it ends, so does the connection (so that a
    // closing server is not kept waiting on a keep-alive socket).
    connection: 'close',
    // Proxies such as nginx would otherwise hold events back in their buffers.
    'x-accel-buffering': 'no',
  });
  void write(`retry: 2000\n: resuming after ${last}\n\n`);
  void pump();
  return end;
}
