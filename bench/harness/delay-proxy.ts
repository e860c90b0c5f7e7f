import net from 'node:net';

/**
 * A TCP proxy in this process that holds every chunk `delayMs` each way before passing it on, so
 * that a PostgreSQL server on this machine answers as one across a network would (`--pg-delay-ms`):
 * what a write's round trips cost there. Node's timers wake no sooner than a millisecond, so the round
 * trip added is at least 2 ms; the report gives the one measured.
 */
export interface DelayProxy {
  /** `url` pointing at the proxy instead of the server. */
  readonly url: string;
  close(): Promise<void>;
}

export async function delayProxy(url: string, delayMs: number): Promise<DelayProxy> {
  const target = new URL(url);
  const port = Number(target.port || 5432);
  const sockets = new Set<net.Socket>();
  const pipe = (from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk) => setTimeout(() => to.write(chunk), delayMs));
    from.on('end', () => setTimeout(() => to.end(), delayMs));
    from.on('error', () => to.destroy());
    from.on('close', () => sockets.delete(from));
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(port, target.hostname);
    for (const socket of [client, upstream]) {
      socket.setNoDelay(true);
      sockets.add(socket);
    }
    pipe(client, upstream);
    pipe(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(address.port);
  return {
    url: proxied.toString(),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
