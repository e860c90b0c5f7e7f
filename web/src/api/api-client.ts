import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiError, apiErrorOf } from './api-error.ts';
import type { paths } from './generated/openapi.ts';
import type { ConcretePath, QueryParams } from './api-paths.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `typed.request` for a path that is not one of the document's templates. */
type UntypedRequest = (
  method: Lowercase<Method>,
  path: string,
  init: { params: { query: Record<string, string> }; body?: unknown },
) => Promise<{ data?: unknown }>;

const lowerCase = {
  GET: 'get',
  POST: 'post',
  PUT: 'put',
  PATCH: 'patch',
  DELETE: 'delete',
} as const satisfies {
  [M in Method]: Lowercase<M>;
};

// openapi-fetch builds a `Request`, which needs an absolute URL; the app's requests go to its own
// origin (or `base`), so the client builds them on this stand-in origin and `send` takes it off again.
const origin = 'http://segmint.invalid';

/** Every answer that is not 2xx becomes an `ApiError` with the server's code, message and problems. */
const errorAnswers: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await apiErrorOf(response);
    return undefined;
  },
};

/**
 * The HTTP API of `API.md`, with the signed-in API key on every request, typed by the OpenAPI document.
 * `typed` is the openapi-fetch client of its paths; `get`, `post`, … take a concrete path of a route
 * the document has. Answers are parsed JSON; an error answer throws an `ApiError` with the server's
 * code, message and problems, an unreachable server an `ApiError` with the code `NETWORK`.
 *
 * @example
 * const api = new ApiClient(token);
 * const { data: segment } = await api.typed.GET('/api/segments/{id}', { params: { path: { id } } });
 * const page = await api.get<Page<Member>>(`/api/segments/${id}/members`, { limit: 50 });
 */
export class ApiClient {
  /** The typed client of the OpenAPI document's paths; its errors are `ApiError`s too. */
  readonly typed: Client<paths>;

  constructor(
    readonly token: string,
    private readonly base = '',
  ) {
    this.typed = createClient<paths>({
      baseUrl: origin,
      headers: { authorization: `Bearer ${token}` },
      fetch: (request) => this.#send(request),
    });
    this.typed.use(errorAnswers);
  }

  /** The URL of `path` with `query` (undefined and empty values left out). */
  url(path: string, query: QueryParams = {}): string {
    const search = new URLSearchParams(definedEntries(query)).toString();
    return `${this.base}${path}${search === '' ? '' : `?${search}`}`;
  }

  /** The headers every request carries. */
  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, ...extra };
  }

  /** Sends what openapi-fetch built to the app's origin; an unreachable server is an `ApiError`. */
  async #send(request: Request): Promise<Response> {
    const url = new URL(request.url);
    // Header names in lower case, as browsers send them (happy-dom keeps the case they were set in).
    const headers = Object.fromEntries(
      [...request.headers].map(([name, value]) => [name.toLowerCase(), value]),
    );
    const init: RequestInit = { method: request.method, headers };
    if (request.body !== null) init.body = await request.text();
    try {
      return await fetch(`${this.base}${url.pathname}${url.search}`, init);
    } catch {
      throw new ApiError(
        0,
        'NETWORK',
        'The Segmint server cannot be reached. Check that it is running, then try again.',
      );
    }
  }

  /**
   * Sends one request to a concrete path (ids filled in) through the typed client; `body` is sent as
   * JSON unless it is a string (sent as CSV). The answer is read as `T`.
   */
  async request<T>(method: Method, path: string, body?: unknown, query?: QueryParams): Promise<T> {
    const csv = typeof body === 'string';
    // The path is concrete (`/api/segments/0196…`), not one of the document's templates: there is no
    // `{…}` for openapi-fetch to fill in, and the caller names the answer's type.
    const send = this.typed.request as unknown as UntypedRequest;
    const { data } = await send(lowerCase[method], path, {
      params: { query: Object.fromEntries(definedEntries(query ?? {})) },
      ...(body === undefined ? {} : { body }),
      ...(csv ? { headers: { 'content-type': 'text/csv' }, bodySerializer: (text: string) => text } : {}),
    });
    return data as T;
  }

  get<T>(path: ConcretePath<'get'>, query?: QueryParams): Promise<T> {
    return this.request<T>('GET', path, undefined, query);
  }

  post<T>(path: ConcretePath<'post'>, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body ?? {});
  }

  put<T>(path: ConcretePath<'put'>, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  patch<T>(path: ConcretePath<'patch'>, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }

  delete<T = void>(path: ConcretePath<'delete'>): Promise<T> {
    return this.request<T>('DELETE', path);
  }
}

/** The entries of `query` that have a value, as text. */
function definedEntries(query: QueryParams): [string, string][] {
  return Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => [key, String(value)]);
}
