import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.ts';

/** The routes under `/api` that answer without a token (API.md: only health). */
// The OpenAPI document and its page are public, unlike API.md's first draft: a browser cannot send a
// bearer token to open a docs page, and the document describes the API, not any data.
export const publicApiPaths: ReadonlySet<string> = new Set(['/api/health', '/api/openapi.json', '/api/docs']);

/** The path of a request URL, without its query string. */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** True when `request` must carry the admin token: everything under `/api` but the public paths. */
export function needsToken(request: FastifyRequest): boolean {
  const path = pathOf(request.url);
  const isDocsAsset = path.startsWith('/api/docs/');
  return (path === '/api' || path.startsWith('/api/')) && !publicApiPaths.has(path) && !isDocsAsset;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Compares a presented token with the admin token in constant time: both are hashed first, so the
 * comparison takes as long whatever the lengths and wherever they differ.
 */
export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Requires `Authorization: Bearer <adminToken>` on every `/api` route but health; a missing or wrong
 * token is a 401 with the error shape.
 */
export function installAuth(app: FastifyInstance, adminToken: string): void {
  if (adminToken.trim() === '') throw new Error('buildApp needs a non-empty adminToken');
  app.addHook('onRequest', async (request, reply) => {
    if (!needsToken(request)) return;
    const token = bearerToken(request.headers.authorization);
    if (token !== undefined && tokenMatches(token, adminToken)) return;
    void reply.header('www-authenticate', 'Bearer realm="segmint"');
    throw new ApiError(
      401,
      'UNAUTHORIZED',
      token === undefined
        ? 'This route needs the header "Authorization: Bearer <token>" with the admin token.'
        : 'The bearer token is not the admin token.',
    );
  });
}
