import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/index.ts';
import { adminTokenLookup, installAuth } from './auth.ts';
import { answerFrameworkError, installErrorHandling } from './error-handler.ts';
import { installJsonParser } from './json-body.ts';
import { installNulGuard } from './nul-guard.ts';
import { installOpenApi } from './openapi.ts';
import { routePlugins } from './routes/index.ts';
import { installWebApp } from './web-app.ts';

export interface BuildAppOptions {
  /** The engine every route works through (its store holds the data). */
  readonly engine: Engine;
  /** The token every route but health requires as `Authorization: Bearer <token>`. */
  readonly adminToken: string;
  /** Log requests with Fastify's logger (pino, JSON lines on stdout); off by default. */
  readonly logger?: boolean;
  /** How often an open event stream sends a heartbeat comment; 15 seconds by default. */
  readonly heartbeatMs?: number;
  /** The built web app served at `/`; `web/dist` by default (a placeholder page when it is missing). */
  readonly webAppDir?: string;
}

/** The largest JSON body accepted (an array of interactions, say). */
export const bodyLimit = 16 * 1024 * 1024;

function packageVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The Segmint HTTP server, not yet listening: every route of API.md over `engine`, bearer-token
 * auth, the error shape, the OpenAPI document and its docs page. The caller may add hooks, then
 * listens (or `inject`s) and closes it.
 *
 * @example
 * const app = await buildApp({ engine, adminToken });
 * await app.listen({ port: 3000, host: '0.0.0.0' });
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // On close, end every connection (after the event streams have ended theirs): idle and
    // speculative keep-alive sockets would otherwise hold a stopping server for a minute.
    forceCloseConnections: true,
    // Record ids may be up to 200 characters (and percent-encoded, longer); find-my-way stops at 100.
    routerOptions: { maxParamLength: 1024 },
    frameworkErrors: answerFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installJsonParser(app);
  installAuth(app, adminTokenLookup(options.adminToken));
  installNulGuard(app);
  await installOpenApi(app, packageVersion());
  await installWebApp(app, options.webAppDir);
  const pluginOptions = { engine: options.engine, heartbeatMs: options.heartbeatMs ?? 15_000 };
  for (const plugin of routePlugins) await app.register(plugin, pluginOptions);
  return app;
}
