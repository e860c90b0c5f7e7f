import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The usual security headers on every answer (`@fastify/helmet`), with a content security policy the
 * web app and the docs page work under: scripts only from this server, styles inline too (Fluent UI
 * and the charts set styles at run time), no frames around the app, no plugins, forms and requests to
 * this server only.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The app and the API are served over plain HTTP on a laptop; HSTS is for the TLS proxy in front.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
