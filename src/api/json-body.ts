import type { FastifyInstance } from 'fastify';

/**
 * Parses JSON bodies as Fastify does (refusing `__proto__` and `constructor` keys), except that an
 * empty body is no body: clients that send `Content-Type: application/json` on every request, a
 * go-live or a delete included, are not refused for it. Routes that need a body still say so.
 */
export function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') {
      done(null, undefined);
      return;
    }
    void parse(request, text, done);
  });
}
