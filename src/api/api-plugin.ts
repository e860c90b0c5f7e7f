import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/index.ts';

/** What every route plugin is registered with. */
export interface ApiPluginOptions {
  readonly engine: Engine;
  /** How often an open event stream sends a heartbeat (and looks at the log for writes of other processes). */
  readonly heartbeatMs: number;
  /** Tells the auth check that a key was revoked here, so that it stops trusting what it remembered. */
  readonly keyRevoked: () => void;
}

/**
 * A group of routes: a Fastify plugin typed with the zod provider, so each route's schemas type its
 * request and reply and also make its part of the OpenAPI document.
 *
 * @example
 * export const pingRoutes: ApiPlugin = async (app) => {
 *   app.get('/api/ping', { schema: { response: { 200: z.object({ ok: z.boolean() }) } } }, () => ({ ok: true }));
 * };
 */
export type ApiPlugin = FastifyPluginAsyncZod<ApiPluginOptions>;

/** The app a route plugin registers its routes on. */
export type ApiApp = Parameters<ApiPlugin>[0];

/**
 * A route plugin from a function that registers its routes and awaits nothing.
 *
 * @example
 * export const pingRoutes = defineRoutes((app, { engine }) => {
 *   app.get('/api/ping', { schema: {} }, () => ({ ok: true }));
 * });
 */
export function defineRoutes(register: (app: ApiApp, options: ApiPluginOptions) => void): ApiPlugin {
  return (app, options) => {
    register(app, options);
    return Promise.resolve();
  };
}
