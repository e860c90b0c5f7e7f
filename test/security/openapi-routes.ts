import type { FastifyInstance } from 'fastify';

/** One operation of the OpenAPI document: its method and path template (`/api/contacts/{id}`). */
export interface DocumentedRoute {
  readonly method: string;
  readonly path: string;
  /** Whether the document says it needs no key (`security: []`). */
  readonly public: boolean;
}

interface OpenApiDocument {
  readonly paths: Record<string, Record<string, { readonly security?: readonly unknown[] }>>;
}

const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/** Every operation of the app's OpenAPI document, read from `GET /api/openapi.json`. */
export async function documentedRoutes(app: FastifyInstance): Promise<DocumentedRoute[]> {
  const answer = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  const document = answer.json<OpenApiDocument>();
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => methods.has(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        public: Array.isArray(operation.security) && operation.security.length === 0,
      })),
  );
}

/** A path template with every `{parameter}` filled in (an entity where one is asked for). */
export function concretePath(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'entity' ? 'contact' : `x-${name}`));
}

const encodeChar = (c: string) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/**
 * The ways an attacker might spell `path` to slip past a check on the URL's text: letters
 * percent-encoded (lower- and upper-case hex, one or all), doubled slashes, another case, a trailing
 * slash, dot segments, a double encoding, a query string and a fragment-like suffix. The first is the
 * plain path.
 */
export function pathSpellings(path: string): string[] {
  const [, first = '', rest = ''] = /^\/([^/]*)(.*)$/.exec(path) ?? [];
  const encodeAll = (part: string) => part.replace(/[A-Za-z]/g, encodeChar);
  return [
    path,
    `/%61pi${path.slice(4)}`,
    `/a%70i${path.slice(4)}`,
    `/%41%50%49${path.slice(4)}`,
    `/${encodeAll(first)}${encodeAll(rest)}`,
    `/${encodeAll(first).toUpperCase()}${rest}`,
    `/${first}${rest.replace(/[a-z]/, (c) => encodeChar(c))}`,
    `//${first}${rest}`,
    `/${first}/${rest}`,
    `/${first}${rest.replaceAll('/', '//')}`,
    `/${first.toUpperCase()}${rest}`,
    `/${first}${rest.toUpperCase()}`,
    `${path}/`,
    `/${first}/.${rest}`,
    `/x/..${path}`,
    `/%2561pi${path.slice(4)}`,
    `${path}?x=1`,
    `${path}%3Fx=1`,
    `${path};x=1`,
    `${path}%00`,
    `${path}%20`,
  ];
}
