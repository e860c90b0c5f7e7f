import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { packageRoot } from './package-root.ts';
import { installPlaceholderPage } from './placeholder-page.ts';

/** Where `npm run build:web` writes the web app (`npm install` runs it). */
export const builtWebAppDir = fileURLToPath(new URL('web/dist/', packageRoot));

/**
 * Serves the built web app at `/`, without a token (the app asks for one and sends it to `/api`):
 * its files, and `index.html` for every other page path so that a reload of `/segments/…` works.
 * Unknown `/api` paths keep their JSON 404. Without a build, a page says how to make one.
 */
export async function installWebApp(app: FastifyInstance, dir = builtWebAppDir): Promise<void> {
  if (!existsSync(join(dir, 'index.html'))) {
    installPlaceholderPage(app);
    return;
  }
  await app.register(fastifyStatic, { root: dir, wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/')) {
      reply.callNotFound();
      return reply;
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
