import type { FastifyInstance } from 'fastify';
import { joinPath } from '../schema/index.ts';
import { ApiError } from './api-error.ts';

/** The path of the first string (or key) in `value` holding U+0000, or undefined. */
export function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, joinPath(path, index));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value) || 'pipe' in value) {
    // Streams, buffers and other non-JSON bodies are their route's to read.
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = joinPath(path, key);
    if (key.includes('\u0000')) return at;
    const found = nulPath(item, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Refuses requests whose path, query or JSON body holds the NUL character (U+0000) with a 400:
 * PostgreSQL text cannot hold it, and no name, id or value needs it.
 */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const parts = { params: request.params, querystring: request.query, body: request.body };
    for (const [part, value] of Object.entries(parts)) {
      const path = nulPath(value, part);
      if (path === undefined) continue;
      const message = 'Text may not contain the NUL character (U+0000).';
      done(new ApiError(400, 'INVALID_REQUEST', message, [{ code: 'INVALID_REQUEST', message, path }]));
      return;
    }
    done();
  });
}
