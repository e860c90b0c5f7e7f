import type { FastifyInstance } from 'fastify';

/**
 * How long a request may take, in two parts.
 *
 * - **The work**: every long read runs within the server's time limit (`--request-timeout`, 30 s by
 *   default), enforced where the work runs so that it really stops: an SQLite reading's reader process
 *   is killed, a PostgreSQL statement is cancelled by `statement_timeout` and its transaction rolled
 *   back (`StoreOptions.timeLimitMs`). The client gets a 503 `TIMEOUT` with `Retry-After`. Fastify's
 *   `handlerTimeout` is left off on purpose: it answers 503 while the handler goes on, so a write
 *   could commit after its client was told it failed (and be sent again), and an event stream or a
 *   long export would be cut.
 * - **The client**: one that sends its request slowly (slowloris) holds a socket, not the event loop.
 *   `installRequestLimits` bounds that: the headers within 20 s, the whole request (16 MB at most) within
 *   120 s, as Fastify's documentation asks of a server without a reverse proxy, checked every 5 s
 *   (Node's default check runs every 30 s). Idle sockets are not limited further (`connectionTimeout`
 *   stays 0): an event stream is quiet between heartbeats, and keep-alive sockets already close after
 *   72 s (`keepAliveTimeout`).
 */

/** The server's time limit for request work when none is given, in seconds. */
export const defaultRequestTimeoutSeconds = 30;

/** How long a client may take to send a request, in milliseconds; see the top of this file. */
export interface SlowClientLimits {
  /** To send the request line and every header. */
  readonly headersMs: number;
  /** To send the whole request, body included. */
  readonly requestMs: number;
  /** How often Node checks the two above. */
  readonly checkEveryMs: number;
}

export const slowClientLimits: SlowClientLimits = {
  headersMs: 20_000,
  requestMs: 120_000,
  checkEveryMs: 5_000,
};

/**
 * Limits how long a client may take to send its request (see the top of this file); call before the
 * server listens. A client past them gets 408 and its socket is closed.
 *
 * @example
 * const app = Fastify({ … });
 * installRequestLimits(app);
 */
export function installRequestLimits(
  app: FastifyInstance,
  limits: SlowClientLimits = slowClientLimits,
): void {
  // Node's option of http.createServer, kept on the server and read when it starts listening
  // (@types/node 20 does not declare the property).
  const server = app.server as typeof app.server & { connectionsCheckingInterval: number };
  server.headersTimeout = limits.headersMs;
  server.requestTimeout = limits.requestMs;
  server.connectionsCheckingInterval = limits.checkEveryMs;
}
