import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Engine } from '../engine/index.ts';
import { installAuditTrail } from './audit-trail.ts';
import { installAuth, cachedKeyLookup } from './auth.ts';
import { failedAuthThrottle, type ThrottleOptions } from './failed-auth-throttle.ts';
import { answerFrameworkError, installErrorHandling } from './error-handler.ts';
import { installJsonParser } from './json-body.ts';
import { installNulGuard } from './nul-guard.ts';
import { installOpenApi } from './openapi.ts';
import { packageRoot } from './package-root.ts';
import { installRequestLimits } from './request-limits.ts';
import { routePlugins } from './routes/index.ts';
import { installSecurityHeaders } from './security-headers.ts';
import { installWebApp } from './web-app.ts';

export interface BuildAppOptions {
  /** The engine every route works through (its access part holds the API keys and the audit trail). */
  readonly engine: Engine;
  /**
   * The admin token: the first admin key (id `admin`), kept among the engine's keys (`engine.access`) as a hash. Every route
   * but health needs `Authorization: Bearer <key>`, this one or another key made with `POST /api/keys`.
   */
  readonly adminToken: string;
  /**
   * What the server logs, as JSON lines (pino) on stderr: `errors` (every 5xx with its request id,
   * the default), `requests` (every request too) or `off`. Authorization headers are never logged.
   */
  readonly log?: 'errors' | 'requests' | 'off';
  /** How many wrong keys a client may send in a window before it must wait (10 a minute by default). */
  readonly failedAuth?: ThrottleOptions;
  /** How often an open event stream sends a heartbeat comment; 15 seconds by default. */
  readonly heartbeatMs?: number;
  /** The built web app served at `/`; `web/dist` by default (a placeholder page when it is missing). */
  readonly webAppDir?: string;
}

/** The largest JSON body accepted (an array of interactions, say). */
export const bodyLimit = 16 * 1024 * 1024;

function packageVersion(): string {
  try {
    const text = readFileSync(new URL('package.json', packageRoot), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The Segmint HTTP server, not yet listening: every route of docs/API.md over `engine`, bearer-token
 * auth, the error shape, the OpenAPI document and its docs page. The caller may add hooks, then
 * listens (or `inject`s) and closes it.
 *
 * @example
 * const app = await buildApp({ engine, adminToken });
 * await app.listen({ port: 3000, host: '0.0.0.0' });
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const log = options.log ?? 'errors';
  const app = Fastify({
    logger:
      log === 'off'
        ? false
        : {
            level: log === 'requests' ? 'info' : 'error',
            stream: process.stderr,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
    bodyLimit,
    // On close, end every connection (after the event streams have ended theirs): idle and
    // speculative keep-alive sockets would otherwise hold a stopping server for a minute.
    forceCloseConnections: true,
    // Record ids may be up to 200 characters (and percent-encoded, longer); find-my-way stops at 100.
    routerOptions: { maxParamLength: 1024 },
    frameworkErrors: answerFrameworkError,
  });
  installRequestLimits(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installJsonParser(app);
  if (options.adminToken.trim() === '') throw new Error('buildApp needs a non-empty adminToken');
  const access = options.engine.access;
  await access.syncAdminToken(options.adminToken);
  const keys = cachedKeyLookup(access);
  installAuth(app, keys, failedAuthThrottle(options.failedAuth));
  installAuditTrail(app, access);
  await installSecurityHeaders(app);
  installNulGuard(app);
  await installOpenApi(app, packageVersion());
  await installWebApp(app, options.webAppDir);
  const pluginOptions = {
    engine: options.engine,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    keyRevoked: () => {
      keys.forget();
    },
  };
  for (const plugin of routePlugins) await app.register(plugin, pluginOptions);
  return app;
}
