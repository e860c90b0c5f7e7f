import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Test helpers for webhooks: a local HTTP receiver that records what it gets and answers as told. */

export interface ReceivedRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
  readonly at: number;
}

export interface TestReceiver {
  readonly url: string;
  readonly port: number;
  readonly received: ReceivedRequest[];
  /** Statuses to answer, in order; 200 once they run out. */
  readonly statuses: number[];
  /** TCP connections opened to it, whether or not a request followed. */
  readonly connections: () => number;
  close(): Promise<void>;
}

/**
 * Starts a receiver on a free port of 127.0.0.1. Webhooks reach it only from an engine that allows
 * private targets (`allowPrivateWebhookTargets`). `headers` go on every answer (a `location`, say).
 */
export async function startReceiver(
  statuses: number[] = [],
  headers: Readonly<Record<string, string>> = {},
): Promise<TestReceiver> {
  const received: ReceivedRequest[] = [];
  let connections = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = statuses.shift() ?? 200;
      received.push({
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        status,
        at: Date.now(),
      });
      response.statusCode = status;
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      response.end(status < 300 ? 'ok' : 'try again');
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/segmint`,
    port,
    received,
    statuses,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Waits until `condition` holds, checking every 10 ms; fails after `timeoutMs`. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
