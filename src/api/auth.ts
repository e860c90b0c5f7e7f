import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Access } from '../engine/index.ts';
import { secretHash } from '../store/index.ts';
import { ApiError } from './api-error.ts';
import type { FailedAuthThrottle } from './failed-auth-throttle.ts';
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

/** How long a found key is trusted before it is looked up again (a revocation elsewhere takes this long). */
export const keyCacheMs = 5_000;

/** How often a key's `lastUsedAt` is written, at most. */
const touchEveryMs = 60_000;

/**
 * A key lookup over the installation's keys (`engine.access`), remembering found keys for `keyCacheMs`
 * so that a request costs no query; `forget` drops them all (after a revocation in this process).
 */
export function cachedKeyLookup(
  keys: Pick<Access, 'keyOfSecret' | 'touchKey'>,
  now: () => number = Date.now,
): KeyLookup & { forget(): void } {
  const found = new Map<string, { key: RequestKey; until: number }>();
  const touched = new Map<string, number>();
  const lookup = async (secret: string) => {
    const hash = secretHash(secret);
    const cached = found.get(hash);
    if (cached !== undefined && cached.until > now()) return cached.key;
    found.delete(hash);
    const stored = await keys.keyOfSecret(secret);
    if (stored === undefined) return undefined;
    const key: RequestKey = { id: stored.id, name: stored.name, scope: stored.scope };
    // Bounded: keys are few, and only found keys are remembered.
    if (found.size > 1_000) found.clear();
    found.set(hash, { key, until: now() + keyCacheMs });
    if ((touched.get(key.id) ?? 0) + touchEveryMs < now()) {
      touched.set(key.id, now());
      await keys.touchKey(key.id);
    }
    return key;
  };
  return Object.assign(lookup, {
    forget: () => {
      found.clear();
    },
  });
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
export function installAuth(app: FastifyInstance, lookup: KeyLookup, throttle: FailedAuthThrottle): void {
  installRouteAccess(app);
  app.decorateRequest('key', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const access = accessOf(request);
    if (access === 'public') return;
    const token = bearerToken(request.headers.authorization);
    // A client that failed too often waits before any key of its is even looked at.
    throttle.check(request.ip, reply);
    const key = token === undefined ? undefined : await lookup(token);
    if (key === undefined) {
      if (token !== undefined) throttle.failed(request.ip);
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
