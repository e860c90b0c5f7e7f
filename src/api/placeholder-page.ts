import type { FastifyInstance } from 'fastify';

/** The page at `/` until the web app is built: where to go meanwhile. */
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
<p>Segmint — the web app is coming; see <a href="/api/docs">/api/docs</a> for the HTTP API.</p>
</body>
</html>
`;

/** Serves the placeholder page at `/` (replaced by the web app when it lands). */
export function installPlaceholderPage(app: FastifyInstance): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(placeholderHtml),
  );
}
