import type { FastifyInstance } from 'fastify';

/** The page at `/` when the web app has not been built: how to build it, and where the API is. */
export const placeholderHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Segmint</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#222}</style>
</head>
<body>
<h1>Segmint</h1>
<p>The web app has not been built in this checkout: run <code>npm run build:web</code> (<code>npm install</code> does it), then restart the server. The HTTP API is ready meanwhile: see <a href="/api/docs">/api/docs</a>.</p>
</body>
</html>
`;

/** Serves the placeholder page at `/` (when `web/dist` is missing). */
export function installPlaceholderPage(app: FastifyInstance): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(placeholderHtml),
  );
}
