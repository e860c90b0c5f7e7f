/** The HTTP stage: the Fastify server over the engine, its routes, auth, errors and OpenAPI document. */
export { buildApp, type BuildAppOptions } from './app.ts';
export { defineRoutes, type ApiApp } from './api-plugin.ts';
export type { ApiPlugin, ApiPluginOptions } from './api-plugin.ts';
export { ApiError } from './api-error.ts';
export { errorAnswer, type ErrorBody } from './error-handler.ts';
export { routePlugins } from './routes/index.ts';
