import type { FastifyInstance, RouteOptions } from 'fastify';
import { docsPrefix } from './openapi.ts';

/** What a key may do: `read` the data, `write` records, `admin` everything (each includes the ones before). */
export type Scope = 'read' | 'write' | 'admin';

/** Who may call a route: anyone (`public`), or a key with at least this scope. */
export type RouteAccess = 'public' | Scope;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route; decided once, when the route is registered (`routeAccessOf`), and read
     * by the auth hook from the route the router matched, never from the URL's text.
     */
    access?: RouteAccess;
  }
}

/** The scopes in order; a key's scope grants every scope at or before it. */
export const scopes: readonly Scope[] = ['read', 'write', 'admin'];

/** True when a key of scope `held` may call a route that needs `needed`. */
export function scopeGrants(held: Scope, needed: RouteAccess): boolean {
  return needed === 'public' || scopes.indexOf(held) >= scopes.indexOf(needed);
}

const readMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who may call a route, from how it was registered: what the route declares in `config.access`; the
 * OpenAPI document and its docs page are public; anything else under `/api` needs `read` for a read
 * and `admin` for a change (so a route that declares nothing is closed, not open); routes outside
 * `/api` are the web app's files, public.
 */
export function routeAccessOf(route: Pick<RouteOptions, 'url' | 'method' | 'config'>): RouteAccess {
  const declared = route.config?.access;
  if (declared !== undefined) return declared;
  const url = route.url;
  if (url === '/api/openapi.json' || url === docsPrefix || url.startsWith(`${docsPrefix}/`)) return 'public';
  if (url !== '/api' && !url.startsWith('/api/')) return 'public';
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return methods.every((method) => readMethods.has(method)) ? 'read' : 'admin';
}

/**
 * Stamps every route registered from now on with its access (`routeAccessOf`), so that the auth hook
 * reads it from the matched route. Install before any route.
 */
export function installRouteAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: routeAccessOf(route) };
  });
}
