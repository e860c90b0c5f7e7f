import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.ts';
import { installRouteAccess, scopeGrants, type RouteAccess, type Scope } from './route-access.ts';

/** The key a request was made with, as routes and the audit trail see it. */
export interface RequestKey {
  readonly id: string;
  readonly name: string;
  readonly scope: Scope;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The key that authorised the request; undefined on public routes. */
    key?: RequestKey;
  }
}

/** Finds the key a presented secret belongs to, or undefined when it is no (or no longer a) key. */
export type KeyLookup = (secret: string) => Promise<RequestKey | undefined>;

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

/** A key lookup that knows only one admin token. */
export function adminTokenLookup(adminToken: string): KeyLookup {
  if (adminToken.trim() === '') throw new Error('buildApp needs a non-empty adminToken');
  const key: RequestKey = { id: 'admin', name: 'admin', scope: 'admin' };
  return (secret) => Promise.resolve(tokenMatches(secret, adminToken) ? key : undefined);
}

/** Who may call the route the router matched: a 404 (no route) serves nothing and is public. */
function accessOf(request: FastifyRequest): RouteAccess {
  const access = request.routeOptions.config.access;
  if (access !== undefined) return access;
  // A route registered before the access hook would carry no stamp: closed, not open.
  return request.routeOptions.url === undefined ? 'public' : 'admin';
}

/**
 * Requires `Authorization: Bearer <key>` with the scope each route needs. The decision reads the
 * route the router matched (its `access`, stamped at registration), never the URL's text, so every
 * spelling of a path that reaches a route is checked like its plain one. A missing or unknown key is a
 * 401, a key without the scope a 403, both with the error shape.
 */
export function installAuth(app: FastifyInstance, lookup: KeyLookup): void {
  installRouteAccess(app);
  app.decorateRequest('key', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const access = accessOf(request);
    if (access === 'public') return;
    const token = bearerToken(request.headers.authorization);
    const key = token === undefined ? undefined : await lookup(token);
    if (key === undefined) {
      void reply.header('www-authenticate', 'Bearer realm="segmint"');
      throw new ApiError(
        401,
        'UNAUTHORIZED',
        token === undefined
          ? 'This route needs the header "Authorization: Bearer <key>" with an API key.'
          : 'The bearer token is not a valid API key.',
      );
    }
    if (!scopeGrants(key.scope, access)) {
      throw new ApiError(
        403,
        'FORBIDDEN',
        `The key "${key.name}" has the scope "${key.scope}"; ${request.method} ${request.routeOptions.url ?? ''} needs "${access}".`,
      );
    }
    request.key = key;
  });
}

/**
 * Refuses with 403 unless the request's key has `scope`: for a route whose needs depend on what it
 * is asked to do (a write key may edit a static segment's members, not override a dynamic one).
 */
export function requireScope(request: FastifyRequest, scope: Scope, what: string): void {
  const key = request.key;
  if (key !== undefined && scopeGrants(key.scope, scope)) return;
  throw new ApiError(
    403,
    'FORBIDDEN',
    `${what} needs a key with the scope "${scope}"; the key "${key?.name ?? 'none'}" has "${key?.scope ?? 'none'}".`,
  );
}
