import { connect } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installRequestLimits } from './request-limits.ts';

/** Sends `text` and never the rest; resolves with what the server answered when it closes the socket. */
function sendAndStall(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('close', () => {
      resolve(answer);
    });
    socket.on('error', reject);
  });
}

describe('a client that sends its request slowly', () => {
  it('gets 408 and loses its socket, whether it stalls in the headers or in the body', async () => {
    const app = Fastify();
    app.post('/api/echo', (request, reply) => reply.send(request.body));
    installRequestLimits(app, { headersMs: 200, requestMs: 400, checkEveryMs: 50 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as { port: number };
      const [headers, body] = await Promise.all([
        sendAndStall(port, 'POST /api/echo HTTP/1.1\r\nHost: localhost\r\n'),
        sendAndStall(
          port,
          'POST /api/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":',
        ),
      ]);
      expect(headers).toMatch(/^HTTP\/1\.1 408 /);
      expect(body).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await app.close();
    }
  });
});
