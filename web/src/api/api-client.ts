import createClient, { type Client, type MaybeOptionalInit, type Middleware } from 'openapi-fetch';
import { ApiError, apiErrorOf } from './api-error.ts';
import type { Answer, PathsWith, QueryParams } from './api-paths.ts';
import type { paths } from './generated/openapi.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The keys of `T` that must be given. */
type RequiredKeysOf<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** The options of a call, as a rest parameter: optional when the route needs no path, query or body. */
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [Init?] : [Init];

/**
 * A call of the routes of one method: the path is one of the OpenAPI document's templates, filled in
 * from `params.path`, and the answer is the type the document gives the route's success answer.
 */
type AnswerMethod<M extends Method> = <
  Path extends PathsWith<M>,
  Init extends MaybeOptionalInit<paths[Path], M>,
>(
  path: Path,
  ...init: InitParam<Init>
) => Promise<Answer<paths[Path][M]>>;

/** What every method of the typed client has in common, for `#answer`. */
type TypedCall = (path: string, init?: object) => Promise<{ data?: unknown }>;

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
 * `get`, `post`, `put`, `patch` and `delete` take one of the document's path templates with its
 * parameters and body, and resolve to the route's answer as the document types it; an error answer
 * throws an `ApiError` with the server's code, message and problems, an unreachable server an
 * `ApiError` with the code `NETWORK`. `typed` is the openapi-fetch client itself, for the whole
 * response.
 *
 * @example
 * const api = new ApiClient(token);
 * const segment = await api.get('/api/segments/{id}', { params: { path: { id } } });
 * const page = await api.get('/api/contacts', { params: { query: { search: 'Ada', limit: 20 } } });
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
      querySerializer: (query) => new URLSearchParams(definedEntries(query)).toString(),
      fetch: (request) => this.#send(request),
    });
    this.typed.use(errorAnswers);
  }

  /** `GET path`: the route's answer. */
  readonly get: AnswerMethod<'get'> = (path, ...init) => this.#answer(this.typed.GET, path, init[0]);

  /** `POST path` with `body`: the route's answer. */
  readonly post: AnswerMethod<'post'> = (path, ...init) => this.#answer(this.typed.POST, path, init[0]);

  /** `PUT path` with `body`: the route's answer. */
  readonly put: AnswerMethod<'put'> = (path, ...init) => this.#answer(this.typed.PUT, path, init[0]);

  /** `PATCH path` with `body`: the route's answer. */
  readonly patch: AnswerMethod<'patch'> = (path, ...init) => this.#answer(this.typed.PATCH, path, init[0]);

  /** `DELETE path`: nothing, once the server has deleted it. */
  readonly delete: AnswerMethod<'delete'> = (path, ...init) => this.#answer(this.typed.DELETE, path, init[0]);

  /** The URL of `path` with `query` (undefined and empty values left out), for links and uploads. */
  url(path: string, query: QueryParams = {}): string {
    const search = new URLSearchParams(definedEntries(query)).toString();
    return `${this.base}${path}${search === '' ? '' : `?${search}`}`;
  }

  /** The headers every request carries. */
  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, ...extra };
  }

  /**
   * Makes a call of the typed client and gives its answer. The error answers have thrown already (see
   * `errorAnswers`), so what is left is the success answer the document types for the route.
   */
  async #answer<A>(call: unknown, path: string, init: object | undefined): Promise<A> {
    // Each of the typed client's methods is generic in its path; `AnswerMethod` has already checked
    // the path, the options and the answer against the document, so the call itself need not again.
    const { data } = await (call as TypedCall)(path, init);
    return data as A;
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
}

/** The entries of `query` that have a value, as text. */
function definedEntries(query: Readonly<Record<string, unknown>>): [string, string][] {
  return Object.entries(query)
    .filter(
      (entry): entry is [string, string | number | boolean] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number' || typeof entry[1] === 'boolean',
    )
    .filter(([, value]) => value !== '')
    .map(([key, value]) => [key, String(value)]);
}
